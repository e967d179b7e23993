import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { PagedList, pageOf, Paged, PageQuery, slicePage } from '../shared/validation/paging';
import { ListEmployersQuery, SetAccountTeamDto } from './dto/account-team.dto';
import { CreateEmployerDto } from './dto/create-employer.dto';
import { AccountTeamMemberView, EmployerView } from './employer.response';
import { EmployersService } from './employers.service';

@ApiTags('employers')
@ApiBearerAuth()
@Controller('employers')
export class EmployersController {
  constructor(private readonly employers: EmployersService) {}

  @Post()
  @Roles('accountmanager', 'admin')
  @ApiCreatedResponse({ type: EmployerView })
  async create(@Body() dto: CreateEmployerDto): Promise<EmployerView> {
    return EmployerView.of(await this.employers.create(dto));
  }

  @Get()
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOperation({ summary: 'Employers by name; team=mine: those whose account team you are on' })
  @ApiOkResponse({ type: [EmployerView] })
  @PagedList()
  async list(
    @Query() query: ListEmployersQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Paged<EmployerView>> {
    const mine = query.team === 'mine' ? principal.userId : undefined;
    const { items, more } = await this.employers.list(pageOf(query), mine);
    return { items: items.map(EmployerView.of), more };
  }

  @Get(':id')
  @Roles('employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOkResponse({ type: EmployerView })
  async get(@IdParam() id: string, @CurrentPrincipal() principal: Principal): Promise<EmployerView> {
    return EmployerView.of(await this.employers.get(id, principal));
  }

  @Get(':id/account-team')
  @Roles('employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOperation({ summary: "The employer's account team: accountmanagers of any member organisation" })
  @ApiOkResponse({ type: [AccountTeamMemberView] })
  @PagedList()
  async accountTeam(
    @IdParam() id: string,
    @CurrentPrincipal() principal: Principal,
    @Query() query: PageQuery,
  ): Promise<Paged<AccountTeamMemberView>> {
    return slicePage(await this.employers.accountTeam(id, principal), pageOf(query));
  }

  @Put(':id/account-team')
  @Roles('accountmanager', 'admin')
  @ApiOperation({ summary: 'Replace the account team' })
  @ApiOkResponse({ type: [AccountTeamMemberView] })
  setAccountTeam(
    @IdParam() id: string,
    @Body() dto: SetAccountTeamDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AccountTeamMemberView[]> {
    return this.employers.setAccountTeam(id, dto.userIds, principal);
  }
}
