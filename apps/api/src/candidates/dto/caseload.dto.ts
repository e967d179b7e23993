import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';
import { PageQuery } from '../../shared/validation/paging';

export const CASELOADS = ['mine', 'organisation'] as const;
export type Caseload = (typeof CASELOADS)[number];

export class CandidateListQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: CASELOADS,
    description:
      "mine: the caller's own caseload (the default for klantmanagers and jobhunters); organisation: all of the organisation's candidates (the default for administrators; klantmanagers open a colleague's candidate with a stated purpose)",
  })
  @IsOptional()
  @IsIn(CASELOADS)
  caseload?: Caseload;
}

export const CASELOAD_AVAILABILITIES = ['unconfirmed'] as const;
export type CaseloadAvailability = (typeof CASELOAD_AVAILABILITIES)[number];

export class CaseloadQuery extends CandidateListQuery {
  @ApiPropertyOptional({
    enum: CASELOAD_AVAILABILITIES,
    description:
      'unconfirmed: only available candidates whose availability was last confirmed more than AVAILABILITY_FLAG_DAYS ago (flagged or expired)',
  })
  @IsOptional()
  @IsIn(CASELOAD_AVAILABILITIES)
  availability?: CaseloadAvailability;

  @ApiPropertyOptional({
    description:
      "Only candidates whose name contains this, or whose postcode starts with it. A jobhunter lists the organisation's candidates only with it (level 4: work for anyone of the organisation, found by name or postcode, never browsed)",
    minLength: 2,
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  search?: string;
}

export class AssignKlantmanagerDto {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A klantmanager of the organisation; null: none',
  })
  @ValidateIf((_dto, value) => value !== null)
  @IsUUID()
  klantmanagerId: string | null;
}

export class AssignJobhunterDto {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A jobhunter of the organisation; null: none',
  })
  @ValidateIf((_dto, value) => value !== null)
  @IsUUID()
  jobhunterId: string | null;
}
