import { Injectable } from '@nestjs/common';
import { Clock, Principal } from '@werkbrug/common';
import { ServiceLevel } from '@werkbrug/database';
import { regionOfPostcode } from '@werkbrug/reference-data';
import { ServiceRecordRepository } from './service-record.repository';

export interface ServiceEntry {
  /** One level for an action; a result is written once for every level that led to it. */
  levels: ServiceLevel | readonly ServiceLevel[];
  kind?: 'action' | 'result';
  action: string;
  actor: Principal;
  candidateId?: string | null;
  employerId?: string | null;
  vacancyId?: string | null;
  agreementId?: string | null;
  /** The record this entry documents: its table and id. */
  subject: { type: string; id: string };
  /** For an action tied to a region rather than a vacancy, employer or candidate (a speeddate event). */
  region?: string;
  occurredAt?: Date;
}

/**
 * The ledger of levels: every service action (and result) is written in the open transaction, so
 * the action and its record stand or fall together. The region is the entry's own if given, else it
 * and the sector come from the vacancy, else the employer, else (region only) the candidate's postcode.
 */
@Injectable()
export class ServiceLedger {
  constructor(
    private readonly records: ServiceRecordRepository,
    private readonly clock: Clock,
  ) {}

  async record(entry: ServiceEntry): Promise<void> {
    const place = await this.records.placeOf({
      vacancyId: entry.vacancyId ?? null,
      employerId: entry.employerId ?? null,
      candidateId: entry.candidateId ?? null,
    });
    const region =
      entry.region ??
      place.vacancyRegion ??
      (place.employerPostcode && regionOfPostcode(place.employerPostcode)) ??
      (place.candidatePostcode && regionOfPostcode(place.candidatePostcode)) ??
      null;
    const levels = typeof entry.levels === 'number' ? [entry.levels] : [...new Set(entry.levels)];
    const occurredAt = entry.occurredAt ?? this.clock.now();
    await this.records.insert(
      levels.map((level) => ({
        level,
        kind: entry.kind ?? 'action',
        action: entry.action,
        actorId: entry.actor.subject,
        actorRole: entry.actor.role,
        candidateId: entry.candidateId ?? null,
        employerId: place.employerId ?? entry.employerId ?? null,
        vacancyId: entry.vacancyId ?? null,
        agreementId: entry.agreementId ?? null,
        region,
        sector: place.sector ?? null,
        subjectType: entry.subject.type,
        subjectId: entry.subject.id,
        occurredAt,
      })),
    );
  }
}
