import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@werkbrug/common';
import { PagedList, pageOf, Paged, PageQuery, slicePage } from '../shared/validation/paging';
import { CreateOrganisationDto } from './dto/create-organisation.dto';
import { OrganisationView } from './organisation.response';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOperation({ summary: 'The members of the werkgeversservicepunt, by name' })
  @ApiOkResponse({ type: [OrganisationView] })
  @PagedList()
  async list(@Query() query: PageQuery): Promise<Paged<OrganisationView>> {
    return slicePage((await this.organisations.list()).map(OrganisationView.of), pageOf(query));
  }

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: "Add a member (a municipality of the region, or UWV): the werkgeversservicepunt's administrators",
  })
  @ApiCreatedResponse({ type: OrganisationView })
  async addMember(
    @Body() dto: CreateOrganisationDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganisationView> {
    return OrganisationView.of(await this.organisations.addMember(principal, dto));
  }
}
