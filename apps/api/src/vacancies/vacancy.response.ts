import { ApiProperty } from '@nestjs/swagger';
import { CompetenceLevel, ItemLevel, Vacancy, VACANCY_STATUSES, VacancyStatus } from '@werkbrug/database';
import { CONTRACT_TYPES, ContractType, EducationLevel } from '@werkbrug/reference-data';
import { CompetenceLevelDto } from '../shared/validation/common-fields';
import { ItemLevelDto } from '../shared/validation/item-level.dto';

/** A vacancy as its employer and staff see it. */
export class VacancyView {
  @ApiProperty() id: string;
  @ApiProperty() employerId: string;
  @ApiProperty({ example: 'Magazijnmedewerker (24-32 uur)' }) title: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ description: 'Occupation code', example: 'order-picker' }) occupation: string;
  @ApiProperty({ description: 'SBI section letter', example: 'H' }) sector: string;
  @ApiProperty({ description: 'PC4 of the workplace', example: '1316' }) postcode: string;
  @ApiProperty({ description: 'Centre of the postcode area' }) latitude: number;
  @ApiProperty({ description: 'Centre of the postcode area' }) longitude: number;
  @ApiProperty({ description: 'The arbeidsmarktregio of the workplace', example: 'flevoland' }) region: string;
  @ApiProperty() positions: number;
  @ApiProperty() hoursPerWeek: number;
  @ApiProperty({ enum: CONTRACT_TYPES }) contractType: ContractType;
  @ApiProperty({ format: 'date', type: String, nullable: true, example: '2027-01-05' }) startDate: string | null;
  @ApiProperty({ type: [CompetenceLevelDto] }) requiredCompetences: Omit<CompetenceLevel, 'years'>[];
  @ApiProperty({ type: [CompetenceLevelDto] }) desirableCompetences: Omit<CompetenceLevel, 'years'>[];
  @ApiProperty({ type: String, nullable: true, example: 'mbo2' }) minimumEducation: EducationLevel | null;
  @ApiProperty({ type: [ItemLevelDto], description: 'What the job asks on the belastbaarheid items, hours included' })
  demands: ItemLevel[];
  @ApiProperty() openToProefplaatsing: boolean;
  @ApiProperty() trainingOffered: boolean;
  @ApiProperty({ enum: VACANCY_STATUSES }) status: VacancyStatus;
  @ApiProperty({ type: String, nullable: true, description: 'The placement agreement (level 5) it counts towards' })
  agreementId: string | null;
  @ApiProperty({ description: 'Send it back with a change: a change made on an older version is refused' })
  version: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;

  static of(vacancy: Vacancy): VacancyView {
    return {
      id: vacancy.id,
      employerId: vacancy.employerId,
      title: vacancy.title,
      description: vacancy.description,
      occupation: vacancy.occupation,
      sector: vacancy.sector,
      postcode: vacancy.postcode,
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
      agreementId: vacancy.agreementId,
      version: vacancy.version,
      createdAt: vacancy.createdAt,
      updatedAt: vacancy.updatedAt,
    };
  }
}
