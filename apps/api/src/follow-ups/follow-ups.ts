import { FollowUp } from '@werkbrug/database';
import type { EntityManager } from 'typeorm';

export interface FollowUpRequest {
  kind: string;
  source: { type: string; id: string };
  candidateId: string;
  employerId?: string | null;
  vacancyId?: string | null;
  dueOn: string;
  assignedTo: string;
}

/**
 * Schedules a follow-up in the caller's transaction. A source has at most one follow-up of a kind,
 * so logging the same outcome again moves the due date instead of adding a second task.
 */
export async function scheduleFollowUp(manager: EntityManager, request: FollowUpRequest): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(FollowUp)
    .values({
      kind: request.kind,
      sourceType: request.source.type,
      sourceId: request.source.id,
      candidateId: request.candidateId,
      employerId: request.employerId ?? null,
      vacancyId: request.vacancyId ?? null,
      dueOn: request.dueOn,
      assignedTo: request.assignedTo,
    })
    .orUpdate(['due_on', 'assigned_to'], ['source_type', 'source_id', 'kind'])
    .execute();
}

/** `days` after an ISO date, as an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** `months` after an ISO date (the same day of the month, or the month's last day). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
}
