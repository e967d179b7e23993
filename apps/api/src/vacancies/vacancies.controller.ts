import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
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
import { PostVacancyDto } from './dto/create-vacancy.dto';
import { VacancyClosureDto, VacancyReopeningDto, VacancyStatusDto } from './dto/vacancy-lifecycle.dto';
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
  async create(@Body() dto: PostVacancyDto, @CurrentPrincipal() principal: Principal): Promise<VacancyView> {
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
  @ApiOperation({
    summary:
      'Change a vacancy that has not ended; it is matched again. Decisions and proposals made so far stay. The status is not changed here (vacancy.status-by-own-route).',
  })
  @ApiOkResponse({ type: VacancyView })
  @ApiConflictResponse({
    description:
      'Someone changed the vacancy since you read it (the answer carries the current one), or it is closed or expired (vacancy.not-open)',
  })
  async update(
    @IdParam() id: string,
    @Body() dto: UpdateVacancyDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<VacancyView> {
    return VacancyView.of(await this.vacancies.update(id, dto, principal));
  }

  @Put(':id/status')
  @Roles('employer', 'accountmanager', 'admin')
  @ApiOperation({
    summary: 'Open a draft, put an open vacancy on hold, or resume it. On hold it is neither proposed nor offered.',
  })
  @ApiOkResponse({ type: VacancyView })
  @ApiConflictResponse({
    description:
      'vacancy.ended (closed or expired), vacancy.already-in-status, vacancy.draft-not-on-hold, vacancy.valid-through-passed, or a stale version',
  })
  async changeStatus(
    @IdParam() id: string,
    @Body() dto: VacancyStatusDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<VacancyView> {
    return VacancyView.of(await this.vacancies.changeStatus(id, dto, principal));
  }

  @Post(':id/closure')
  @HttpCode(200)
  @Roles('employer', 'accountmanager', 'admin')
  @ApiOperation({
    summary:
      'Close a vacancy for good (filled here, filled elsewhere, withdrawn). Its unsettled proposals, unanswered offers and coming speeddate conversations are withdrawn with the reason.',
  })
  @ApiOkResponse({ type: VacancyView })
  @ApiConflictResponse({ description: 'vacancy.ended (closed or expired already), or a stale version' })
  async close(
    @IdParam() id: string,
    @Body() dto: VacancyClosureDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<VacancyView> {
    return VacancyView.of(await this.vacancies.close(id, dto, principal));
  }

  @Post(':id/reopening')
  @Roles('employer', 'accountmanager', 'admin')
  @ApiOperation({
    summary:
      'Reopen a closed or expired vacancy as a new one (its next generation, reopenedFrom this one), open and matched afresh.',
  })
  @ApiCreatedResponse({ type: VacancyView, description: 'The new vacancy' })
  @ApiConflictResponse({ description: 'vacancy.not-ended (it has not ended), vacancy.already-reopened' })
  async reopen(
    @IdParam() id: string,
    @Body() dto: VacancyReopeningDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<VacancyView> {
    return VacancyView.of(await this.vacancies.reopen(id, dto, principal));
  }
}
