import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { CollapseSpaces } from '../../shared/validation/common-fields';

/** The kinds of member the werkgeversservicepunt adds; the WSP itself exists from the start. */
export const MEMBER_KINDS = ['municipality', 'uwv'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

export class CreateOrganisationDto {
  @ApiProperty({ description: 'Short name, lower case with hyphens: configuration names it', example: 'dronten' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lower-case letters and digits joined by hyphens' })
  @Length(2, 60)
  slug: string;

  @ApiProperty({ enum: MEMBER_KINDS })
  @IsIn(MEMBER_KINDS)
  kind: MemberKind;

  @ApiProperty({ example: 'Gemeente Dronten' })
  @CollapseSpaces()
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiPropertyOptional({ description: 'CBS gemeentecode of a municipality', example: 'GM0303' })
  @IsOptional()
  @Matches(/^GM[0-9]{4}$/, { message: 'municipalityCode must be a CBS gemeentecode like GM0034' })
  municipalityCode?: string;

  @ApiPropertyOptional({
    description: "The arbeidsmarktregio; it must be the werkgeversservicepunt's own (the default)",
    example: 'flevoland',
  })
  @IsOptional()
  @IsString()
  regionCode?: string;
}
