import { Injectable } from '@nestjs/common';
import { Clock } from '@werkbrug/common';
import { Availability, Candidate, CandidateIdentity, TransactionHost } from '@werkbrug/database';
import { findPostcodeArea, travelLimitKm } from '@werkbrug/reference-data';
import { MatchingRequests } from '../shared/outbox/matching-requests';
import { Page, Paged, pageFrom, slicePage } from '../shared/validation/paging';
import { assertUnique } from '../shared/validation/unique';
import { CandidateErrors } from './candidate.errors';
import { CandidateProfileFields, CandidateRepository } from './candidate.repository';
import { AvailabilityDto } from './dto/availability.dto';
import { CreateCandidateDto } from './dto/create-candidate.dto';

/** The full profile with identity: for the candidate's klantmanager and administrators only. */
export type CandidateRecord = Candidate & { name: string; email: string | null; phone: string | null };

/** A line of the caseload: who, where, and what matching still lacks. */
export interface CandidateSummary {
  id: string;
  name: string;
  postcode: string;
  availability: Availability;
  missingForMatching: string[];
}

/** Whose candidate it is: an organisation's, in a klantmanager's caseload or not yet. */
export type CandidateOwner = Pick<Candidate, 'organisationId' | 'klantmanagerId'>;

export type CandidateAvailability = Pick<Candidate, 'id' | 'availability' | 'unavailableReason' | 'unavailableUntil'>;

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
  ) {}

  async create(dto: CreateCandidateDto, owner: CandidateOwner): Promise<CandidateRecord> {
    this.checkConsistency(dto);
    const { name, email, phone, ...profile } = dto;
    return this.db.transaction(async () => {
      const candidate = await this.candidates.insert({
        ...matchingColumns(profile),
        ...owner,
        availability: 'available',
      });
      const identity = await this.candidates.saveIdentity({
        candidateId: candidate.id,
        name,
        email: email ?? null,
        phone: phone ?? null,
      });
      await this.matching.rematchForCandidate(candidate);
      return toRecord(candidate, identity);
    });
  }

  /** Replaces the profile; the shortlists it was on, and those it now reaches, are matched again. */
  async update(id: string, dto: CreateCandidateDto): Promise<CandidateRecord> {
    this.checkConsistency(dto);
    const { name, email, phone, ...profile } = dto;
    return this.db.transaction(async () => {
      const before = await this.lockForChange(id);
      const candidate = await this.candidates.save(Object.assign(before, matchingColumns(profile)));
      const identity = await this.candidates.saveIdentity({
        candidateId: id,
        name,
        email: email ?? null,
        phone: phone ?? null,
      });
      await this.matching.rematchForCandidate(candidate);
      return toRecord(candidate, identity);
    });
  }

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
      });
      await this.candidates.save(candidate);
      await this.matching.rematchForCandidate(candidate);
      const { availability, unavailableReason, unavailableUntil } = candidate;
      return { id, availability, unavailableReason, unavailableUntil };
    });
  }

  async list(page: Page): Promise<Paged<CandidateSummary>> {
    const { items, more } = pageFrom(await this.candidates.listWithIdentity(page), page);
    return { items: items.map(summaryOf), more };
  }

  /**
   * Available candidates whose profile lacks what matching needs, with what is missing, for their
   * klantmanager. What is missing is worked out here, not in SQL, so the page is cut from them all.
   */
  async incomplete(page: Page): Promise<Paged<CandidateSummary>> {
    const all = (await this.candidates.listAllWithIdentity()).map(summaryOf);
    return slicePage(
      all.filter((c) => c.availability === 'available' && c.missingForMatching.length > 0),
      page,
    );
  }

  /** The profile with identity; an anonymised candidate has none and is not found. */
  async get(id: string): Promise<CandidateRecord> {
    const candidate = await this.candidates.findWithIdentity(id);
    if (!candidate?.identity) throw CandidateErrors.notFound(`Candidate ${id} not found.`);
    return toRecord(candidate, candidate.identity);
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

  /** Rules across fields, which the DTO's per-field decorators cannot express. */
  private checkConsistency(dto: CreateCandidateDto): void {
    if (dto.travel.maxKm === undefined && dto.travel.maxMinutes === undefined) {
      throw CandidateErrors.travelLimitMissing.at('travel', 'give maxKm or maxMinutes (or both)');
    }
    if (dto.wishes.hoursPerWeekMin > dto.wishes.hoursPerWeekMax) {
      throw CandidateErrors.hoursRangeReversed.at('wishes.hoursPerWeekMin', 'must not be more than hoursPerWeekMax');
    }
    assertUnique('competences', dto.competences, (c) => c.code);
    if (!dto.belastbaarheid) return;
    assertUnique('belastbaarheid.limits', dto.belastbaarheid.limits, (l) => l.item);
    if (dto.belastbaarheid.assessedOn > this.clock.today()) {
      throw CandidateErrors.assessedInFuture.at('belastbaarheid.assessedOn', 'must not be in the future');
    }
  }
}

/** The profile as stored, with where the candidate lives and how far they reach, for matching in SQL. */
function summaryOf(c: Candidate): CandidateSummary {
  return {
    id: c.id,
    name: c.identity?.name ?? '',
    postcode: c.postcode,
    availability: c.availability,
    missingForMatching: missingForMatching(c),
  };
}

function matchingColumns(profile: Omit<CreateCandidateDto, 'name' | 'email' | 'phone'>): CandidateProfileFields {
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

function toRecord(candidate: Candidate, identity: CandidateIdentity): CandidateRecord {
  const { identity: _omitted, ...profile } = candidate;
  return { ...profile, name: identity.name, email: identity.email, phone: identity.phone };
}
