/** An invited employer with, for each open vacancy, the candidates on its current shortlist. */
export interface InvitedEmployer {
  employerId: string;
  vacancies: { vacancyId: string; shortlist: { candidateId: string; score: number }[] }[];
}

export interface ShortlistedPair {
  employerId: string;
  vacancyId: string;
  candidateId: string;
  score: number;
}

export interface ScheduledConversation {
  slot: number;
  employerId: string;
  candidateId: string;
  vacancyId: string;
}

export interface SuggestedSchedule {
  conversations: ScheduledConversation[];
  /** Meetings that fit no slot: every slot of the employer or of the candidate was taken already. */
  leftOver: ShortlistedPair[];
}

/**
 * Suggests a schedule: the best-scoring pairs first, so that the strongest matches surely get a
 * conversation. A candidate meets an employer once, for the vacancy where the candidate scores
 * best. A pair goes in the earliest slot where both are free; when they have free slots but no
 * common one, conversations already placed swap slots along an alternating chain (the classic
 * bipartite edge-colouring step) to make one common. So a meeting is left out only when the
 * employer's or the candidate's slots are all taken. Ties go by ids: the same input always gives
 * the same schedule.
 */
export function suggestSchedule(
  slotCount: number,
  employers: readonly InvitedEmployer[],
  invitedCandidateIds: readonly string[],
): SuggestedSchedule {
  const invited = new Set(invitedCandidateIds);
  const pairs = employers.flatMap(({ employerId, vacancies }) =>
    vacancies.flatMap(({ vacancyId, shortlist }) =>
      shortlist
        .filter(({ candidateId }) => invited.has(candidateId))
        .map(({ candidateId, score }) => ({ employerId, vacancyId, candidateId, score })),
    ),
  );
  const ranked = pairs.sort(
    (a, b) =>
      b.score - a.score ||
      a.employerId.localeCompare(b.employerId) ||
      a.candidateId.localeCompare(b.candidateId) ||
      a.vacancyId.localeCompare(b.vacancyId),
  );
  const slots = new SlotBook(slotCount);
  const met = new Set<string>();
  const leftOver: ShortlistedPair[] = [];
  for (const pair of ranked) {
    const meeting = `${pair.employerId}/${pair.candidateId}`;
    if (met.has(meeting)) continue;
    met.add(meeting);
    if (!slots.place(pair)) leftOver.push(pair);
  }
  const conversations = slots
    .conversations()
    .sort((a, b) => a.slot - b.slot || a.employerId.localeCompare(b.employerId));
  return { conversations, leftOver };
}

/** Who meets whom in which slot, seen from both sides. */
class SlotBook {
  /** For each side (`e:` employer, `c:` candidate): slot → the conversation there. */
  private readonly bySide = new Map<string, Map<number, ScheduledConversation>>();

  constructor(private readonly slotCount: number) {}

  place(pair: ShortlistedPair): boolean {
    const employer = `e:${pair.employerId}`;
    const candidate = `c:${pair.candidateId}`;
    const employerFree = this.freeSlots(employer);
    const candidateFree = this.freeSlots(candidate);
    if (!employerFree.length || !candidateFree.length) return false;
    const common = employerFree.find((slot) => candidateFree.includes(slot));
    let slot = common;
    if (slot === undefined) {
      // a is free at the employer, b at the candidate: swap a and b along the chain from the
      // candidate; in a bipartite graph it never reaches the employer, and frees a at the candidate.
      const [a, b] = [employerFree[0], candidateFree[0]];
      const chain: ScheduledConversation[] = [];
      for (let side = candidate, colour = a; this.at(side).has(colour); colour = colour === a ? b : a) {
        const conversation = this.at(side).get(colour)!;
        chain.push(conversation);
        side =
          side === `c:${conversation.candidateId}` ? `e:${conversation.employerId}` : `c:${conversation.candidateId}`;
      }
      chain.forEach((conversation) => this.remove(conversation));
      chain.forEach((conversation) => this.add({ ...conversation, slot: conversation.slot === a ? b : a }));
      slot = a;
    }
    this.add({ slot, employerId: pair.employerId, candidateId: pair.candidateId, vacancyId: pair.vacancyId });
    return true;
  }

  conversations(): ScheduledConversation[] {
    return [...this.bySide.entries()]
      .filter(([side]) => side.startsWith('e:'))
      .flatMap(([, slots]) => [...slots.values()]);
  }

  private freeSlots(side: string): number[] {
    return Array.from({ length: this.slotCount }, (_, index) => index + 1).filter((slot) => !this.at(side).has(slot));
  }

  private at(side: string): Map<number, ScheduledConversation> {
    let slots = this.bySide.get(side);
    if (!slots) this.bySide.set(side, (slots = new Map<number, ScheduledConversation>()));
    return slots;
  }

  private add(conversation: ScheduledConversation): void {
    this.at(`e:${conversation.employerId}`).set(conversation.slot, conversation);
    this.at(`c:${conversation.candidateId}`).set(conversation.slot, conversation);
  }

  private remove(conversation: ScheduledConversation): void {
    this.at(`e:${conversation.employerId}`).delete(conversation.slot);
    this.at(`c:${conversation.candidateId}`).delete(conversation.slot);
  }
}

/** When a slot starts (`HH:MM`), counting from the event's start. */
export function slotStartsAt(startsAt: string, slotMinutes: number, slot: number): string {
  const [hours, minutes] = startsAt.split(':').map(Number);
  const start = hours * 60 + minutes + (slot - 1) * slotMinutes;
  return `${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`;
}

/** Whether the last slot ends by midnight: an event is held on one day. */
export function fitsInDay(startsAt: string, slotMinutes: number, slotCount: number): boolean {
  const [hours, minutes] = startsAt.split(':').map(Number);
  return hours * 60 + minutes + slotCount * slotMinutes <= 24 * 60;
}
