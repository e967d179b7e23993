import { Inject, Injectable } from '@nestjs/common';
import {
  addDays,
  APP_CONFIG,
  AppConfig,
  Clock,
  DomainError,
  InvalidParam,
  invalidInput,
  Principal,
  staffOrganisationOf,
} from '@werkbrug/common';
import { Availability, Candidate, CandidateIdentity, TransactionHost } from '@werkbrug/database';
import { AvailabilityFreshness, availabilityFreshness } from '@werkbrug/matching';
import { findPostcodeArea, travelLimitKm } from '@werkbrug/reference-data';
import { MatchingRequests } from '../shared/outbox/matching-requests';
import type { CandidateReach } from '../shared/outbox/shortlist-generation.repository';
import { checkBody } from '../shared/validation/check-body';
import { Page, Paged, pageFrom, slicePage } from '../shared/validation/paging';
import { assertUnique } from '../shared/validation/unique';
import { CandidateErrors } from './candidate.errors';
import {
  CandidateProfileFields,
  CandidateRepository,
  CaseloadCount,
  CaseloadRole,
  CaseloadScope,
} from './candidate.repository';
import { Caseload, CaseloadAvailability } from './dto/caseload.dto';
import { AvailabilityDto } from './dto/availability.dto';
import { CreateCandidateDto } from './dto/create-candidate.dto';

/** The full profile with identity: for the candidate's klantmanager and administrators only. */
export type CandidateRecord = Candidate & {
  name: string;
  email: string | null;
  phone: string | null;
  availabilityFreshness: AvailabilityFreshness;
};

/** A line of the caseload: who, where, and what matching still lacks. */
export interface CandidateSummary {
  id: string;
  name: string;
  postcode: string;
  availability: Availability;
  availabilityConfirmedOn: string;
  availabilityFreshness: AvailabilityFreshness;
  missingForMatching: string[];
  /** Shortlists of open vacancies that rank the candidate now: 0 is "on no list". */
  onShortlists: number;
  klantmanagerId: string | null;
  jobhunterId: string | null;
}

/** Whose candidate it is: an organisation's, in a klantmanager's caseload or not yet. */
export type CandidateOwner = Pick<Candidate, 'organisationId' | 'klantmanagerId'>;

/** Who holds a candidate in their caseload. */
export type CaseloadAssignment = { candidateId: string } & Pick<Candidate, 'klantmanagerId' | 'jobhunterId'>;

export interface Caseloads {
  ceiling: number;
  klantmanagers: CaseloadCount[];
}

export type CandidateAvailability = Pick<
  Candidate,
  'id' | 'availability' | 'unavailableReason' | 'unavailableUntil' | 'availabilityConfirmedOn'
> & { availabilityFreshness: AvailabilityFreshness };

/**
 * What an import writes for one row, planned by the import: a new candidate, a changed one (its
 * profile when that changed, its availability when the row gives another), or one who left.
 */
export type ImportedCandidateWrite =
  | { kind: 'create'; clientNumber: string; profile: CreateCandidateDto; availability: ImportedAvailability }
  | {
      kind: 'update';
      candidate: Candidate;
      profile: CreateCandidateDto | null;
      availability: ImportedAvailability | null;
    }
  | { kind: 'leave'; candidate: Candidate; leftOn: string };

/** A profile as POST /candidates takes it, checked: what an import plans with. */
export type CheckedCandidateProfile = CreateCandidateDto;

/** What an import may set: leaving goes by its day (`leftOn`), not by this. */
export type ImportedAvailability = Exclude<Availability, 'left'>;

/** What matching needs of a profile, by field; a profile missing any of them is not matched. */
export const REQUIRED_FOR_MATCHING = ['educationLevel', 'belastbaarheid', 'competences'] as const;

export function missingForMatching(
  candidate: Pick<Candidate, 'educationLevel' | 'belastbaarheid' | 'competences'>,
): string[] {
  return REQUIRED_FOR_MATCHING.filter((field) =>
    field === 'competences' ? candidate.competences.length === 0 : candidate[field] === null,
  );
}

/**
 * Every change to a profile, its identity or its availability asks, in the same transaction, to
 * match again the shortlists the candidate is on and those of the open vacancies in reach.
 */
@Injectable()
export class CandidatesService {
  constructor(
    private readonly db: TransactionHost,
    private readonly candidates: CandidateRepository,
    private readonly matching: MatchingRequests,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(dto: CreateCandidateDto, owner: CandidateOwner): Promise<CandidateRecord> {
    this.checkConsistency(dto);
    const { name, email, phone, ...profile } = dto;
    return this.db.transaction(async () => {
      await this.checkClientNumberFree(owner.organisationId, dto.clientNumber, null);
      if (owner.klantmanagerId !== null) {
        await this.candidates.lockStaffMember(owner.klantmanagerId, owner.organisationId, 'klantmanager');
        await this.checkRoomInCaseload(owner.klantmanagerId);
      }
      const candidate = await this.candidates.insert({
        workHistory: [],
        instruments: [],
        ...matchingColumns(profile),
        ...owner,
        availability: 'available',
        // Registering someone as available confirms it, as PUT availability does.
        availabilityConfirmedOn: this.clock.today(),
      });
      const identity = await this.candidates.saveIdentity({
        candidateId: candidate.id,
        name,
        email: email ?? null,
        phone: phone ?? null,
      });
      await this.matching.rematchForCandidate(candidate);
      return this.toRecord(candidate, identity);
    });
  }

  /**
   * An imported row's profile checked as the body of POST /candidates is, with the same rules across
   * fields: the DTO, or every invalid field with its code. Nothing is written.
   */
  async checkImportedProfile(row: object): Promise<CreateCandidateDto | InvalidParam[]> {
    const dto = await checkBody(CreateCandidateDto, row);
    if (Array.isArray(dto)) return dto;
    try {
      this.checkConsistency(dto);
    } catch (error) {
      if (error instanceof DomainError) return error.invalidParams;
      throw error;
    }
    return dto;
  }

  /** The organisation's candidates by client number, with identity (null once anonymised). */
  async findByClientNumbers(organisationId: string, clientNumbers: string[]): Promise<Candidate[]> {
    return this.candidates.findByClientNumbers(organisationId, clientNumbers);
  }

  /**
   * Writes an import's batch in the open transaction: new candidates in one statement, then each
   * change. No matching is asked here: the import asks once, for all it wrote (rematchForImported).
   * Imported candidates join no caseload; a klantmanager or administrator assigns them.
   */
  async writeImported(organisationId: string, writes: readonly ImportedCandidateWrite[]): Promise<CandidateReach[]> {
    const reaches: CandidateReach[] = [];
    const creates = writes.filter((write) => write.kind === 'create');
    const ids = await this.candidates.insertMany(
      creates.map(({ clientNumber, profile, availability }) => {
        const { name: _name, email: _email, phone: _phone, ...rest } = profile;
        return {
          workHistory: [],
          instruments: [],
          ...matchingColumns(rest),
          organisationId,
          klantmanagerId: null,
          clientNumber,
          availability,
          leftOn: null,
        };
      }),
    );
    await this.candidates.insertIdentities(
      creates.map(({ profile }, at) => ({
        candidateId: ids[at],
        name: profile.name,
        email: profile.email ?? null,
        phone: profile.phone ?? null,
      })),
    );
    creates.forEach(({ profile, availability }, at) => {
      const { latitude, longitude, travelKm } = matchingColumns(profile);
      reaches.push({ id: ids[at], latitude, longitude, travelKm, availability, organisationId });
    });
    for (const write of writes) {
      if (write.kind === 'create') continue;
      const candidate = write.candidate;
      const fields: Partial<Candidate> =
        write.kind === 'leave'
          ? { availability: 'left', leftOn: write.leftOn, unavailableReason: null, unavailableUntil: null }
          : {
              ...(write.profile ? profileColumns(write.profile) : {}),
              ...(write.availability
                ? { availability: write.availability, unavailableReason: null, unavailableUntil: null, leftOn: null }
                : {}),
            };
      await this.candidates.updateFields(candidate.id, fields);
      if (write.kind === 'update' && write.profile)
        await this.candidates.saveIdentity({
          candidateId: candidate.id,
          name: write.profile.name,
          email: write.profile.email ?? null,
          phone: write.profile.phone ?? null,
        });
      const after = { ...candidate, ...fields };
      reaches.push({
        id: candidate.id,
        latitude: after.latitude,
        longitude: after.longitude,
        travelKm: after.travelKm,
        availability: after.availability,
        organisationId,
      });
    }
    return reaches;
  }

  /** One request for the matching all of an import's candidates cause, in the open transaction. */
  rematchForImported(reaches: readonly CandidateReach[]): Promise<void> {
    return this.matching.rematchForCandidates(reaches);
  }

  /** Replaces the profile; the shortlists it was on, and those it now reaches, are matched again. */
  async update(id: string, dto: CreateCandidateDto): Promise<CandidateRecord> {
    this.checkConsistency(dto);
    const { name, email, phone, ...profile } = dto;
    return this.db.transaction(async () => {
      const before = await this.lockForChange(id);
      await this.checkClientNumberFree(before.organisationId, dto.clientNumber, id);
      const candidate = await this.candidates.save(Object.assign(before, matchingColumns(profile)));
      const identity = await this.candidates.saveIdentity({
        candidateId: id,
        name,
        email: email ?? null,
        phone: phone ?? null,
      });
      await this.matching.rematchForCandidate(candidate);
      return this.toRecord(candidate, identity);
    });
  }

  /**
   * Sets availability. 'available' confirms it for today, also when it was available already: the
   * klantmanager's confirmation is what keeps a candidate matched (AVAILABILITY_EXPIRY_DAYS).
   */
  async setAvailability(id: string, dto: AvailabilityDto): Promise<CandidateAvailability> {
    if (dto.availability === 'available' && (dto.reason || dto.until))
      throw CandidateErrors.reasonWhileAvailable.at(
        dto.reason ? 'reason' : 'until',
        'only for a candidate who is not available',
      );
    return this.db.transaction(async () => {
      const candidate = await this.lockForChange(id);
      // The day of leaving starts the retention period; coming back ends it.
      const leftOn =
        dto.availability === 'left'
          ? ((candidate.availability === 'left' ? candidate.leftOn : null) ?? this.clock.today())
          : null;
      Object.assign(candidate, {
        availability: dto.availability,
        unavailableReason: dto.reason ?? null,
        unavailableUntil: dto.until ?? null,
        leftOn,
        ...(dto.availability === 'available' ? { availabilityConfirmedOn: this.clock.today() } : {}),
      });
      await this.candidates.save(candidate);
      await this.matching.rematchForCandidate(candidate);
      const { availability, unavailableReason, unavailableUntil, availabilityConfirmedOn } = candidate;
      return {
        id,
        availability,
        unavailableReason,
        unavailableUntil,
        availabilityConfirmedOn,
        availabilityFreshness: this.freshnessOf(candidate),
      };
    });
  }

  /** The caller's caseload (`mine`) or their organisation's candidates; never another organisation's. */
  async list(
    principal: Principal,
    caseload: Caseload | undefined,
    page: Page,
    availability?: CaseloadAvailability,
    search?: string,
  ): Promise<Paged<CandidateSummary>> {
    const scope = this.scopeOf(principal, caseload, search);
    // Unconfirmed: available, and confirmed before the flag day (flagged or expired).
    const confirmedBefore =
      availability === 'unconfirmed' ? addDays(this.clock.today(), -this.config.availability.flagDays) : undefined;
    const { items, more } = pageFrom(
      await this.candidates.listWithIdentity(scope, page, confirmedBefore, search),
      page,
    );
    const counts = await this.candidates.shortlistCounts(items.map((c) => c.id));
    return { items: items.map((c) => this.summaryOf(c, counts)), more };
  }

  /** How recent the candidate's last confirmation of availability is, today. */
  freshnessOf(candidate: Pick<Candidate, 'availabilityConfirmedOn'>): AvailabilityFreshness {
    return availabilityFreshness(candidate.availabilityConfirmedOn, this.clock.today(), this.config.availability);
  }

  /**
   * Puts a candidate in a klantmanager's caseload (null: in none). A klantmanager holds at most
   * CASELOAD_CEILING candidates: one more is refused, so the caseload stays workable.
   */
  async assignKlantmanager(
    id: string,
    klantmanagerId: string | null,
    principal: Principal,
  ): Promise<CaseloadAssignment> {
    return this.db.transaction(async () => {
      const candidate = await this.lockForChange(id);
      if (klantmanagerId !== null && candidate.klantmanagerId !== klantmanagerId) {
        await this.checkStaffMember(klantmanagerId, principal, 'klantmanager');
        await this.checkRoomInCaseload(klantmanagerId);
      }
      await this.candidates.assign(id, { klantmanagerId });
      return { candidateId: id, klantmanagerId, jobhunterId: candidate.jobhunterId };
    });
  }

  /** Puts a candidate in a jobhunter's caseload for level 4 (null: in none). */
  async assignJobhunter(id: string, jobhunterId: string | null, principal: Principal): Promise<CaseloadAssignment> {
    return this.db.transaction(async () => {
      const candidate = await this.lockForChange(id);
      if (jobhunterId !== null) await this.checkStaffMember(jobhunterId, principal, 'jobhunter');
      await this.candidates.assign(id, { jobhunterId });
      return { candidateId: id, klantmanagerId: candidate.klantmanagerId, jobhunterId };
    });
  }

  /** Each klantmanager of the caller's organisation with how many candidates they hold, and the ceiling. */
  async caseloads(principal: Principal): Promise<Caseloads> {
    const klantmanagers = await this.candidates.caseloadsOf(staffOrganisationOf(principal));
    return { ceiling: this.config.caseloadCeiling, klantmanagers };
  }

  /**
   * A klantmanager holds at most CASELOAD_CEILING candidates. Called in the transaction that adds one,
   * after lockStaffMember locked the klantmanager, so two additions at once cannot both slip under it.
   */
  private async checkRoomInCaseload(klantmanagerId: string): Promise<void> {
    const holds = await this.candidates.countCaseload(klantmanagerId);
    const ceiling = this.config.caseloadCeiling;
    if (holds >= ceiling)
      throw CandidateErrors.caseloadFull(
        `The klantmanager holds ${holds} candidates; the ceiling is ${ceiling} (CASELOAD_CEILING).`,
      );
  }

  private async checkStaffMember(userId: string, principal: Principal, role: CaseloadRole): Promise<void> {
    if (await this.candidates.lockStaffMember(userId, staffOrganisationOf(principal), role)) return;
    throw role === 'klantmanager'
      ? CandidateErrors.notAKlantmanager.at('klantmanagerId', 'is not an active klantmanager of your organisation')
      : CandidateErrors.notAJobhunter.at('jobhunterId', 'is not an active jobhunter of your organisation');
  }

  /**
   * Klantmanagers and jobhunters open on their own caseload, administrators on the organisation. A
   * jobhunter searches the organisation's candidates by name or postcode (level 4 for anyone) but
   * does not browse them.
   */
  private scopeOf(principal: Principal, caseload: Caseload | undefined, search?: string): CaseloadScope {
    const organisationId = staffOrganisationOf(principal);
    const chosen = caseload ?? (principal.role === 'admin' ? 'organisation' : 'mine');
    if (chosen === 'organisation') {
      if (principal.role === 'jobhunter' && !search)
        throw CandidateErrors.organisationListNotAllowed(
          "A jobhunter lists the candidates of their own caseload, or searches the organisation's by name or postcode (search).",
        );
      return { organisationId };
    }
    return principal.role === 'jobhunter'
      ? { organisationId, jobhunterId: principal.userId }
      : { organisationId, klantmanagerId: principal.userId };
  }

  /**
   * Available candidates whose profile lacks what matching needs, with what is missing, for their
   * klantmanager. What is missing is worked out here, not in SQL, so the page is cut from them all.
   */
  async incomplete(principal: Principal, caseload: Caseload | undefined, page: Page): Promise<Paged<CandidateSummary>> {
    const all = (await this.candidates.listAllWithIdentity(this.scopeOf(principal, caseload))).filter(
      (c) => c.availability === 'available' && missingForMatching(c).length > 0,
    );
    const shown = slicePage(all, page);
    const counts = await this.candidates.shortlistCounts(shown.items.map((c) => c.id));
    return { items: shown.items.map((c) => this.summaryOf(c, counts)), more: shown.more };
  }

  /** The profile with identity; an anonymised candidate has none and is not found. */
  async get(id: string): Promise<CandidateRecord> {
    const candidate = await this.candidates.findWithIdentity(id);
    if (!candidate?.identity) throw CandidateErrors.notFound(`Candidate ${id} not found.`);
    return this.toRecord(candidate, candidate.identity);
  }

  /** The profile without identity (anonymised ones too), for features that act on a candidate. */
  getProfile(id: string): Promise<Candidate> {
    return this.candidates.getOrThrow({ id }, `Candidate ${id} not found.`);
  }

  private async lockForChange(id: string): Promise<Candidate> {
    const candidate = await this.candidates.lockForChange(id);
    if (candidate.anonymisedAt)
      throw CandidateErrors.anonymised(`Candidate ${id} was anonymised; register the person again as a new candidate.`);
    return candidate;
  }

  private summaryOf(c: Candidate, shortlistCounts: Map<string, number>): CandidateSummary {
    return {
      id: c.id,
      name: c.identity?.name ?? '',
      postcode: c.postcode,
      availability: c.availability,
      availabilityConfirmedOn: c.availabilityConfirmedOn,
      availabilityFreshness: this.freshnessOf(c),
      missingForMatching: missingForMatching(c),
      onShortlists: shortlistCounts.get(c.id) ?? 0,
      klantmanagerId: c.klantmanagerId,
      jobhunterId: c.jobhunterId,
    };
  }

  private toRecord(candidate: Candidate, identity: CandidateIdentity): CandidateRecord {
    const { identity: _omitted, ...profile } = candidate;
    return {
      ...profile,
      name: identity.name,
      email: identity.email,
      phone: identity.phone,
      availabilityFreshness: this.freshnessOf(candidate),
    };
  }

  /** A client number is the organisation's key to one person: taken by another candidate is a conflict (409). */
  private async checkClientNumberFree(organisationId: string, clientNumber: string | undefined, self: string | null) {
    if (clientNumber === undefined) return;
    const [holder] = await this.candidates.findByClientNumbers(organisationId, [clientNumber]);
    if (holder && holder.id !== self)
      throw CandidateErrors.clientNumberTaken.at('clientNumber', 'another candidate of your organisation has it');
  }

  /** Rules across fields, which the DTO's per-field decorators cannot express. */
  private checkConsistency(dto: CreateCandidateDto): void {
    if (dto.travel.maxKm === undefined && dto.travel.maxMinutes === undefined) {
      throw CandidateErrors.travelLimitMissing.at('travel', 'give maxKm or maxMinutes (or both)');
    }
    if (dto.wishes.hoursPerWeekMin > dto.wishes.hoursPerWeekMax) {
      throw CandidateErrors.hoursRangeReversed.at('wishes.hoursPerWeekMin', 'must not be more than hoursPerWeekMax');
    }
    assertUnique('competences', dto.competences, (c) => c.code);
    this.checkWorkHistory(dto);
    if (!dto.belastbaarheid) return;
    assertUnique('belastbaarheid.limits', dto.belastbaarheid.limits, (l) => l.item);
    if (dto.belastbaarheid.assessedOn > this.clock.today()) {
      throw CandidateErrors.assessedInFuture.at('belastbaarheid.assessedOn', 'must not be in the future');
    }
  }

  /** Each job's months: not ending before it starts, none after this month (the Dutch one). Names every entry at fault. */
  private checkWorkHistory(dto: CreateCandidateDto): void {
    const thisMonth = this.clock.today().slice(0, 7);
    const problems = (dto.workHistory ?? []).flatMap(({ from, until }, index) => {
      const at = `workHistory[${index}]`;
      const found: InvalidParam[] = [];
      if (from > thisMonth)
        found.push(CandidateErrors.workInFuture.param(`${at}.from`, `must not be after ${thisMonth}`));
      if (until && until > thisMonth)
        found.push(CandidateErrors.workInFuture.param(`${at}.until`, `must not be after ${thisMonth}`));
      if (until && until < from)
        found.push(CandidateErrors.workPeriodReversed.param(`${at}.until`, 'must not be before from'));
      return found;
    });
    if (problems.length) throw invalidInput(problems);
  }
}

/** The stored columns of a profile; work history and instruments only when given (left out, they are kept). */
function matchingColumns(given: Omit<CreateCandidateDto, 'name' | 'email' | 'phone'>): CandidateProfileFields {
  const { workHistory, instruments, ...profile } = given;
  const area = findPostcodeArea(profile.postcode)!;
  return {
    ...profile,
    ...(workHistory
      ? {
          workHistory: workHistory.map(({ occupation, employer, from, until }) => ({
            occupation,
            ...(employer ? { employer } : {}),
            from,
            until: until ?? null,
          })),
        }
      : {}),
    ...(instruments ? { instruments } : {}),
    educationLevel: profile.educationLevel ?? null,
    belastbaarheid: profile.belastbaarheid ?? null,
    latitude: area.latitude,
    longitude: area.longitude,
    travelKm: travelLimitKm(profile.travel),
  };
}

/** The profile's stored columns from a DTO, identity left out. */
function profileColumns(dto: CreateCandidateDto): CandidateProfileFields {
  const { name: _name, email: _email, phone: _phone, ...profile } = dto;
  return matchingColumns(profile);
}
