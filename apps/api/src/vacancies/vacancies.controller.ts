import { Body, Controller, Get, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, invalidField, Principal, Roles } from '@werkbrug/common';
import { Vacancy } from '@werkbrug/database';
import { CreateVacancyDto } from './dto/create-vacancy.dto';
import { UpdateVacancyDto } from './dto/update-vacancy.dto';
import { VacanciesService } from './vacancies.service';

@ApiTags('vacancies')
@ApiBearerAuth()
@Controller('vacancies')
export class VacanciesController {
  constructor(private readonly vacancies: VacanciesService) {}

  @Post()
  @Roles('employer', 'accountmanager', 'admin')
  create(@Body() dto: CreateVacancyDto, @CurrentPrincipal() principal: Principal): Promise<Vacancy> {
    return this.vacancies.create(dto, principal);
  }

  @Get()
  @Roles('employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiQuery({ name: 'employerId', required: false, description: 'Staff only: the vacancies of one employer' })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query(
      'employerId',
      new ParseUUIDPipe({ optional: true, exceptionFactory: () => invalidField('employerId', 'must be a UUID') }),
    )
    employerId?: string,
  ): Promise<Vacancy[]> {
    return this.vacancies.list(principal, employerId);
  }

  @Get(':id')
  @Roles('employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin')
  get(@IdParam() id: string, @CurrentPrincipal() principal: Principal): Promise<Vacancy> {
    return this.vacancies.get(id, principal);
  }

  @Put(':id')
  @Roles('employer', 'accountmanager', 'admin')
  @ApiOperation({ summary: 'Change an open vacancy; it is matched again. Decisions and proposals made so far stay.' })
  @ApiConflictResponse({
    description:
      'Someone changed the vacancy since you read it (the answer carries the current one), or it is no longer open',
  })
  update(
    @IdParam() id: string,
    @Body() dto: UpdateVacancyDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Vacancy> {
    return this.vacancies.update(id, dto, principal);
  }
}
