import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import {
  ApplicationContact,
  CLOSE_REASONS,
  CloseReason,
  CompetenceLevel,
  ItemLevel,
  SALARY_PERIODS,
  SalaryRange,
  Vacancy,
  VACANCY_STATUSES,
  VacancyStatus,
  WORKING_TIME_PARTS,
  WorkingTimes,
} from '@werkbrug/database';
import { CONTRACT_TYPES, ContractType, EducationLevel } from '@werkbrug/reference-data';
import { CompetenceLevelDto } from '../shared/validation/common-fields';
import { ItemLevelDto } from '../shared/validation/item-level.dto';

export class WorkingTimesView {
  @ApiProperty({ enum: WORKING_TIME_PARTS, isArray: true }) parts: WorkingTimes['parts'];
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class SalaryView {
  @ApiProperty({ example: 2600 }) min: number;
  @ApiProperty({ example: 3100 }) max: number;
  @ApiProperty({ enum: ['EUR'] }) currency: 'EUR';
  @ApiProperty({ enum: SALARY_PERIODS }) period: SalaryRange['period'];
}

export class ApplicationView {
  @ApiProperty({ type: String, nullable: true }) instructions: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uri' }) url: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'email' }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
}

/** A vacancy as its employer and staff see it. */
@ApiExtraModels(SalaryView, ApplicationView)
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
  @ApiProperty({
    enum: VACANCY_STATUSES,
    description: 'draft → open ⇄ on-hold → closed (closeReason) or expired (past validThrough)',
  })
  status: VacancyStatus;
  @ApiProperty({ format: 'date', type: String, description: 'The closing date, a Dutch calendar day' })
  validThrough: string;
  @ApiProperty({ type: WorkingTimesView }) workingTimes: WorkingTimes;
  @ApiProperty({ allOf: [{ $ref: getSchemaPath(SalaryView) }], nullable: true, description: 'Gross' })
  salary: SalaryRange | null;
  @ApiProperty({
    allOf: [{ $ref: getSchemaPath(ApplicationView) }],
    nullable: true,
    description: 'How to apply or whom to contact',
  })
  application: ApplicationContact | null;
  @ApiProperty({ example: 'werkbrug', description: "Where the vacancy comes from: 'werkbrug' when typed in here" })
  source: string;
  @ApiProperty({ type: String, nullable: true, description: "The source's own id for it, unique per source" })
  externalReference: string | null;
  @ApiProperty({ type: String, enum: CLOSE_REASONS, nullable: true }) closeReason: CloseReason | null;
  @ApiProperty({ type: String, nullable: true, description: 'The user who closed it' }) closedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was closed or expired' })
  closedAt: Date | null;
  @ApiProperty({ type: String, nullable: true, description: 'The closed or expired vacancy this one reopens' })
  reopenedFrom: string | null;
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
      validThrough: vacancy.validThrough,
      workingTimes: vacancy.workingTimes,
      salary: vacancy.salary,
      application: vacancy.application,
      source: vacancy.source,
      externalReference: vacancy.externalReference,
      closeReason: vacancy.closeReason,
      closedBy: vacancy.closedBy,
      closedAt: vacancy.closedAt,
      reopenedFrom: vacancy.reopenedFrom,
      agreementId: vacancy.agreementId,
      version: vacancy.version,
      createdAt: vacancy.createdAt,
      updatedAt: vacancy.updatedAt,
    };
  }
}
