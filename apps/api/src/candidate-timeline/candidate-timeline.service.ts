import { Injectable } from '@nestjs/common';
import { Page, Paged, pageFrom } from '../shared/validation/paging';
import { CandidateTimelineRepository, TimelineRow } from './candidate-timeline.repository';

/**
 * "What happened to my client": every action of the five levels and every result for one candidate,
 * read from the ledger of levels (each is written there in the transaction of the action itself), so
 * offers, shortlist decisions, proposals and the employer's answers, speeddates, training, outreach,
 * placements and outcomes come in one timeline without asking each feature.
 */
@Injectable()
export class CandidateTimelineService {
  constructor(private readonly timeline: CandidateTimelineRepository) {}

  async of(candidateId: string, page: Page): Promise<Paged<TimelineRow>> {
    return pageFrom(await this.timeline.of(candidateId, page), page);
  }
}
