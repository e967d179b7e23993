import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { invalidField, Clock } from '@werkbrug/common';
import { Candidate, CandidateIdentity, TransactionHost } from '@werkbrug/database';
import { findPostcodeArea, travelLimitKm } from '@werkbrug/reference-data';
import { withinReachSql } from '@werkbrug/shortlisting';
import { EntityManager } from 'typeorm';
import { requestRematch } from '../shared/outbox/matching-requests';
import { OutboxRelay } from '../shared/outbox/outbox-relay.service';
import { AvailabilityDto } from './dto/availability.dto';
import { assertUnique } from '../shared/validation/unique';
import { CreateCandidateDto } from './dto/create-candidate.dto';

/** The full profile with identity: for the candidate's klantmanager and administrators only. */
export type CandidateRecord = Candidate & { name: string; email: string | null; phone: string | null };

/** What matching needs of a profile, by field; a profile missing any of them is not matched. */
const REQUIRED_FOR_MATCHING = ['educationLevel', 'belastbaarheid', 'competences'] as const;

export function missingForMatching(
  candidate: Pick<Candidate, 'educationLevel' | 'belastbaarheid' | 'competences'>,
): string[] {
  return REQUIRED_FOR_MATCHING.filter((field) =>
    field === 'competences' ? candidate.competences.length === 0 : candidate[field] === null,
  );
}

@Injectable()
export class CandidatesService {
  constructor(
    private readonly db: TransactionHost,
    private readonly outbox: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  async create(dto: CreateCandidateDto): Promise<CandidateRecord> {
    this.checkConsistency(dto);
    const { name, email, phone, ...profile } = dto;
    const record = await this.db.transaction(async (manager) => {
      const candidate = await manager.save(
        manager.create(Candidate, { ...matchingColumns(profile), availability: 'available' }),
      );
      const identity = await manager.save(
        manager.create(CandidateIdentity, {
          candidateId: candidate.id,
          name,
          email: email ?? null,
          phone: phone ?? null,
        }),
      );
      await requestRematch(manager, await vacanciesConcerned(manager, candidate));
      return toRecord(candidate, identity);
    });
    this.outbox.kick();
    return record;
  }

  /** Replaces the profile; the shortlists it was on, and those it now reaches, are matched again. */
  async update(id: string, dto: CreateCandidateDto): Promise<CandidateRecord> {
    this.checkConsistency(dto);
    const { name, email, phone, ...profile } = dto;
    const record = await this.db.transaction(async (manager) => {
      const before = await this.lock(manager, id);
      const candidate = await manager.save(Object.assign(before, matchingColumns(profile)));
      const identity = await manager.save(
        manager.create(CandidateIdentity, { candidateId: id, name, email: email ?? null, phone: phone ?? null }),
      );
      await requestRematch(manager, await vacanciesConcerned(manager, candidate));
      return toRecord(candidate, identity);
    });
    this.outbox.kick();
    return record;
  }

  async setAvailability(
    id: string,
    dto: AvailabilityDto,
  ): Promise<{ id: string; availability: string; unavailableReason: string | null; unavailableUntil: string | null }> {
    if (dto.availability === 'available' && (dto.reason || dto.until))
      throw invalidField('reason', 'only for a candidate who is not available');
    const result = await this.db.transaction(async (manager) => {
      const candidate = await this.lock(manager, id);
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
      });
      await manager.save(candidate);
      await requestRematch(manager, await vacanciesConcerned(manager, candidate));
      return {
        id,
        availability: candidate.availability,
        unavailableReason: candidate.unavailableReason,
        unavailableUntil: candidate.unavailableUntil,
      };
    });
    this.outbox.kick();
    return result;
  }

  async list(): Promise<
    { id: string; name: string; postcode: string; availability: string; missingForMatching: string[] }[]
  > {
    const candidates = await this.db.manager
      .getRepository(Candidate)
      .find({ relations: { identity: true }, order: { createdAt: 'ASC' } });
    return candidates.map((c) => ({
      id: c.id,
      name: c.identity?.name ?? '',
      postcode: c.postcode,
      availability: c.availability,
      missingForMatching: missingForMatching(c),
    }));
  }

  /** Available candidates whose profile lacks what matching needs, with what is missing, for their klantmanager. */
  async incomplete() {
    return (await this.list()).filter((c) => c.availability === 'available' && c.missingForMatching.length > 0);
  }

  async get(id: string): Promise<CandidateRecord> {
    const candidate = await this.db.manager
      .getRepository(Candidate)
      .findOne({ where: { id }, relations: { identity: true } });
    if (!candidate?.identity) throw new NotFoundException(`Candidate ${id} not found.`);
    return toRecord(candidate, candidate.identity);
  }

  /**
   * FOR NO KEY UPDATE, not FOR UPDATE: the matcher inserting shortlist entries takes key-share locks
   * on the candidates it lists while holding its shortlist; a full lock here would deadlock with it.
   */
  private async lock(manager: EntityManager, id: string): Promise<Candidate> {
    const candidate = await manager.findOne(Candidate, { where: { id }, lock: { mode: 'for_no_key_update' } });
    if (!candidate) throw new NotFoundException(`Candidate ${id} not found.`);
    if (candidate.anonymisedAt)
      throw new ConflictException(`Candidate ${id} was anonymised; register the person again as a new candidate.`);
    return candidate;
  }
  /** Rules across fields, which the DTO's per-field decorators cannot express. */
  private checkConsistency(dto: CreateCandidateDto): void {
    if (dto.travel.maxKm === undefined && dto.travel.maxMinutes === undefined) {
      throw invalidField('travel', 'give maxKm or maxMinutes (or both)');
    }
    if (dto.wishes.hoursPerWeekMin > dto.wishes.hoursPerWeekMax) {
      throw invalidField('wishes.hoursPerWeekMin', 'must not be more than hoursPerWeekMax');
    }
    assertUnique('competences', dto.competences, (c) => c.code);
    if (!dto.belastbaarheid) return;
    assertUnique('belastbaarheid.limits', dto.belastbaarheid.limits, (l) => l.item);
    if (dto.belastbaarheid.assessedOn > this.clock.today()) {
      throw invalidField('belastbaarheid.assessedOn', 'must not be in the future');
    }
  }
}

/** The profile as stored, with where the candidate lives and how far they reach, for matching in SQL. */
function matchingColumns(profile: Omit<CreateCandidateDto, 'name' | 'email' | 'phone'>) {
  const area = findPostcodeArea(profile.postcode)!;
  return {
    ...profile,
    educationLevel: profile.educationLevel ?? null,
    belastbaarheid: profile.belastbaarheid ?? null,
    latitude: area.latitude,
    longitude: area.longitude,
    travelKm: travelLimitKm(profile.travel),
  };
}

/**
 * The open vacancies whose shortlist a change to this candidate can alter: those the candidate is
 * on now, and those within the candidate's reach (the same generous circle SQL matching uses).
 */
export async function vacanciesConcerned(manager: EntityManager, candidate: Candidate): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT vacancy_id AS id FROM shortlist_entries WHERE candidate_id = $1
     UNION
     SELECT id FROM vacancies
      WHERE status = 'open' AND $5 AND ${withinReachSql('', '$2', '$3', '$4')}`,
    [candidate.id, candidate.latitude, candidate.longitude, candidate.travelKm, candidate.availability === 'available'],
  );
  return rows.map((row) => row.id);
}

function toRecord(candidate: Candidate, identity: CandidateIdentity): CandidateRecord {
  const { identity: _omitted, ...profile } = candidate;
  return { ...profile, name: identity.name, email: identity.email, phone: identity.phone } as CandidateRecord;
}
