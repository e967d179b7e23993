import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { RejectionDto } from './dto/rejection.dto';
import { ShortlistView } from './shortlist.response';
import { ShortlistsService } from './shortlists.service';

@ApiTags('shortlists')
@ApiBearerAuth()
@Controller('vacancies/:vacancyId/shortlist')
export class ShortlistsController {
  constructor(private readonly shortlists: ShortlistsService) {}

  @Get()
  @Roles('employer', 'accountmanager', 'jobhunter', 'admin')
  get(@IdParam('vacancyId') vacancyId: string, @CurrentPrincipal() principal: Principal): Promise<ShortlistView> {
    return this.shortlists.get(vacancyId, principal);
  }

  /** A candidate turned down for this vacancy, with the reason: feeds the matcher. */
  @Post('rejections')
  @Roles('accountmanager', 'admin')
  reject(@IdParam('vacancyId') vacancyId: string, @Body() dto: RejectionDto, @CurrentPrincipal() principal: Principal) {
    return this.shortlists.reject(vacancyId, dto, principal);
  }
}
