import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import {
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
import { CompetenceLevelDto } from '../validation/common-fields';
import { ItemLevelDto } from '../validation/item-level.dto';

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

/** The fields of a vacancy that anyone it is shown to may see: the API's own view and the exchange's feed. */
export const PUBLISHED_VACANCY_FIELDS = [
  'id',
  'title',
  'description',
  'occupation',
  'sector',
  'postcode',
  'latitude',
  'longitude',
  'region',
  'positions',
  'hoursPerWeek',
  'contractType',
  'startDate',
  'requiredCompetences',
  'desirableCompetences',
  'minimumEducation',
  'demands',
  'openToProefplaatsing',
  'trainingOffered',
  'status',
  'validThrough',
  'workingTimes',
  'salary',
  'source',
  'externalReference',
  'createdAt',
  'updatedAt',
] as const;

/** A vacancy's public side, as the vacancies feature and the vacancy feed both show it. */
@ApiExtraModels(SalaryView)
export class PublishedVacancyView {
  @ApiProperty() id: string;
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
  @ApiProperty({ example: 'werkbrug', description: "Where the vacancy comes from: 'werkbrug' when typed in here" })
  source: string;
  @ApiProperty({ type: String, nullable: true, description: "The source's own id for it, unique per source" })
  externalReference: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;

  static of(vacancy: Vacancy): PublishedVacancyView {
    return pick(vacancy, PUBLISHED_VACANCY_FIELDS);
  }
}

function pick<T, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, source[key]])) as Pick<T, K>;
}
