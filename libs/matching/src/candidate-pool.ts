import {
  competenceRelatedness,
  ContractType,
  educationRank,
  EducationLevel,
  findCompetence,
  TravelMode,
  travelLimitKm,
} from '@werkbrug/reference-data';
import { confirmedFrom, dateOfDayNumber, dayNumber } from './availability';
import { dateNumber, monthsBetween } from './fit';
import { explainTop, TopK, weightsFor } from './rank';
import type { CandidateFeedback, CandidateProfile, MatchContext, Ranking, VacancyProfile } from './types';
import { DEFAULT_WEIGHTS, PART_NAMES } from './weights';

/**
 * The matchable candidates of a matcher, compiled to numbers: one slot per candidate in typed
 * arrays (codes as integers through dictionaries), the variable-length parts (competences, wished
 * occupations and sectors, belastbaarheid limits) in one arena of numbers, and every candidate in a
 * grid cell by location and reach band. `rank` gives exactly what `rankCandidates` gives over the
 * same candidates (the same eligible count, exclusion counts and ranked top with reasons; a
 * property test holds it to that), but visits only the cells from which the workplace is in reach
 * and allocates nothing per candidate. Pure: the shortlisting library loads and follows it.
 */
export class CandidatePool {
  private capacity = 0;
  private size = 0;
  private live = 0;
  private readonly free: number[] = [];
  private ids: (string | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();

  private latitude = new Float64Array(0);
  private longitude = new Float64Array(0);
  /** cos(latitude in radians), as the distance formula computes it per candidate. */
  private cosLatitude = new Float64Array(0);
  private limitKm = new Float64Array(0);
  private maxKm = new Float64Array(0);
  private maxMinutes = new Float64Array(0);
  private mode = new Uint8Array(0);
  private education = new Uint8Array(0);
  private hoursMin = new Float64Array(0);
  private hoursMax = new Float64Array(0);
  /** Bit 0: no contract type wished (all fit); bit 1 + n: contract type n of the dictionary. */
  private contracts = new Int32Array(0);
  private benefitStarted = new Int32Array(0);
  /** dayNumber of the last confirmation of availability; NEVER_EXPIRES where the profile has none. */
  private confirmedDay = new Int32Array(0);
  private offset = new Int32Array(0);
  private competenceCount = new Uint16Array(0);
  private occupationCount = new Uint16Array(0);
  private sectorCount = new Uint16Array(0);
  private limitCount = new Uint16Array(0);
  private band = new Int8Array(0);
  private cell = new Int32Array(0);
  private cellIndex = new Int32Array(0);

  /** Per slot from `offset`: (code, level, years or NaN) per competence, occupations, sectors, (item, level) per limit. */
  // Small at first: a deployment holds a pool per region, and most regions' pools are small.
  private arena = new Float64Array(MIN_ARENA);
  private arenaEnd = 0;
  private arenaGarbage = 0;

  private readonly competenceCodes = new Dictionary();
  private readonly occupationCodes = new Dictionary();
  private readonly sectorCodes = new Dictionary();
  private readonly contractCodes = new Dictionary();
  private readonly modeCodes = new Dictionary();
  private readonly educationCodes = new Dictionary();
  private readonly itemCodes = new Dictionary();
  /** Per belastbaarheid item: how many limits at each level, to count exclusions without visiting anyone. */
  private readonly levelCounts: Map<number, number>[] = [];
  /** Per confirmation day: how many candidates, to count the expired ones without visiting anyone. */
  private readonly confirmedCounts = new Map<number, number>();

  /** Per reach band, grid cell → slots; the widest reach put in each band; and those every query visits. */
  private readonly cells = BAND_EDGES.map(() => new Map<number, number[]>());
  private readonly bandReach = new Float64Array(BAND_EDGES.length);
  private readonly everywhere: number[] = [];

  /** How many candidates the pool holds. */
  get count(): number {
    return this.live;
  }

  /**
   * Makes room for `candidates` in all, with `arenaNumbers` numbers of competences, wishes and
   * limits between them: a loader that knows how many are coming spares the copies (and the slack
   * of doubling) that growing one by one costs.
   */
  reserve(candidates: number, arenaNumbers = 0): void {
    if (candidates > this.capacity) this.grow(Math.ceil(candidates));
    if (arenaNumbers > this.arena.length) this.resizeArena(Math.ceil(arenaNumbers));
  }

  /** Numbers the arena holds per candidate on average (for `reserve`). */
  get arenaNumbersPerCandidate(): number {
    return this.live ? (this.arenaEnd - this.arenaGarbage) / this.live : 0;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Adds a candidate, or replaces what the pool held of them. */
  upsert(profile: CandidateProfile): void {
    let slot = this.slotOf.get(profile.id);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.size++;
      if (slot >= this.capacity) this.grow(Math.max(1024, Math.ceil(this.capacity * 1.5)));
      this.ids[slot] = profile.id;
      this.slotOf.set(profile.id, slot);
      this.live++;
    } else {
      this.detach(slot);
    }
    this.write(slot, profile);
  }

  /** Takes a candidate out (unavailable, incomplete, anonymised, deleted); unknown ids are ignored. */
  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.detach(slot);
    this.slotOf.delete(id);
    this.ids[slot] = undefined;
    this.free.push(slot);
    this.live--;
  }

  /** What the pool holds of one candidate, as a profile (for explaining the top of a ranking). */
  profile(id: string): CandidateProfile | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.profileAt(slot);
  }

  /**
   * `rankCandidates(vacancy, <everyone in the pool>, context, limit)`, computed over the typed
   * arrays: the same scores to the last bit (the same operations in the same order), the same ties
   * by id, and the same counts. Only the cells within the widest reach of each band are visited:
   * everyone else is beyond their own travel limit, which the exclusion counts take from the totals.
   */
  rank(vacancy: VacancyProfile, context: MatchContext, limit: number): Ranking {
    const job = this.prepareJob(vacancy, context);
    const best = new TopK<{ candidateId: string; score: number; slot: number }>(limit);
    const state = { inReach: 0, eligible: 0 };
    const visit = (slots: number[]) => this.scan(slots, job, best, state);
    visit(this.everywhere);
    for (let band = 0; band < BAND_EDGES.length; band++) {
      const cells = this.cells[band];
      if (cells.size) this.visitBand(cells, this.bandReach[band], vacancy, visit);
    }

    const exclusions: Record<string, number> = {};
    let rejected = 0;
    for (const [id, feedback] of context.feedback ?? [])
      if (feedback.rejectedForVacancy && this.slotOf.has(id)) rejected++;
    if (rejected) exclusions.rejected = rejected;
    for (const [item, demand] of job.demands) {
      const counts = this.levelCounts[this.itemCodes.find(item)];
      let exceeded = 0;
      if (counts) for (const [level, count] of counts) if (demand > level) exceeded += count;
      if (exceeded) exclusions[item] = exceeded;
    }
    if (this.live > state.inReach) exclusions.travel = this.live - state.inReach;
    if (job.confirmedFrom > -Infinity) {
      let unconfirmed = 0;
      for (const [day, count] of this.confirmedCounts) if (day < job.confirmedFrom) unconfirmed += count;
      if (unconfirmed) exclusions['availability-unconfirmed'] = unconfirmed;
    }

    const ranked = explainTop(
      vacancy,
      best.sorted().map((entry) => this.profileAt(entry.slot)),
      context,
    );
    return { ranked, considered: this.live, eligible: state.eligible, exclusions };
  }

  /** The cells of one band that can hold someone who reaches the workplace; all of them where a box cannot be drawn. */
  private visitBand(
    cells: Map<number, number[]>,
    reach: number,
    vacancy: VacancyProfile,
    visit: (slots: number[]) => void,
  ) {
    const { latitude, longitude } = vacancy.location;
    // distanceKm rounds to 0.1 km: someone up to 0.05 km beyond their limit still counts as within it.
    const angle = ((reach + 0.1) / EARTH_RADIUS_KM) * (1 + 1e-9);
    const latitudeSpan = (angle * 180) / Math.PI + 1e-9;
    // Within an angle on the sphere the longitude differs at most asin(sin angle / cos latitude).
    const sine = Math.sin(angle) / Math.cos((latitude * Math.PI) / 180);
    const longitudeSpan = (Math.asin(Math.min(1, sine)) * 180) / Math.PI + 1e-9;
    const rows = [cellRow(latitude - latitudeSpan), cellRow(latitude + latitudeSpan)];
    const columns = [cellColumn(longitude - longitudeSpan), cellColumn(longitude + longitudeSpan)];
    const box =
      Math.abs(latitude) + latitudeSpan < 89 &&
      sine < 1 &&
      Math.abs(longitude) + longitudeSpan < 180 &&
      (rows[1] - rows[0] + 1) * (columns[1] - columns[0] + 1) <= cells.size;
    if (!box) {
      for (const slots of cells.values()) visit(slots);
      return;
    }
    for (let row = rows[0]; row <= rows[1]; row++)
      for (let column = columns[0]; column <= columns[1]; column++) {
        const slots = cells.get(cellKey(row, column));
        if (slots) visit(slots);
      }
  }

  /** Hard limits and score for the candidates in these slots: the inner loop of `rank`. */
  private scan(
    slots: number[],
    job: PreparedJob,
    best: TopK<{ candidateId: string; score: number; slot: number }>,
    state: { inReach: number; eligible: number },
  ): void {
    const { latitude, longitude, cosLatitude, limitKm, arena, offset, ids } = this;
    const { competenceCount, occupationCount, sectorCount, limitCount, hoursMin, hoursMax, contracts } = this;
    const { confirmedDay } = this;
    const { vLatitude, vLongitude, vCos, demandByItem, feedbackBySlot, requirements, requiredCount } = job;
    const desirableCount = requirements.length - requiredCount;
    const parts = job.parts;
    for (let index = 0; index < slots.length; index++) {
      const i = slots[index];
      const limit = limitKm[i];
      // The distance is at least the difference in latitude: far enough north or south is out of
      // reach without the trigonometry (0.1 km to spare for the rounding).
      const dLat = ((latitude[i] - vLatitude) * Math.PI) / 180;
      if (Math.abs(dLat) * EARTH_RADIUS_KM > limit + 0.1) continue;
      // distanceKm(vacancy, candidate), operation for operation.
      const dLon = ((longitude[i] - vLongitude) * Math.PI) / 180;
      const h = Math.sin(dLat / 2) ** 2 + vCos * cosLatitude[i] * Math.sin(dLon / 2) ** 2;
      const distance = Math.round(2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h)) * 10) / 10;
      if (distance > limit) continue;
      state.inReach++;
      if (confirmedDay[i] < job.confirmedFrom) continue;
      const feedback = feedbackBySlot.size ? feedbackBySlot.get(i) : undefined;
      if (feedback?.rejectedForVacancy) continue;
      const start = offset[i];
      const occupations = start + 3 * competenceCount[i];
      const sectors = occupations + occupationCount[i];
      const limits = sectors + sectorCount[i];
      const end = limits + 2 * limitCount[i];
      let exceeded = false;
      for (let p = limits; p < end; p += 2)
        if (demandByItem[arena[p]] > arena[p + 1]) {
          exceeded = true;
          break;
        }
      if (exceeded) continue;
      state.eligible++;

      // competenceFit: coverage of the required (80%) and desirable (20%) competences.
      const lacking = feedback?.competencesFoundLacking?.length ? new Set(feedback.competencesFoundLacking) : undefined;
      let required = 0;
      let desirable = 0;
      for (let r = 0; r < requirements.length; r++) {
        const requirement = requirements[r];
        const related = requirement.related;
        let match = 0;
        for (let q = start; q < occupations; q += 3) {
          const relatedness = related[arena[q]];
          if (relatedness === 0) continue;
          const years = arena[q + 2];
          const experience = years !== years ? 0.95 : years >= 3 ? 1 : years >= 1 ? 0.95 : 0.9;
          match = Math.max(
            match,
            relatedness * (1 - 0.25 * Math.max(0, requirement.level - arena[q + 1])) * experience,
          );
        }
        if (lacking?.has(requirement.code)) match = match * 0.5;
        if (r < requiredCount) required += match;
        else desirable += match;
      }
      const requiredScore = requiredCount ? required / requiredCount : 1;
      parts[PART.competences] = desirableCount
        ? 0.8 * requiredScore + 0.2 * (desirable / desirableCount)
        : requiredScore;

      // hoursFit
      const min = hoursMin[i];
      const max = hoursMax[i];
      const hours = job.hours;
      const gap = hours < min ? min - hours : hours > max ? hours - max : 0;
      const hoursScore = Math.max(0, 1 - gap / Math.max(max, 8));
      parts[PART.hours] = 0.75 * hoursScore + 0.25 * ((contracts[i] & job.contractBits) !== 0 ? 1 : 0.5);

      // directionFit
      const months = monthsBetween(this.benefitStarted[i], job.today);
      let direction = 0.25;
      if (includes(arena, occupations, sectors, job.occupation)) direction = 1;
      else if (includes(arena, sectors, limits, job.sector)) direction = 0.75;
      else if (months > 2 && job.tension && job.tension >= 4)
        direction = Math.max(0.25, Math.min(0.9, 0.6 + 0.03 * (months - 2)) * ((job.tension - 1) / 4));
      parts[PART.direction] = direction;

      parts[PART.kansrijkheid] = job.kansrijkheid;
      parts[PART.travel] = Number.isFinite(limit) && limit > 0 ? 1 - 0.5 * Math.min(1, distance / limit) : 1;
      if (job.minimumEducation >= 0) {
        const shortBy = job.minimumEducation - job.educationRanks[this.education[i]];
        parts[PART.education] = shortBy <= 0 ? 1 : shortBy === 1 ? 0.6 : 0.3;
      } else parts[PART.education] = 1;

      const weights = months > 2 ? job.weights : job.earlyWeights;
      let score = 0;
      for (let k = 0; k < weights.length; k++) score += weights[k] * parts[k];
      score = Math.round(score * 1000) / 1000;
      const id = ids[i]!;
      if (best.takes(score, id)) best.offer({ candidateId: id, score, slot: i });
    }
  }

  /** What a ranking needs of the vacancy and context, in the pool's numbers; made once per job. */
  private prepareJob(vacancy: VacancyProfile, context: MatchContext): PreparedJob {
    const demands = new Map(vacancy.demands.map((demand) => [demand.item, demand.level]));
    const demandByItem = new Float64Array(this.itemCodes.size).fill(NaN);
    for (const [item, level] of demands) {
      const index = this.itemCodes.find(item);
      if (index >= 0) demandByItem[index] = level;
    }
    const feedbackBySlot = new Map<number, CandidateFeedback>();
    for (const [id, feedback] of context.feedback ?? []) {
      const slot = this.slotOf.get(id);
      if (slot !== undefined) feedbackBySlot.set(slot, feedback);
    }
    const codes = this.competenceCodes.names;
    const requirement = (code: string, level: number) => {
      const group = findCompetence(code)?.group;
      const related = new Float64Array(codes.length);
      codes.forEach((other, index) => {
        if (other === code) related[index] = 1;
        else if (group !== undefined && findCompetence(other)?.group === group)
          related[index] = competenceRelatedness(code, other) * 0.8;
      });
      return { code, level, related };
    };
    const base = context.weights ?? DEFAULT_WEIGHTS;
    const early = weightsFor(base, 0);
    const contract = this.contractCodes.find(vacancy.contractType);
    const tension = context.tension;
    const cos = Math.cos((vacancy.location.latitude * Math.PI) / 180);
    return {
      vLatitude: vacancy.location.latitude,
      vLongitude: vacancy.location.longitude,
      vCos: cos,
      demands,
      demandByItem,
      feedbackBySlot,
      requirements: [
        ...vacancy.requiredCompetences.map((r) => requirement(r.code, r.level)),
        ...vacancy.desirableCompetences.map((r) => requirement(r.code, r.level)),
      ],
      requiredCount: vacancy.requiredCompetences.length,
      hours: vacancy.hoursPerWeek,
      contractBits: 1 | (contract >= 0 ? 1 << (contract + 1) : 0),
      today: dateNumber(context.today),
      confirmedFrom: confirmedFrom(context),
      occupation: this.occupationCodes.find(vacancy.occupation),
      sector: this.sectorCodes.find(vacancy.sector),
      tension,
      kansrijkheid: tension ? (tension - 1) / 4 : 0.5,
      minimumEducation: vacancy.minimumEducation ? educationRank(vacancy.minimumEducation) : -1,
      educationRanks: this.educationCodes.names.map((code) => educationRank(code as EducationLevel)),
      weights: PART_NAMES.map((name) => base[name]),
      earlyWeights: PART_NAMES.map((name) => early[name]),
      parts: new Float64Array(PART_NAMES.length),
    };
  }

  private write(slot: number, profile: CandidateProfile): void {
    const { latitude, longitude } = profile.location;
    this.latitude[slot] = latitude;
    this.longitude[slot] = longitude;
    this.cosLatitude[slot] = Math.cos((latitude * Math.PI) / 180);
    this.limitKm[slot] = travelLimitKm(profile.travel);
    this.maxKm[slot] = profile.travel.maxKm === undefined ? NaN : Number(profile.travel.maxKm);
    this.maxMinutes[slot] = profile.travel.maxMinutes === undefined ? NaN : Number(profile.travel.maxMinutes);
    this.mode[slot] = this.modeCodes.id(profile.travel.mode);
    this.education[slot] = this.educationCodes.id(profile.educationLevel);
    const { wishes } = profile;
    this.hoursMin[slot] = wishes.hoursPerWeekMin;
    this.hoursMax[slot] = wishes.hoursPerWeekMax;
    let contracts = wishes.contractTypes.length === 0 ? 1 : 0;
    for (const type of wishes.contractTypes) contracts |= 1 << (this.contractCodes.id(type) + 1);
    this.contracts[slot] = contracts;
    this.benefitStarted[slot] = dateNumber(profile.benefitStartedOn);
    const confirmed =
      profile.availabilityConfirmedOn === undefined ? NEVER_EXPIRES : dayNumber(profile.availabilityConfirmedOn);
    this.confirmedDay[slot] = confirmed;
    this.confirmedCounts.set(confirmed, (this.confirmedCounts.get(confirmed) ?? 0) + 1);

    const length =
      3 * profile.competences.length + wishes.occupations.length + wishes.sectors.length + 2 * profile.limits.length;
    if (this.arenaEnd + length > this.arena.length) this.growArena(length);
    let p = this.arenaEnd;
    this.offset[slot] = p;
    for (const competence of profile.competences) {
      this.arena[p++] = this.competenceCodes.id(competence.code);
      this.arena[p++] = Number(competence.level);
      this.arena[p++] = competence.years === undefined ? NaN : Number(competence.years);
    }
    for (const occupation of wishes.occupations) this.arena[p++] = this.occupationCodes.id(occupation);
    for (const sector of wishes.sectors) this.arena[p++] = this.sectorCodes.id(sector);
    for (const limit of profile.limits) {
      const item = this.itemCodes.id(limit.item);
      this.arena[p++] = item;
      this.arena[p++] = limit.level;
      const counts = (this.levelCounts[item] ??= new Map());
      counts.set(limit.level, (counts.get(limit.level) ?? 0) + 1);
    }
    this.arenaEnd = p;
    this.competenceCount[slot] = profile.competences.length;
    this.occupationCount[slot] = wishes.occupations.length;
    this.sectorCount[slot] = wishes.sectors.length;
    this.limitCount[slot] = profile.limits.length;
    this.place(slot);
  }

  /** Undoes what `write` did to the shared structures: the grid, the level counts, the arena. */
  private detach(slot: number): void {
    const limits =
      this.offset[slot] + 3 * this.competenceCount[slot] + this.occupationCount[slot] + this.sectorCount[slot];
    for (let p = limits; p < limits + 2 * this.limitCount[slot]; p += 2) {
      const counts = this.levelCounts[this.arena[p]];
      const left = counts.get(this.arena[p + 1])! - 1;
      if (left) counts.set(this.arena[p + 1], left);
      else counts.delete(this.arena[p + 1]);
    }
    const confirmed = this.confirmedDay[slot];
    const left = this.confirmedCounts.get(confirmed)! - 1;
    if (left) this.confirmedCounts.set(confirmed, left);
    else this.confirmedCounts.delete(confirmed);
    this.arenaGarbage += this.slotLength(slot);
    const band = this.band[slot];
    const slots = band < 0 ? this.everywhere : this.cells[band].get(this.cell[slot])!;
    const last = slots.pop()!;
    if (last !== slot) {
      slots[this.cellIndex[slot]] = last;
      this.cellIndex[last] = this.cellIndex[slot];
    }
    if (band >= 0 && slots.length === 0) this.cells[band].delete(this.cell[slot]);
    // Nothing of the slot is left in the arena: a compaction before the next write copies none of it.
    this.competenceCount[slot] = this.occupationCount[slot] = this.sectorCount[slot] = this.limitCount[slot] = 0;
  }

  private place(slot: number): void {
    const [latitude, longitude, limit] = [this.latitude[slot], this.longitude[slot], this.limitKm[slot]];
    // Without a finite reach or a place on the map, a candidate is visited by every query.
    if (!Number.isFinite(limit) || !(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180)) {
      this.band[slot] = -1;
      this.cellIndex[slot] = this.everywhere.length;
      this.everywhere.push(slot);
      return;
    }
    let band = 0;
    while (limit > BAND_EDGES[band]) band++;
    if (limit > this.bandReach[band]) this.bandReach[band] = limit;
    const key = cellKey(cellRow(latitude), cellColumn(longitude));
    let slots = this.cells[band].get(key);
    if (!slots) this.cells[band].set(key, (slots = []));
    this.band[slot] = band;
    this.cell[slot] = key;
    this.cellIndex[slot] = slots.length;
    slots.push(slot);
  }

  private profileAt(slot: number): CandidateProfile {
    const travel: CandidateProfile['travel'] = { mode: this.modeCodes.names[this.mode[slot]] as TravelMode };
    if (!Number.isNaN(this.maxKm[slot])) travel.maxKm = this.maxKm[slot];
    if (!Number.isNaN(this.maxMinutes[slot])) travel.maxMinutes = this.maxMinutes[slot];
    let p = this.offset[slot];
    const competences: CandidateProfile['competences'] = [];
    for (let n = 0; n < this.competenceCount[slot]; n++, p += 3) {
      const years = this.arena[p + 2];
      competences.push({
        code: this.competenceCodes.names[this.arena[p]],
        level: this.arena[p + 1],
        ...(Number.isNaN(years) ? {} : { years }),
      });
    }
    const names = (dictionary: Dictionary, count: number) =>
      Array.from({ length: count }, () => dictionary.names[this.arena[p++]]);
    const occupations = names(this.occupationCodes, this.occupationCount[slot]);
    const sectors = names(this.sectorCodes, this.sectorCount[slot]);
    const limits: CandidateProfile['limits'] = [];
    for (let n = 0; n < this.limitCount[slot]; n++, p += 2)
      limits.push({ item: this.itemCodes.names[this.arena[p]], level: this.arena[p + 1] });
    const bits = this.contracts[slot];
    const date = this.benefitStarted[slot];
    const confirmed = this.confirmedDay[slot];
    return {
      id: this.ids[slot]!,
      location: { latitude: this.latitude[slot], longitude: this.longitude[slot] },
      travel,
      educationLevel: this.educationCodes.names[this.education[slot]] as EducationLevel,
      competences,
      wishes: {
        occupations,
        sectors,
        hoursPerWeekMin: this.hoursMin[slot],
        hoursPerWeekMax: this.hoursMax[slot],
        contractTypes: this.contractCodes.names.filter((_, n) => bits & (1 << (n + 1))) as ContractType[],
      },
      limits,
      benefitStartedOn: `${Math.floor(date / 10000)}-${pad(Math.floor(date / 100) % 100)}-${pad(date % 100)}`,
      ...(confirmed === NEVER_EXPIRES ? {} : { availabilityConfirmedOn: dateOfDayNumber(confirmed) }),
    };
  }

  private slotLength(slot: number): number {
    return (
      3 * this.competenceCount[slot] + this.occupationCount[slot] + this.sectorCount[slot] + 2 * this.limitCount[slot]
    );
  }

  /** Room for `length` more numbers: leaves out what replaced profiles left behind, and half as much again. */
  private growArena(length: number): void {
    const used = this.arenaEnd - this.arenaGarbage;
    this.resizeArena(Math.max(MIN_ARENA, Math.ceil(1.5 * (used + length))));
  }

  private resizeArena(size: number): void {
    const arena = new Float64Array(size);
    let end = 0;
    for (let slot = 0; slot < this.size; slot++) {
      if (this.ids[slot] === undefined) continue;
      const from = this.offset[slot];
      const slotLength = this.slotLength(slot);
      arena.set(this.arena.subarray(from, from + slotLength), end);
      this.offset[slot] = end;
      end += slotLength;
    }
    this.arena = arena;
    this.arenaEnd = end;
    this.arenaGarbage = 0;
  }

  private grow(capacity: number): void {
    this.latitude = grown(this.latitude, capacity);
    this.longitude = grown(this.longitude, capacity);
    this.cosLatitude = grown(this.cosLatitude, capacity);
    this.limitKm = grown(this.limitKm, capacity);
    this.maxKm = grown(this.maxKm, capacity);
    this.maxMinutes = grown(this.maxMinutes, capacity);
    this.mode = grown(this.mode, capacity);
    this.education = grown(this.education, capacity);
    this.hoursMin = grown(this.hoursMin, capacity);
    this.hoursMax = grown(this.hoursMax, capacity);
    this.contracts = grown(this.contracts, capacity);
    this.benefitStarted = grown(this.benefitStarted, capacity);
    this.confirmedDay = grown(this.confirmedDay, capacity);
    this.offset = grown(this.offset, capacity);
    this.competenceCount = grown(this.competenceCount, capacity);
    this.occupationCount = grown(this.occupationCount, capacity);
    this.sectorCount = grown(this.sectorCount, capacity);
    this.limitCount = grown(this.limitCount, capacity);
    this.band = grown(this.band, capacity);
    this.cell = grown(this.cell, capacity);
    this.cellIndex = grown(this.cellIndex, capacity);
    this.capacity = capacity;
  }
}

interface PreparedJob {
  vLatitude: number;
  vLongitude: number;
  vCos: number;
  demands: Map<string, number>;
  /** The vacancy's demand per item of the pool's dictionary; NaN where it demands nothing (never exceeded). */
  demandByItem: Float64Array;
  feedbackBySlot: Map<number, CandidateFeedback>;
  /** Required, then desirable; `related[code]` is how much a competence counts for it (0: not at all). */
  requirements: { code: string; level: number; related: Float64Array }[];
  requiredCount: number;
  hours: number;
  contractBits: number;
  today: number;
  /** dayNumber of the oldest confirmation still matched; -Infinity without an expiry. */
  confirmedFrom: number;
  occupation: number;
  sector: number;
  tension: MatchContext['tension'];
  kansrijkheid: number;
  minimumEducation: number;
  educationRanks: number[];
  weights: number[];
  earlyWeights: number[];
  parts: Float64Array;
}

/** The fewest numbers an arena holds: about 50 candidates' worth. */
const MIN_ARENA = 1024;

/** As in reference-data's distanceKm. */
const EARTH_RADIUS_KM = 6371;
/** Grid cells of 0.05° latitude by 0.08° longitude: about 5.5 km square in the Netherlands. */
const CELL_LATITUDE = 0.05;
const CELL_LONGITUDE = 0.08;
const cellRow = (latitude: number) => Math.floor(latitude / CELL_LATITUDE);
const cellColumn = (longitude: number) => Math.floor(longitude / CELL_LONGITUDE);
const cellKey = (row: number, column: number) => (row + 2048) * 8192 + (column + 4096);
/** Reach bands (km): a query visits, per band, only the cells within the widest reach in that band. */
const BAND_EDGES = [
  1,
  2,
  3,
  4,
  5,
  6,
  8,
  10,
  12,
  14,
  16,
  18,
  20,
  23,
  26,
  30,
  35,
  40,
  45,
  50,
  55,
  60,
  70,
  80,
  100,
  Infinity,
];
const PART = Object.fromEntries(PART_NAMES.map((name, index) => [name, index])) as Record<
  (typeof PART_NAMES)[number],
  number
>;

/** The confirmation day of a profile without one: never before any cut-off. */
const NEVER_EXPIRES = 2 ** 31 - 1;

const pad = (value: number) => String(value).padStart(2, '0');

function includes(arena: Float64Array, from: number, to: number, code: number): boolean {
  for (let p = from; p < to; p++) if (arena[p] === code) return true;
  return false;
}

type TypedArray = Float64Array | Int32Array | Int8Array | Uint8Array | Uint16Array;

function grown<A extends TypedArray>(array: A, length: number): A {
  const bigger = new (array.constructor as new (length: number) => A)(length);
  bigger.set(array);
  return bigger;
}

/** Codes as small integers, in the order first seen. */
class Dictionary {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.names.length;
  }

  id(code: string): number {
    let id = this.ids.get(code);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(code, id);
      this.names.push(code);
    }
    return id;
  }

  find(code: string): number {
    return this.ids.get(code) ?? -1;
  }
}
