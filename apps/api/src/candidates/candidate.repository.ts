import { Injectable } from '@nestjs/common';
import { Candidate, CandidateIdentity, EntityRepository, TransactionHost } from '@werkbrug/database';
import { fetchWindow, Page } from '../shared/validation/paging';
import { CandidateErrors } from './candidate.errors';

/** A profile as the klantmanager gives it, with where the candidate lives and how far they reach. */
export type CandidateProfileFields = Pick<
  Candidate,
  | 'birthYear'
  | 'postcode'
  | 'travel'
  | 'latitude'
  | 'longitude'
  | 'travelKm'
  | 'educationLevel'
  | 'competences'
  | 'wishes'
  | 'belastbaarheid'
  | 'benefitStartedOn'
  | 'participatieladder'
>;

/** The candidate aggregate: the profile and, kept apart in its own table, the identity. */
@Injectable()
export class CandidateRepository extends EntityRepository<Candidate> {
  constructor(db: TransactionHost) {
    super(db, Candidate, CandidateErrors.notFound);
  }

  insert(
    fields: CandidateProfileFields & Pick<Candidate, 'availability' | 'organisationId' | 'klantmanagerId'>,
  ): Promise<Candidate> {
    return this.repository.save(this.repository.create(fields));
  }

  save(candidate: Candidate): Promise<Candidate> {
    return this.repository.save(candidate);
  }

  /** Writes the identity, replacing the one stored for this candidate. */
  saveIdentity(
    identity: Pick<CandidateIdentity, 'candidateId' | 'name' | 'email' | 'phone'>,
  ): Promise<CandidateIdentity> {
    const identities = this.manager.getRepository(CandidateIdentity);
    return identities.save(identities.create(identity));
  }

  /**
   * The profile, locked until the transaction ends. FOR NO KEY UPDATE, not FOR UPDATE: the matcher
   * inserting shortlist entries takes key-share locks on the candidates it lists while holding its
   * shortlist; a full lock here would deadlock with it.
   */
  async lockForChange(id: string): Promise<Candidate> {
    const candidate = await this.repository.findOne({ where: { id }, lock: { mode: 'for_no_key_update' } });
    if (!candidate) throw CandidateErrors.notFound(`Candidate ${id} not found.`);
    return candidate;
  }

  /** One page and one row beyond it (see fetchWindow), oldest first. */
  listWithIdentity(page: Page): Promise<Candidate[]> {
    return this.repository.find({
      relations: { identity: true },
      order: { createdAt: 'ASC', id: 'ASC' },
      ...fetchWindow(page),
    });
  }

  listAllWithIdentity(): Promise<Candidate[]> {
    return this.repository.find({ relations: { identity: true }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findWithIdentity(id: string): Promise<Candidate | null> {
    return this.repository.findOne({ where: { id }, relations: { identity: true } });
  }
}
