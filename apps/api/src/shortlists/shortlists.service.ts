import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEmployer, Principal } from '@werkbrug/common';
import { Shortlist, ShortlistEntry } from '@werkbrug/database';
import { DataSource } from 'typeorm';
import { VacanciesService } from '../vacancies/vacancies.service';
import { ShortlistView } from './shortlist.response';

@Injectable()
export class ShortlistsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vacancies: VacanciesService,
  ) {}

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
