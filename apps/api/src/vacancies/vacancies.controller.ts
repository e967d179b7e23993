import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { PagedList, Paged } from '../shared/validation/paging';
import { CreateVacancyDto } from './dto/create-vacancy.dto';
import { ListVacanciesQuery } from './dto/list-vacancies.query';
import { UpdateVacancyDto } from './dto/update-vacancy.dto';
import { VacanciesService } from './vacancies.service';
import { VacancyView } from './vacancy.response';

@ApiTags('vacancies')
@ApiBearerAuth()
@Controller('vacancies')
export class VacanciesController {
  constructor(private readonly vacancies: VacanciesService) {}

  @Post()
  @Roles('employer', 'accountmanager', 'admin')
  @ApiCreatedResponse({ type: VacancyView })
  async create(@Body() dto: CreateVacancyDto, @CurrentPrincipal() principal: Principal): Promise<VacancyView> {
    return VacancyView.of(await this.vacancies.create(dto, principal));
  }

  @Get()
  @Roles('employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOkResponse({ type: [VacancyView] })
  @PagedList()
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListVacanciesQuery,
  ): Promise<Paged<VacancyView>> {
    const { items, more } = await this.vacancies.list(principal, query);
    return { items: items.map(VacancyView.of), more };
  }

  @Get(':id')
  @Roles('employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOkResponse({ type: VacancyView })
  async get(@IdParam() id: string, @CurrentPrincipal() principal: Principal): Promise<VacancyView> {
    return VacancyView.of(await this.vacancies.get(id, principal));
  }

  @Put(':id')
  @Roles('employer', 'accountmanager', 'admin')
  @ApiOperation({ summary: 'Change an open vacancy; it is matched again. Decisions and proposals made so far stay.' })
  @ApiOkResponse({ type: VacancyView })
  @ApiConflictResponse({
    description:
      'Someone changed the vacancy since you read it (the answer carries the current one), or it is no longer open',
  })
  async update(
    @IdParam() id: string,
    @Body() dto: UpdateVacancyDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<VacancyView> {
    return VacancyView.of(await this.vacancies.update(id, dto, principal));
  }
}
