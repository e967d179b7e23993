import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { findOccupation, findPostcodeArea, sectorLabel } from '@werkbrug/reference-data';
import { PublishedVacancyView } from '../shared/vacancies/published-vacancy.view';
import type { VacancyWithEmployer } from './vacancy-feed.repository';

/** The employer as the feed shows it: its name, sector and KvK number, never a contact person. */
export class FeedEmployerView {
  @ApiProperty({ example: 'Schoonmaakbedrijf Helder' }) name: string;
  @ApiProperty({ description: 'SBI section letter', example: 'N' }) sector: string;
  @ApiProperty({ type: String, nullable: true, description: 'KvK-nummer (8 digits)', example: '12345678' })
  kvkNumber: string | null;
}

/** How to apply as the feed passes it on: the instructions and the address, never a person's e-mail or phone. */
export class FeedApplicationView {
  @ApiProperty({ type: String, nullable: true }) instructions: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uri' }) url: string | null;
}

export class FeedVacancyView extends PublishedVacancyView {
  @ApiProperty({ example: 'schoonmaker' }) occupationLabel: string;
  @ApiProperty({ example: 'Verhuur en overige zakelijke diensten' }) sectorLabel: string;
  @ApiProperty({ type: String, nullable: true, description: 'Municipality of the workplace', example: 'Almere' })
  place: string | null;
  @ApiProperty({ type: FeedApplicationView, nullable: true }) application: FeedApplicationView | null;
  @ApiProperty({ type: FeedEmployerView }) employer: FeedEmployerView;

  static override of(vacancy: VacancyWithEmployer): FeedVacancyView {
    const { employer, application } = vacancy;
    return {
      ...PublishedVacancyView.of(vacancy),
      occupationLabel: findOccupation(vacancy.occupation)?.label ?? vacancy.occupation,
      sectorLabel: sectorLabel(vacancy.sector) ?? vacancy.sector,
      place: findPostcodeArea(vacancy.postcode)?.municipality ?? null,
      application:
        application && (application.instructions || application.url)
          ? { instructions: application.instructions, url: application.url }
          : null,
      employer: { name: employer.name, sector: employer.sector, kvkNumber: employer.kvkNumber },
    };
  }
}

/** One vacancy in a page of the feed: its current state, or `{ id, removed: true }` once it is no longer published. */
export class VacancyFeedItem {
  @ApiProperty({ description: 'The vacancy' }) id: string;
  @ApiProperty({ description: 'No longer published (on hold, closed, expired or gone): take it down' })
  removed: boolean;
  @ApiPropertyOptional({ type: FeedVacancyView, description: 'The vacancy as it is now; left out when removed' })
  vacancy?: FeedVacancyView;
}

export class VacancyFeedPage {
  @ApiProperty({
    type: [VacancyFeedItem],
    description: 'Each vacancy at most once, in the order of its latest change (in the snapshot: by id)',
  })
  items: VacancyFeedItem[];
  @ApiProperty({ description: 'Pass as cursor for the next page; keep it to ask again later when more is false' })
  nextCursor: string;
  @ApiProperty({ description: 'More follow now; false when the reader has caught up' })
  more: boolean;
  @ApiProperty({
    enum: ['snapshot', 'changes'],
    description: 'snapshot: the vacancies published when reading began; changes: every change since',
  })
  phase: 'snapshot' | 'changes';
}
