import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { invalidField, isEmployer, Principal } from '@werkbrug/common';
import { Candidate, MatchFeedback, Shortlist, ShortlistEntry } from '@werkbrug/database';
import { DataSource } from 'typeorm';
import { requestRematch } from '../outbox/outbox';
import { OutboxRelay } from '../outbox/outbox-relay.service';
import { VacanciesService } from '../vacancies/vacancies.service';
import { RejectionDto } from './dto/rejection.dto';
import { ShortlistView } from './shortlist.response';

@Injectable()
export class ShortlistsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vacancies: VacanciesService,
    private readonly outbox: OutboxRelay,
  ) {}

  /**
   * Records that a candidate was turned down for a vacancy, and why. The candidate leaves this
   * shortlist for good; a missing competence also counts against the candidate at this employer's
   * other vacancies that ask for it. The shortlists concerned are matched again.
   */
  async reject(vacancyId: string, dto: RejectionDto, principal: Principal): Promise<MatchFeedback> {
    if (dto.reason === 'competence-missing' && !dto.competence) throw invalidField('competence', 'name the competence that was missing');
    if (dto.reason !== 'competence-missing' && dto.competence) throw invalidField('competence', 'only with the reason competence-missing');
    if (dto.reason === 'other' && !dto.note) throw invalidField('note', 'explain the reason other');
    const vacancy = await this.vacancies.get(vacancyId, principal);
    const feedback = await this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Candidate, { id: dto.candidateId }))) throw new NotFoundException(`Candidate ${dto.candidateId} not found.`);
      const saved = await manager.save(
        manager.create(MatchFeedback, {
          employerId: vacancy.employerId,
          vacancyId,
          candidateId: dto.candidateId,
          reason: dto.reason,
          competence: dto.competence ?? null,
          note: dto.note ?? null,
          givenBy: principal.subject,
          givenByRole: principal.role,
        }),
      );
      const onOtherShortlists: { id: string }[] = await manager.query(
        `SELECT e.vacancy_id AS id FROM shortlist_entries e JOIN vacancies v ON v.id = e.vacancy_id
          WHERE e.candidate_id = $1 AND v.employer_id = $2 AND v.status = 'open'`,
        [dto.candidateId, vacancy.employerId],
      );
      await requestRematch(manager, [...new Set([vacancyId, ...onOtherShortlists.map((row) => row.id)])]);
      return saved;
    });
    this.outbox.kick();
    return feedback;
  }

  /**
   * The vacancy's current shortlist. Staff see the ranked entries; an employer sees only its own
   * vacancy's state and counts (candidates reach an employer as proposals, never as a list).
   */
  async get(vacancyId: string, principal: Principal): Promise<ShortlistView> {
    await this.vacancies.get(vacancyId, principal); // 404 unless the caller may see the vacancy
    const shortlist = await this.dataSource.getRepository(Shortlist).findOneByOrFail({ vacancyId });
    const view: ShortlistView = {
      vacancyId,
      status: shortlist.matchedGeneration === shortlist.requestedGeneration ? 'ready' : 'pending',
      generation: shortlist.requestedGeneration,
      matchedGeneration: shortlist.matchedGeneration,
      matchedAt: shortlist.matchedAt,
      candidatesConsidered: shortlist.candidatesConsidered,
      candidatesEligible: shortlist.candidatesEligible,
      exclusions: shortlist.exclusions,
    };
    if (isEmployer(principal)) return view;
    const entries = await this.dataSource.getRepository(ShortlistEntry).find({ where: { vacancyId }, order: { rank: 'ASC' } });
    return {
      ...view,
      entries: entries.map(({ rank, candidateId, score, parts, reasons }) => ({ rank, candidateId, score, parts, reasons })),
    };
  }
}
