import { Body, Controller, Get, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, FieldErrors, IdParam, Principal, Roles } from '@werkbrug/common';
import { CreateVacancyDto } from './dto/create-vacancy.dto';
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
  @ApiQuery({ name: 'employerId', required: false, description: 'Staff only: the vacancies of one employer' })
  @ApiOkResponse({ type: [VacancyView] })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query(
      'employerId',
      new ParseUUIDPipe({ optional: true, exceptionFactory: () => FieldErrors.notUuid.at('employerId') }),
    )
    employerId?: string,
  ): Promise<VacancyView[]> {
    return (await this.vacancies.list(principal, employerId)).map(VacancyView.of);
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
