import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { invalidField, isEmployer, Principal } from '@werkbrug/common';
import { Candidate, MatchFeedback, Proposal, ProposalStatus, ShortlistDecision, ShortlistEntry, updateVersioned } from '@werkbrug/database';
import { DataSource, FindOptionsWhere, In } from 'typeorm';
import { recordService } from '../ledger/service-ledger';
import { OutboxRelay } from '../outbox/outbox-relay.service';
import { checkNoRejectionFields, recordRejection, rejectionOf } from '../shortlists/rejection';
import { VacanciesService } from '../vacancies/vacancies.service';
import { anonymisedProfile } from './anonymised-profile';
import { AnswerDto, ProposalAnswer } from './dto/answer.dto';
import { ProposeDto } from './dto/propose.dto';
import { ProposalView } from './proposal.response';

const STATUS_OF: Record<ProposalAnswer, ProposalStatus> = { invite: 'invited', 'not-now': 'not-now', reject: 'rejected' };
const LEDGER_ACTION: Record<ProposalAnswer, string> = { invite: 'employer-invited', 'not-now': 'employer-not-now', reject: 'employer-rejected' };

@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vacancies: VacanciesService,
    private readonly outbox: OutboxRelay,
  ) {}

  /**
   * Level 2: sends candidates accepted on the shortlist to the employer as anonymised profiles.
   * All or none: one candidate that may not be proposed stops the whole request, naming it.
   */
  async propose(vacancyId: string, dto: ProposeDto, principal: Principal): Promise<ProposalView[]> {
    const vacancy = await this.vacancies.get(vacancyId, principal);
    if (vacancy.status !== 'open') throw new ConflictException(`The vacancy is ${vacancy.status}; only an open vacancy gets proposals.`);
    const proposals = await this.dataSource.transaction(async (manager) => {
      const among = { vacancyId, candidateId: In(dto.candidateIds) };
      // One after the other: a transaction is one connection, which runs one query at a time.
      const byCandidate = <T extends { candidateId: string }>(rows: T[]) => new Map(rows.map((row) => [row.candidateId, row]));
      const decisionOf = byCandidate(await manager.findBy(ShortlistDecision, among));
      const entryOf = byCandidate(await manager.findBy(ShortlistEntry, among));
      const proposalOf = byCandidate(await manager.findBy(Proposal, among));
      const rejectedOf = byCandidate(await manager.findBy(MatchFeedback, among));
      const candidateOf = new Map((await manager.findBy(Candidate, { id: In(dto.candidateIds) })).map((candidate) => [candidate.id, candidate]));
      dto.candidateIds.forEach((candidateId, index) => {
        const refuse = (reason: string) => invalidField(`candidateIds[${index}]`, reason);
        if (rejectedOf.has(candidateId)) throw refuse('was rejected for this vacancy and is never proposed for it again');
        if (proposalOf.has(candidateId)) throw refuse('has already been proposed for this vacancy');
        if (decisionOf.get(candidateId)?.decision !== 'accepted') throw refuse('accept the candidate on the shortlist first');
        if (!entryOf.has(candidateId)) throw refuse('is no longer on the shortlist (no longer available, or no longer fits)');
      });
      const rows = dto.candidateIds.map((candidateId) =>
        manager.create(Proposal, {
          vacancyId,
          employerId: vacancy.employerId,
          candidateId,
          profile: anonymisedProfile(candidateOf.get(candidateId)!, entryOf.get(candidateId)!.reasons, vacancy),
          status: 'proposed',
          proposedBy: principal.subject,
          proposedAt: new Date(),
          version: 1,
        }),
      );
      // A colleague proposing the same candidate at the same moment makes the unique key skip the row here.
      const inserted = await manager.createQueryBuilder().insert().into(Proposal).values(rows).orIgnore().returning('id').execute();
      if (inserted.raw.length !== rows.length) throw new ConflictException('Someone else proposed one of these candidates just now; reload the shortlist.');
      const saved = await manager.findBy(Proposal, among);
      for (const proposal of saved) {
        await recordService(manager, { levels: 2, action: 'proposal', actor: principal, candidateId: proposal.candidateId, vacancyId, subject: { type: 'proposal', id: proposal.id } });
      }
      return saved;
    });
    return proposals.map((proposal) => ProposalView.of(proposal, false));
  }

  /** The employer's answer to one proposed candidate (or an accountmanager recording it for them). */
  async answer(proposalId: string, dto: AnswerDto, principal: Principal): Promise<ProposalView> {
    const rejection = dto.answer === 'reject' ? rejectionOf(dto) : undefined;
    if (!rejection) checkNoRejectionFields(dto);
    const proposal = await this.findVisible(proposalId, principal);
    if (proposal.status === 'invited' || proposal.status === 'rejected') {
      throw new ConflictException(`This candidate was already ${proposal.status}; that answer stands.`);
    }
    const answered = await this.dataSource.transaction(async (manager) => {
      const changes = {
        status: STATUS_OF[dto.answer],
        answerReason: rejection?.reason ?? null,
        answerCompetence: rejection?.competence ?? null,
        answerNote: dto.note ?? null,
        answeredBy: principal.subject,
        answeredAt: new Date(),
      };
      const updated = await updateVersioned(manager, Proposal, { id: proposalId }, dto.version, changes, (current) => ProposalView.of(current, isEmployer(principal)));
      if (rejection) await recordRejection(manager, { id: proposal.vacancyId, employerId: proposal.employerId }, proposal.candidateId, rejection, principal);
      await recordService(manager, {
        levels: 2,
        action: LEDGER_ACTION[dto.answer],
        actor: principal,
        candidateId: proposal.candidateId,
        vacancyId: proposal.vacancyId,
        subject: { type: 'proposal', id: proposal.id },
      });
      return updated;
    });
    if (rejection) this.outbox.kick();
    return ProposalView.of(answered, isEmployer(principal));
  }

  /** An employer sees its own proposals only; staff may filter by employer. */
  async list(principal: Principal, filter: { vacancyId?: string; employerId?: string; status?: ProposalStatus }): Promise<ProposalView[]> {
    if (filter.vacancyId) await this.vacancies.get(filter.vacancyId, principal);
    const where: FindOptionsWhere<Proposal> = {
      ...(filter.vacancyId ? { vacancyId: filter.vacancyId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(isEmployer(principal) ? { employerId: principal.employerId } : filter.employerId ? { employerId: filter.employerId } : {}),
    };
    const proposals = await this.dataSource.getRepository(Proposal).find({ where, order: { proposedAt: 'DESC' } });
    return proposals.map((proposal) => ProposalView.of(proposal, isEmployer(principal)));
  }

  async get(proposalId: string, principal: Principal): Promise<ProposalView> {
    return ProposalView.of(await this.findVisible(proposalId, principal), isEmployer(principal));
  }

  /** Another employer's proposal is not found, so an employer cannot learn that it exists. */
  private async findVisible(id: string, principal: Principal): Promise<Proposal> {
    const where: FindOptionsWhere<Proposal> = isEmployer(principal) ? { id, employerId: principal.employerId } : { id };
    const proposal = await this.dataSource.getRepository(Proposal).findOneBy(where);
    if (!proposal) throw new NotFoundException(`Proposal ${id} not found.`);
    return proposal;
  }
}
