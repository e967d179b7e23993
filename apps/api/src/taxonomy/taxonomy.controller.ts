import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@werkbrug/common';
import { WithoutDatabase } from '../shared/openapi/without-database';
import { TaxonomySearchQuery } from './dto/taxonomy-search.query';
import { demandItems, searchTaxonomy } from './taxonomy-search';
import { DemandItemView, TaxonomyHitView } from './taxonomy.response';

/** Reference data for forms: occupations and competences to pick with search-as-you-type, and the demand items. */
@ApiTags('taxonomy')
@ApiBearerAuth()
@WithoutDatabase()
@Controller('taxonomy')
export class TaxonomyController {
  @Get('search')
  @Roles('employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOperation({ summary: 'Occupations or competences by part of a label or synonym, best match first (at most 25)' })
  @ApiOkResponse({ type: [TaxonomyHitView] })
  search(@Query() query: TaxonomySearchQuery): TaxonomyHitView[] {
    return searchTaxonomy(query.q, query.kind, query.limit ?? 10);
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
