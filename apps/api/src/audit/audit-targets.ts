import { isUuid } from '@werkbrug/common';
import type { AuditSpec, IdSource } from '../shared/audit/audit.decorator';

/** One group of audit rows to write: the candidates seen or changed, and the purpose they share. */
export interface AuditTarget {
  candidateIds: string[];
  vacancyId: string | null;
  proposalId: string | null;
}

/** A proposal whose candidate and vacancy are still to be looked up. */
export interface ProposalRef {
  proposalId: string;
}

/** A speeddate conversation whose candidate and vacancy are still to be looked up (an employer's view names neither). */
export interface ConversationRef {
  conversationId: string;
}

/** The value at a dotted path (`proefplaatsing.candidateId`), or undefined. */
export function valueAt(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined),
      value,
    );
}

/** The records an endpoint answered with, as the spec names them. */
export function recordsOf(spec: Pick<AuditSpec, 'list'>, body: unknown): unknown[] {
  const listAt = (value: unknown, path: string) => {
    const list = valueAt(value, path);
    return Array.isArray(list) ? (list as unknown[]) : [];
  };
  // A named list in each record of a list answer (the conversations of each event).
  if (typeof spec.list === 'string' && Array.isArray(body))
    return body.flatMap((each) => listAt(each, spec.list as string));
  const list = spec.list === undefined ? [body] : spec.list === true ? body : valueAt(body, spec.list);
  return Array.isArray(list) ? list : [];
}

function idFrom(source: IdSource | undefined, params: Record<string, string>, record: unknown): string | null {
  if (source === undefined) return null;
  const value = source.startsWith('param:') ? params[source.slice('param:'.length)] : valueAt(record, source);
  return typeof value === 'string' && isUuid(value) ? value : null;
}

/**
 * What to audit for one answered request: per record its candidate and purpose, grouped so that one
 * row carries all candidates seen for the same purpose (a shortlist of 25 is one row). Proposals are
 * returned apart: their candidate is looked up (an employer's answer does not name the candidate).
 * A route candidate with no records (an empty list of a candidate's offers) still counts as seen.
 */
export function auditTargets(
  spec: AuditSpec,
  params: Record<string, string>,
  body: unknown,
): { targets: AuditTarget[]; proposals: ProposalRef[]; conversations: ConversationRef[] } {
  const groups = new Map<string, AuditTarget>();
  const proposals = new Map<string, ProposalRef>();
  const conversations = new Map<string, ConversationRef>();
  const add = (candidateId: string | null, vacancyId: string | null) => {
    if (!candidateId) return;
    const key = `${vacancyId ?? ''}`;
    const group = groups.get(key) ?? { candidateIds: [], vacancyId, proposalId: null };
    if (!group.candidateIds.includes(candidateId)) group.candidateIds.push(candidateId);
    groups.set(key, group);
  };
  for (const record of recordsOf(spec, body)) {
    if (spec.onlyWith && valueAt(record, spec.onlyWith) === undefined) continue;
    const proposalId = idFrom(spec.proposalId, params, record);
    const conversationId = idFrom(spec.conversationId, params, record);
    if (proposalId) proposals.set(proposalId, { proposalId });
    else if (conversationId) conversations.set(conversationId, { conversationId });
    else add(idFrom(spec.candidateId, params, record), idFrom(spec.vacancyId, params, record));
  }
  if (
    spec.candidateId?.startsWith('param:') &&
    !spec.onlyWith &&
    groups.size === 0 &&
    proposals.size === 0 &&
    conversations.size === 0
  ) {
    add(idFrom(spec.candidateId, params, undefined), idFrom(spec.vacancyId, params, undefined));
  }
  return {
    targets: [...groups.values()],
    proposals: [...proposals.values()],
    conversations: [...conversations.values()],
  };
}
