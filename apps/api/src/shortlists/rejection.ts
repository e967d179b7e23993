import { invalidField, Principal } from '@werkbrug/common';
import { MatchFeedback, RejectionReason, Vacancy } from '@werkbrug/database';
import type { EntityManager } from 'typeorm';
import { requestRematch } from '../shared/outbox/matching-requests';
import type { RejectionFields } from './dto/decision.dto';

export interface Rejection {
  reason: RejectionReason;
  competence: string | null;
  note: string | null;
}

/** A rejection says why, precisely enough for the matcher to act on it. */
export function rejectionOf(fields: RejectionFields): Rejection {
  if (!fields.reason) throw invalidField('reason', 'give the reason for the rejection');
  if (fields.reason === 'competence-missing' && !fields.competence)
    throw invalidField('competence', 'name the competence that was missing');
  if (fields.reason !== 'competence-missing' && fields.competence)
    throw invalidField('competence', 'only with the reason competence-missing');
  if (fields.reason === 'other' && !fields.note) throw invalidField('note', 'explain the reason other');
  return { reason: fields.reason, competence: fields.competence ?? null, note: fields.note ?? null };
}

/** Fields that only a rejection may carry. */
export function checkNoRejectionFields(fields: RejectionFields): void {
  for (const name of ['reason', 'competence'] as const) {
    if (fields[name] !== undefined) throw invalidField(name, 'only when rejecting');
  }
}

/**
 * Records that a candidate was turned down for a vacancy, in the caller's transaction. The
 * candidate leaves this shortlist for good; a missing competence also counts against the candidate
 * at this employer's other open vacancies, so those shortlists are matched again too. The caller
 * kicks the outbox after committing.
 */
export async function recordRejection(
  manager: EntityManager,
  vacancy: Pick<Vacancy, 'id' | 'employerId'>,
  candidateId: string,
  rejection: Rejection,
  principal: Principal,
): Promise<void> {
  await manager.insert(MatchFeedback, {
    employerId: vacancy.employerId,
    vacancyId: vacancy.id,
    candidateId,
    ...rejection,
    givenBy: principal.subject,
    givenByRole: principal.role,
  });
  const onOtherShortlists: { id: string }[] = await manager.query(
    `SELECT e.vacancy_id AS id FROM shortlist_entries e JOIN vacancies v ON v.id = e.vacancy_id
      WHERE e.candidate_id = $1 AND v.employer_id = $2 AND v.status = 'open'`,
    [candidateId, vacancy.employerId],
  );
  await requestRematch(manager, [...new Set([vacancy.id, ...onOtherShortlists.map((row) => row.id)])]);
}
