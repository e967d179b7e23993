import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@werkbrug/database';
import { OutboxRelay } from './outbox-relay.service';
import { OutboxRepository } from './outbox.repository';
import { CandidateReach, ShortlistGenerationRepository } from './shortlist-generation.repository';

/**
 * Asks for (re)matching inside the open transaction: a job exists if and only if the change that
 * needs it does (the transactional outbox). Each job is a new generation of its vacancy's
 * shortlist; the relay is woken once the transaction has committed.
 */
@Injectable()
export class MatchingRequests {
  constructor(
    private readonly db: TransactionHost,
    private readonly generations: ShortlistGenerationRepository,
    private readonly outbox: OutboxRepository,
    private readonly relay: OutboxRelay,
  ) {}

  /** A new vacancy: its first, pending shortlist and the job that fills it. */
  async startShortlist(vacancyId: string): Promise<void> {
    await this.outbox.enqueue([await this.generations.insertFirst(vacancyId)]);
    this.db.afterCommit(() => this.relay.kick());
  }

  /** Something changed that can alter these vacancies' shortlists: ask for a new generation of each. */
  async rematch(vacancyIds: readonly string[]): Promise<void> {
    if (!vacancyIds.length) return;
    await this.outbox.enqueue(await this.generations.requestNext(vacancyIds));
    this.db.afterCommit(() => this.relay.kick());
  }

  /** A candidate changed: the shortlists they are on, and those of the open vacancies in their reach. */
  async rematchForCandidate(candidate: CandidateReach): Promise<void> {
    await this.rematch(await this.generations.vacanciesConcerning(candidate));
  }

  /** Many candidates changed at once (an import): one request for the union of what each would ask. */
  async rematchForCandidates(candidates: readonly CandidateReach[]): Promise<void> {
    await this.rematch(await this.generations.vacanciesConcerningMany(candidates));
  }
}
