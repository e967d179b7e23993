import { ApiProperty } from '@nestjs/swagger';
import { ORGANISATION_KINDS, type Organisation, type OrganisationKind } from '@werkbrug/database';

export class OrganisationView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'almere' }) slug: string;
  @ApiProperty({ example: 'Gemeente Almere' }) name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
  @ApiProperty({ description: 'The arbeidsmarktregio', example: 'flevoland' }) regionCode: string;
  @ApiProperty({ type: String, nullable: true, description: 'CBS gemeentecode of a municipality', example: 'GM0034' })
  municipalityCode: string | null;

  static of({ id, slug, name, kind, regionCode, municipalityCode }: Organisation): OrganisationView {
    return { id, slug, name, kind, regionCode, municipalityCode };
  }
}
