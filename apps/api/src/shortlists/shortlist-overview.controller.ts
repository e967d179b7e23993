import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@werkbrug/common';
import { ShortlistOverviewView } from './shortlist-overview.response';
import { ShortlistsService } from './shortlists.service';
import { PagedList, pageOf, PageQuery, Paged } from '../shared/validation/paging';

@ApiTags('shortlists')
@ApiBearerAuth()
@Controller('shortlists')
export class ShortlistOverviewController {
  constructor(private readonly shortlists: ShortlistsService) {}

  /** The shortlist state of every open vacancy, for the accountmanager's work list: counts only, so nothing to audit. */
  @Get()
  @Roles('accountmanager', 'jobhunter', 'admin')
  @ApiOkResponse({ type: [ShortlistOverviewView] })
  @PagedList()
  overview(@Query() query: PageQuery): Promise<Paged<ShortlistOverviewView>> {
    return this.shortlists.overview(pageOf(query));
  }
}
