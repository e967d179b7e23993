import { ApiProperty } from '@nestjs/swagger';
import { BELASTBAARHEID_ITEMS } from '@werkbrug/reference-data';
import { DemandItem, TaxonomyHit } from './taxonomy-search';

export class TaxonomyHitView implements TaxonomyHit {
  @ApiProperty() code: string;
  @ApiProperty({ description: 'Dutch label' }) label: string;
  @ApiProperty({ type: String, nullable: true, description: 'The synonym that matched, when the label did not' })
  matchedSynonym: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'SBI section letter of an occupation; null for a competence',
  })
  sector: string | null;
}

class DemandLevelView {
  @ApiProperty() level: number;
  @ApiProperty({ example: 'gemiddeld' }) label: string;
}

export class DemandItemView implements DemandItem {
  @ApiProperty({ enum: BELASTBAARHEID_ITEMS.map((item) => item.code) }) code: string;
  @ApiProperty({ example: 'tillen en dragen' }) label: string;
  @ApiProperty({ description: 'FML section I–VI' }) section: string;
  @ApiProperty() sectionLabel: string;
  @ApiProperty({ enum: ['scale', 'kg', 'hours', 'yesNo'] }) unit: DemandItem['unit'];
  @ApiProperty() min: number;
  @ApiProperty() max: number;
  @ApiProperty({ type: [DemandLevelView], description: 'The levels in plain words; for kg the usual steps' })
  levels: DemandLevelView[];
}
