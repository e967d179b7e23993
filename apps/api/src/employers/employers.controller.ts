import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { PagedList, pageOf, Paged, PageQuery, slicePage } from '../shared/validation/paging';
import { ListEmployersQuery, SetAccountTeamDto } from './dto/account-team.dto';
import { ContactPersonDto, UpdateContactPersonDto } from './dto/contact-person.dto';
import { CreateEmployerDto, UpdateEmployerDto } from './dto/create-employer.dto';
import { AccountTeamMemberView, ContactPersonView, EmployerView, HistoryEntryView } from './employer.response';
import { EmployersService } from './employers.service';

@ApiTags('employers')
@ApiBearerAuth()
@Controller('employers')
export class EmployersController {
  constructor(private readonly employers: EmployersService) {}

  @Post()
  @Roles('accountmanager', 'admin')
  @ApiCreatedResponse({ type: EmployerView })
  @ApiConflictResponse({
    description: 'Another employer has this KvK number: `existingId` is its id, to go on with that employer',
  })
  async create(@Body() dto: CreateEmployerDto, @CurrentPrincipal() principal: Principal): Promise<EmployerView> {
    return EmployerView.of(await this.employers.create(dto, principal));
  }

  @Get()
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOperation({
    summary: 'Employers by name; team=mine: those whose account team you are on; kvkNumber: the one registered with it',
  })
  @ApiOkResponse({ type: [EmployerView] })
  @PagedList()
  async list(
    @Query() query: ListEmployersQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Paged<EmployerView>> {
    const mine = query.team === 'mine' ? principal.userId : undefined;
    const { items, more } = await this.employers.list(pageOf(query), mine, query.kvkNumber);
    return { items: items.map(EmployerView.of), more };
  }

  @Get(':id')
  @Roles('employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOkResponse({ type: EmployerView })
  async get(@IdParam() id: string, @CurrentPrincipal() principal: Principal): Promise<EmployerView> {
    return EmployerView.of(await this.employers.get(id, principal));
  }

  @Put(':id')
  @Roles('employer', 'accountmanager', 'admin')
  @ApiOperation({
    summary: 'Change the register on the version read',
    description:
      "Accountmanagers and administrators change every field; the employer's own users only `contactEmail` (another field changed: 403 naming it).",
  })
  @ApiOkResponse({ type: EmployerView })
  @ApiConflictResponse({
    description:
      'The employer changed meanwhile (the body carries `current`), or another employer has the KvK number (`existingId`)',
  })
  async update(
    @IdParam() id: string,
    @Body() dto: UpdateEmployerDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EmployerView> {
    return EmployerView.of(await this.employers.update(id, dto, principal));
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

  @Get(':id/contact-persons')
  @Roles('employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOperation({ summary: 'The people at the employer to talk to (not necessarily users who sign in)' })
  @ApiOkResponse({ type: [ContactPersonView] })
  @PagedList()
  async contactPersons(
    @IdParam() id: string,
    @CurrentPrincipal() principal: Principal,
    @Query() query: PageQuery,
  ): Promise<Paged<ContactPersonView>> {
    const people = await this.employers.contactPersonsOf(id, principal);
    return slicePage(people.map(ContactPersonView.of), pageOf(query));
  }

  @Post(':id/contact-persons')
  @Roles('employer', 'accountmanager', 'admin')
  @ApiCreatedResponse({ type: ContactPersonView })
  async addContactPerson(
    @IdParam() id: string,
    @Body() dto: ContactPersonDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ContactPersonView> {
    return ContactPersonView.of(await this.employers.addContactPerson(id, dto, principal));
  }

  @Put(':id/contact-persons/:contactPersonId')
  @Roles('employer', 'accountmanager', 'admin')
  @ApiOkResponse({ type: ContactPersonView })
  @ApiConflictResponse({ description: 'The contact person changed meanwhile (the body carries `current`)' })
  async updateContactPerson(
    @IdParam() id: string,
    @IdParam('contactPersonId') contactPersonId: string,
    @Body() dto: UpdateContactPersonDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ContactPersonView> {
    return ContactPersonView.of(await this.employers.updateContactPerson(id, contactPersonId, dto, principal));
  }

  @Delete(':id/contact-persons/:contactPersonId')
  @HttpCode(204)
  @Roles('employer', 'accountmanager', 'admin')
  @ApiNoContentResponse({ description: 'Removed' })
  async removeContactPerson(
    @IdParam() id: string,
    @IdParam('contactPersonId') contactPersonId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    await this.employers.removeContactPerson(id, contactPersonId, principal);
  }

  @Get(':id/history')
  @Roles('employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOperation({
    summary: "The employer's history, newest first",
    description:
      'Vacancies opened and closed, proposals and the answers, speeddates, agreements, placements and changes of the register. Candidates by reference; staff also see them as on any regional list.',
  })
  @ApiOkResponse({ type: [HistoryEntryView] })
  @PagedList()
  @AuditCandidateData({
    resource: 'employer-history',
    action: 'read',
    list: true,
    candidateId: 'candidateId',
    vacancyId: 'vacancyId',
    reason: 'employer history',
  })
  @AuditCandidateData({
    resource: 'candidate-identity',
    action: 'read',
    list: true,
    candidateId: 'candidateId',
    vacancyId: 'vacancyId',
    reason: 'employer history',
    onlyWith: 'candidate.name',
  })
  history(
    @IdParam() id: string,
    @CurrentPrincipal() principal: Principal,
    @Query() query: PageQuery,
  ): Promise<Paged<HistoryEntryView>> {
    return this.employers.history(id, principal, pageOf(query));
  }
}
