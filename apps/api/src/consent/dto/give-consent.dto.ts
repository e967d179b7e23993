import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSENT_KINDS, ConsentKind } from '@werkbrug/database';
import { BELASTBAARHEID_ITEM_CODES } from '@werkbrug/reference-data';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsOptional, IsUUID } from 'class-validator';

/** A consent the candidate gave, as the klantmanager records it. */
export class GiveConsentDto {
  @ApiProperty({ enum: CONSENT_KINDS })
  @IsIn(CONSENT_KINDS)
  kind: ConsentKind;

  @ApiPropertyOptional({
    description:
      'share-identity only: the proposal (of this candidate) whose employer may learn name and contact details',
  })
  @IsOptional()
  @IsUUID()
  proposalId?: string;

  @ApiPropertyOptional({
    type: [String],
    enum: BELASTBAARHEID_ITEM_CODES,
    description:
      'share-adjustments only: the belastbaarheid items, among the candidate’s limits, that employers may know the limit of',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(BELASTBAARHEID_ITEM_CODES.length)
  @ArrayUnique()
  @IsIn(BELASTBAARHEID_ITEM_CODES, { each: true })
  adjustments?: string[];
}
