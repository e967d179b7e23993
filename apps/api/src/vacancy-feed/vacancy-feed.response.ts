import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CompetenceLevel, ItemLevel, VACANCY_STATUSES, VacancyStatus } from '@werkbrug/database';
import {
  CONTRACT_TYPES,
  ContractType,
  EducationLevel,
  findOccupation,
  findPostcodeArea,
  sectorLabel,
} from '@werkbrug/reference-data';
import { CompetenceLevelDto } from '../shared/validation/common-fields';
import { ItemLevelDto } from '../shared/validation/item-level.dto';
import type { VacancyWithEmployer } from './vacancy-feed.repository';

/** The employer as the feed shows it: its name, sector and KvK number, never a contact person. */
export class FeedEmployerView {
  @ApiProperty({ example: 'Schoonmaakbedrijf Helder' }) name: string;
  @ApiProperty({ description: 'SBI section letter', example: 'N' }) sector: string;
  @ApiProperty({ type: String, nullable: true, description: 'KvK-nummer (8 digits)', example: '12345678' })
  kvkNumber: string | null;
}

/** A published vacancy in the feed: its public fields, enough to show it and to match candidates against it. */
export class FeedVacancyView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'Schoonmaker kantoren' }) title: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ description: 'Occupation code', example: 'cleaner' }) occupation: string;
  @ApiProperty({ example: 'schoonmaker' }) occupationLabel: string;
  @ApiProperty({ description: 'SBI section letter', example: 'N' }) sector: string;
  @ApiProperty({ example: 'Verhuur en overige zakelijke diensten' }) sectorLabel: string;
  @ApiProperty({ description: 'PC4 of the workplace', example: '1316' }) postcode: string;
  @ApiProperty({ type: String, nullable: true, description: 'Municipality of the workplace', example: 'Almere' })
  place: string | null;
  @ApiProperty({ description: 'Centre of the postcode area' }) latitude: number;
  @ApiProperty({ description: 'Centre of the postcode area' }) longitude: number;
  @ApiProperty({ description: 'The arbeidsmarktregio of the workplace', example: 'flevoland' }) region: string;
  @ApiProperty() positions: number;
  @ApiProperty() hoursPerWeek: number;
  @ApiProperty({ enum: CONTRACT_TYPES }) contractType: ContractType;
  @ApiProperty({ format: 'date', type: String, nullable: true, example: '2027-01-04' }) startDate: string | null;
  @ApiProperty({ type: [CompetenceLevelDto] }) requiredCompetences: Omit<CompetenceLevel, 'years'>[];
  @ApiProperty({ type: [CompetenceLevelDto] }) desirableCompetences: Omit<CompetenceLevel, 'years'>[];
  @ApiProperty({ type: String, nullable: true, example: 'mbo2' }) minimumEducation: EducationLevel | null;
  @ApiProperty({ type: [ItemLevelDto], description: 'What the job asks on the belastbaarheid items, hours included' })
  demands: ItemLevel[];
  @ApiProperty() openToProefplaatsing: boolean;
  @ApiProperty() trainingOffered: boolean;
  @ApiProperty({ enum: VACANCY_STATUSES, description: 'Always open here: in any other status it is removed' })
  status: VacancyStatus;
  @ApiProperty({ type: FeedEmployerView }) employer: FeedEmployerView;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt: Date;

  static of(vacancy: VacancyWithEmployer): FeedVacancyView {
    const { employer } = vacancy;
    return {
      id: vacancy.id,
      title: vacancy.title,
      description: vacancy.description,
      occupation: vacancy.occupation,
      occupationLabel: findOccupation(vacancy.occupation)?.label ?? vacancy.occupation,
      sector: vacancy.sector,
      sectorLabel: sectorLabel(vacancy.sector) ?? vacancy.sector,
      postcode: vacancy.postcode,
      place: findPostcodeArea(vacancy.postcode)?.municipality ?? null,
      latitude: vacancy.latitude,
      longitude: vacancy.longitude,
      region: vacancy.region,
      positions: vacancy.positions,
      hoursPerWeek: vacancy.hoursPerWeek,
      contractType: vacancy.contractType,
      startDate: vacancy.startDate,
      requiredCompetences: vacancy.requiredCompetences,
      desirableCompetences: vacancy.desirableCompetences,
      minimumEducation: vacancy.minimumEducation,
      demands: vacancy.demands,
      openToProefplaatsing: vacancy.openToProefplaatsing,
      trainingOffered: vacancy.trainingOffered,
      status: vacancy.status,
      employer: { name: employer.name, sector: employer.sector, kvkNumber: employer.kvkNumber },
      createdAt: vacancy.createdAt,
      updatedAt: vacancy.updatedAt,
    };
  }
}

/** One vacancy in a page of the feed: its current state, or `{ id, removed: true }` once it is no longer published. */
export class VacancyFeedItem {
  @ApiProperty({ description: 'The vacancy' }) id: string;
  @ApiProperty({ description: 'No longer published (on hold, closed, filled, expired or gone): take it down' })
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
