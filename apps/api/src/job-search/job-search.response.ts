import { ApiProperty } from '@nestjs/swagger';

class BelastbaarheidFitView {
  @ApiProperty({ description: "Whether the candidate can carry this job's demands" }) fitsDemands: boolean;
  @ApiProperty({ type: [String], description: 'Demands of this job close to or beyond what the candidate can carry' })
  toDiscuss: string[];
}

class JobSearchVacancyView {
  @ApiProperty() rank: number;
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid' }) employerId: string;
  @ApiProperty() occupation: string;
  @ApiProperty() sector: string;
  @ApiProperty() postcode: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) score: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Part scores 0-1' })
  parts: Record<string, number>;
  @ApiProperty({ type: [String] }) reasons: string[];
  @ApiProperty({ type: BelastbaarheidFitView }) belastbaarheid: BelastbaarheidFitView;
}

class EmployerToApproachView {
  @ApiProperty({ format: 'uuid' }) employerId: string;
  @ApiProperty() name: string;
  @ApiProperty() sector: string;
  @ApiProperty() distanceKm: number;
  @ApiProperty({ description: 'Why this employer is worth a call, in Dutch' }) why: string;
}

/** Level 4 for one candidate: vacancies ranked for them, and employers without a vacancy to approach. */
export class JobSearchView {
  @ApiProperty({ format: 'uuid' }) candidateId: string;
  @ApiProperty({ type: [JobSearchVacancyView] }) vacancies: JobSearchVacancyView[];
  @ApiProperty({ type: [EmployerToApproachView] }) employersWithoutVacancy: EmployerToApproachView[];
  @ApiProperty({
    description:
      "Whether a kansrijkheid used here is the shipped table's: illustrative until an administrator replaces it",
  })
  kansrijkheidIllustrative: boolean;
}
