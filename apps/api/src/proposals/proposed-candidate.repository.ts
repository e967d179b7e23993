import { Injectable } from '@nestjs/common';
import { Candidate, CandidateIdentity, TransactionHost } from '@werkbrug/database';
import { In } from 'typeorm';

/** What the anonymised profile is built from, by allow-list: nothing of identity, place or age. */
export type ProfileSource = Pick<Candidate, 'id' | 'competences' | 'educationLevel' | 'wishes' | 'belastbaarheid'>;
/** What consent may add to a stored profile when it is read. */
export type ConsentSource = Pick<Candidate, 'id' | 'birthYear' | 'belastbaarheid'>;
export type Identity = Pick<CandidateIdentity, 'name' | 'email' | 'phone'>;

/**
 * A read model of what proposals need of candidates, column by column: the profile to anonymise
 * when proposing, what consent may add when read, and identity once the candidate consented.
 */
@Injectable()
export class ProposedCandidateRepository {
  constructor(private readonly db: TransactionHost) {}

  async profileSources(candidateIds: readonly string[]): Promise<Map<string, ProfileSource>> {
    const candidates = await this.db.manager.find(Candidate, {
      select: { id: true, competences: true, educationLevel: true, wishes: true, belastbaarheid: true },
      where: { id: In([...candidateIds]) },
    });
    return new Map(candidates.map((candidate) => [candidate.id, candidate]));
  }

  async consentSources(candidateIds: readonly string[]): Promise<Map<string, ConsentSource>> {
    const candidates = await this.db.manager.find(Candidate, {
      select: { id: true, birthYear: true, belastbaarheid: true },
      where: { id: In([...candidateIds]) },
    });
    return new Map(candidates.map((candidate) => [candidate.id, candidate]));
  }

  /** Whose case the candidate is: their organisation and klantmanager (undefined: no such candidate). */
  async caseOf(candidateId: string): Promise<Pick<Candidate, 'organisationId' | 'klantmanagerId'> | undefined> {
    const candidate = await this.db.manager.findOne(Candidate, {
      select: { id: true, organisationId: true, klantmanagerId: true },
      where: { id: candidateId },
    });
    return candidate ?? undefined;
  }

  async identities(candidateIds: readonly string[]): Promise<Map<string, Identity>> {
    if (!candidateIds.length) return new Map();
    const identities = await this.db.manager.findBy(CandidateIdentity, { candidateId: In([...candidateIds]) });
    return new Map(identities.map(({ candidateId, name, email, phone }) => [candidateId, { name, email, phone }]));
  }
}
