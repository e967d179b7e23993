import { Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { AgreementView } from './agreement.response';
import { AgreementsService } from './agreements.service';
import {
  CreateAgreementDto,
  LinkVacanciesDto,
  ListAgreementsQuery,
  BehindQuery,
  ProgressOnQuery,
  UpdateAgreementDto,
} from './dto/agreement.dto';
import { PagedList, pageOf, Paged } from '../shared/validation/paging';

/** Accountmanagers make and keep agreements; other staff read them; an employer reads those it is party to. */
@ApiTags('agreements')
@ApiBearerAuth()
@Controller('agreements')
export class AgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  /** Level 5: an agreement with one or more regional employers on a number of placements in a period. */
  @Post()
  @Roles('accountmanager', 'admin')
  @ApiCreatedResponse({ type: AgreementView })
  create(@Body() dto: CreateAgreementDto, @CurrentPrincipal() principal: Principal): Promise<AgreementView> {
    return this.agreements.create(dto, principal);
  }

  /** With each agreement's progress today. */
  @Get()
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'employer', 'admin')
  @ApiOkResponse({ type: [AgreementView] })
  @PagedList()
  list(@Query() query: ListAgreementsQuery, @CurrentPrincipal() principal: Principal): Promise<Paged<AgreementView>> {
    return this.agreements.list(query, principal);
  }

  /** Agreements active on the day (today if left out) that fall behind their pro-rata target, most behind first. */
  @Get('behind')
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOkResponse({ type: [AgreementView] })
  @PagedList()
  behind(@Query() query: BehindQuery): Promise<Paged<AgreementView>> {
    return this.agreements.behind(query.on, pageOf(query));
  }

  @Get(':id')
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'employer', 'admin')
  @ApiOkResponse({ type: AgreementView })
  get(
    @IdParam('id') id: string,
    @Query() query: ProgressOnQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AgreementView> {
    return this.agreements.get(id, principal, query.on);
  }

  @Put(':id')
  @Roles('accountmanager', 'admin')
  @ApiOkResponse({ type: AgreementView })
  @ApiConflictResponse({ description: 'The agreement changed meanwhile (the body carries `current`)' })
  update(@IdParam('id') id: string, @Body() dto: UpdateAgreementDto): Promise<AgreementView> {
    return this.agreements.update(id, dto);
  }

  @Post(':id/vacancies')
  @Roles('accountmanager', 'admin')
  @ApiCreatedResponse({ type: AgreementView })
  linkVacancies(
    @IdParam('id') id: string,
    @Body() dto: LinkVacanciesDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AgreementView> {
    return this.agreements.linkVacancies(id, dto, principal);
  }

  @Delete(':id/vacancies/:vacancyId')
  @Roles('accountmanager', 'admin')
  @ApiOkResponse({ type: AgreementView })
  unlinkVacancy(@IdParam('id') id: string, @IdParam('vacancyId') vacancyId: string): Promise<AgreementView> {
    return this.agreements.unlinkVacancy(id, vacancyId);
  }
}
