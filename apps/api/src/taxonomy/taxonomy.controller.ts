import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@werkbrug/common';
import { REGIONS } from '@werkbrug/reference-data';
import { WithoutDatabase } from '../shared/openapi/without-database';
import { CompetenceSuggestionsQuery } from './dto/competence-suggestions.query';
import { TaxonomySearchQuery } from './dto/taxonomy-search.query';
import { demandItems, searchTaxonomy, suggestCompetences } from './taxonomy-search';
import { ReferenceFieldErrors } from '../shared/validation/field-codes';
import { CompetenceSuggestionView, DemandItemView, RegionView, TaxonomyHitView } from './taxonomy.response';

/**
 * Reference data for forms: occupations (ours and all of ESCO's) and competences to pick with
 * search-as-you-type, the competences to suggest for an occupation, and the demand items.
 */
@ApiTags('taxonomy')
@ApiBearerAuth()
@WithoutDatabase()
@Controller('taxonomy')
export class TaxonomyController {
  @Get('search')
  @Roles('employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOperation({
    summary: 'Occupations or competences by part of a label or synonym, best match first (at most 25)',
    description:
      "Occupations are Werkbrug's own and all ESCO v1.1.1 occupations in Dutch (ESCO, European Commission). " +
      'An ESCO occupation counts as the nearest of ours in matching (`countsAs`); one with `countsAs` null cannot be chosen yet.',
  })
  @ApiOkResponse({ type: [TaxonomyHitView] })
  search(@Query() query: TaxonomySearchQuery): TaxonomyHitView[] {
    return searchTaxonomy(query.q, query.kind, query.limit ?? 10);
  }

  @Get('competence-suggestions')
  @Roles('employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOperation({
    summary:
      'The competences to suggest for an occupation: those ESCO names essential first, then our typical ones, then optional',
    description:
      'Only competences of our taxonomy, with their Dutch labels; ESCO v1.1.1 (European Commission) relates them.',
  })
  @ApiOkResponse({ type: [CompetenceSuggestionView] })
  competenceSuggestions(@Query() query: CompetenceSuggestionsQuery): CompetenceSuggestionView[] {
    const suggestions = suggestCompetences(query.occupation);
    if (!suggestions)
      throw ReferenceFieldErrors.unknownOccupation.at('occupation', 'not an occupation code or ESCO occupation URI');
    return suggestions;
  }

  @Get('regions')
  @Roles('employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOperation({
    summary: "The 35 arbeidsmarktregio's: our slug, CBS's code (AMxx) and name",
    description: "CBS's official division (StatLine 86247NED, CC BY 4.0, credit CBS).",
  })
  @ApiOkResponse({ type: [RegionView] })
  regions(): RegionView[] {
    return REGIONS.map(({ code, cbsCode, name }) => ({ code, cbsCode, name }));
  }

  @Get('demands')
  @Roles('employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOperation({
    summary: 'The belastbaarheid items a vacancy states its demands on, with their levels in plain Dutch',
  })
  @ApiOkResponse({ type: [DemandItemView] })
  demands(): DemandItemView[] {
    return demandItems();
  }
}
