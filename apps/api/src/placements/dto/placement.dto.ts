import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import {
  Instrument,
  INSTRUMENTS,
  PLACEMENT_KINDS,
  PlacementKind,
  SERVICE_LEVELS,
  ServiceLevel,
  Uitstroom,
  UITSTROOM,
} from '@werkbrug/database';
import { CONTRACT_TYPES, ContractType } from '@werkbrug/reference-data';
import { IsCalendarDate } from '../../shared/validation/common-fields';
import { PageQuery } from '../../shared/validation/paging';

export class CreatePlacementDto {
  @ApiProperty()
  @IsUUID()
  candidateId: string;

  @ApiProperty()
  @IsUUID()
  employerId: string;

  @ApiPropertyOptional({ description: "One of the employer's vacancies; its agreement, if any, is the placement's" })
  @IsOptional()
  @IsUUID()
  vacancyId?: string;

  @ApiProperty({ enum: PLACEMENT_KINDS })
  @IsIn(PLACEMENT_KINDS)
  kind: PlacementKind;

  @ApiPropertyOptional({
    enum: UITSTROOM,
    description: 'Required for paid work, and only for it: leaving benefit fully or partly',
  })
  @IsOptional()
  @IsIn(UITSTROOM)
  uitstroom?: Uitstroom;

  @ApiProperty({ description: 'A proefplaatsing ends two months later', example: '2027-02-01' })
  @IsCalendarDate()
  startsOn: string;

  @ApiProperty({ minimum: 1, maximum: 40 })
  @IsInt()
  @Min(1)
  @Max(40)
  hoursPerWeek: number;

  @ApiPropertyOptional({ enum: CONTRACT_TYPES, description: 'Required for paid work' })
  @IsOptional()
  @IsIn(CONTRACT_TYPES)
  contractType?: ContractType;

  @ApiProperty({ enum: INSTRUMENTS, isArray: true, description: 'Instruments used, e.g. loonkostensubsidie' })
  @IsArray()
  @ArrayMaxSize(INSTRUMENTS.length)
  @ArrayUnique()
  @IsIn(INSTRUMENTS, { each: true })
  instruments: Instrument[];

  @ApiPropertyOptional({
    type: [Number],
    enum: SERVICE_LEVELS,
    description:
      'Leave out: the levels are those of what Werkbrug recorded as leading to the placement (an offer, a proposal or speeddate, a training plan, outreach, an agreement). Sent, they must be those, or the placement is refused (placement.levels-not-derived)',
    example: [2],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SERVICE_LEVELS.length)
  @ArrayUnique()
  @IsIn(SERVICE_LEVELS, { each: true })
  levels?: ServiceLevel[];
}

export class ProefplaatsingDecisionDto {
  @ApiProperty({ enum: ['contract', 'no-contract'] })
  @IsIn(['contract', 'no-contract'])
  decision: 'contract' | 'no-contract';

  @ApiProperty({ description: 'With a contract, the paid work starts on this day', example: '2027-04-01' })
  @IsCalendarDate()
  decidedOn: string;

  @ApiPropertyOptional({ enum: UITSTROOM, description: 'Required with a contract' })
  @IsOptional()
  @IsIn(UITSTROOM)
  uitstroom?: Uitstroom;

  @ApiPropertyOptional({ enum: CONTRACT_TYPES, description: 'Required with a contract' })
  @IsOptional()
  @IsIn(CONTRACT_TYPES)
  contractType?: ContractType;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 40,
    description: "With a contract; the proefplaatsing's hours if left out",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(40)
  hoursPerWeek?: number;

  @ApiProperty({ description: 'The version of the proefplaatsing you read' })
  @IsInt()
  @Min(1)
  version: number;
}

export class SixMonthCheckDto {
  @ApiProperty({ description: 'Still in work six months after the start (duurzame uitstroom)' })
  @IsBoolean()
  lasted: boolean;

  @ApiProperty({ description: 'Six months after the start or later, not in the future', example: '2027-08-01' })
  @IsCalendarDate()
  checkedOn: string;

  @ApiProperty({ description: 'The version of the placement you read' })
  @IsInt()
  @Min(1)
  version: number;
}

export class ListPlacementsQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  candidateId?: string;

  @ApiPropertyOptional({ description: 'Staff only; an employer always sees its own' })
  @IsOptional()
  @IsUUID()
  employerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  agreementId?: string;

  @ApiPropertyOptional({ description: 'Started on or after', example: '2027-01-01' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Started on or before', example: '2027-12-31' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
