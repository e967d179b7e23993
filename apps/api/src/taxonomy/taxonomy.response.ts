import { ApiProperty } from '@nestjs/swagger';
import { BELASTBAARHEID_ITEMS } from '@werkbrug/reference-data';
import { DemandItem, SuggestedCompetence, TaxonomyHit } from './taxonomy-search';

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
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'ESCO v1.1.1 occupation URI, or skill URI of a competence (null where ESCO has none)',
    example: 'http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397',
  })
  esco: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'ISCO-08 unit group of an occupation', example: '9112' })
  isco: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Dutch name of the ISCO-08 unit group' })
  iscoLabel: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'For an occupation: the occupation code matching uses for it (its own code, or for an ESCO occupation the nearest of ours); null when none is near, so it cannot be chosen yet',
  })
  countsAs: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The Dutch label of countsAs' })
  countsAsLabel: string | null;
}

export class CompetenceSuggestionView implements SuggestedCompetence {
  @ApiProperty() code: string;
  @ApiProperty({ description: 'Dutch label' }) label: string;
  @ApiProperty({
    enum: ['essential', 'typical', 'optional'],
    description: 'essential or optional for the occupation in ESCO; typical: in our own list for the occupation',
  })
  relation: SuggestedCompetence['relation'];
  @ApiProperty({ type: String, nullable: true, description: 'ESCO skill URI of the competence, where ESCO has one' })
  esco: string | null;
}

export class RegionView {
  @ApiProperty({ description: 'Our slug, used in every request and record', example: 'flevoland' }) code: string;
  @ApiProperty({ description: "CBS's code", example: 'AM11' }) cbsCode: string;
  @ApiProperty({ example: 'Flevoland' }) name: string;
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
