import { Injectable } from '@nestjs/common';
import { Clock, Principal } from '@werkbrug/common';
import { ServiceLevel, ServiceRecord, TransactionHost } from '@werkbrug/database';
import { regionOfPostcode } from '@werkbrug/reference-data';
import type { EntityManager } from 'typeorm';

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
    private readonly db: TransactionHost,
    private readonly clock: Clock,
  ) {}

  record(entry: ServiceEntry): Promise<void> {
    return recordService(this.db.manager, { ...entry, occurredAt: entry.occurredAt ?? this.clock.now() });
  }
}

/** @deprecated Transitional: inject ServiceLedger and call `record` inside TransactionHost.transaction. */
export async function recordService(manager: EntityManager, entry: ServiceEntry): Promise<void> {
  const [place] = await manager.query(
    `SELECT coalesce(v.employer_id, e.id) AS employer_id, v.region AS vacancy_region, coalesce(v.sector, e.sector) AS sector,
            coalesce(v.postcode, e.postcode) AS employer_postcode, c.postcode AS candidate_postcode
       FROM (SELECT 1) AS one
       LEFT JOIN vacancies v ON v.id = $1
       LEFT JOIN employers e ON e.id = coalesce(v.employer_id, $2)
       LEFT JOIN candidates c ON c.id = $3`,
    [entry.vacancyId ?? null, entry.employerId ?? null, entry.candidateId ?? null],
  );
  const region: string | null =
    entry.region ??
    place.vacancy_region ??
    (place.employer_postcode && regionOfPostcode(place.employer_postcode)) ??
    (place.candidate_postcode && regionOfPostcode(place.candidate_postcode)) ??
    null;
  const levels = typeof entry.levels === 'number' ? [entry.levels] : [...new Set(entry.levels)];
  await manager.insert(
    ServiceRecord,
    levels.map((level) => ({
      level,
      kind: entry.kind ?? 'action',
      action: entry.action,
      actorId: entry.actor.subject,
      actorRole: entry.actor.role,
      candidateId: entry.candidateId ?? null,
      employerId: place.employer_id ?? entry.employerId ?? null,
      vacancyId: entry.vacancyId ?? null,
      agreementId: entry.agreementId ?? null,
      region,
      sector: place.sector ?? null,
      subjectType: entry.subject.type,
      subjectId: entry.subject.id,
      ...(entry.occurredAt ? { occurredAt: entry.occurredAt } : {}),
    })),
  );
}
