import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@werkbrug/common';
import { PagedList, pageOf, Paged, PageQuery } from '../shared/validation/paging';
import { AccountTeamMemberView } from './employer.response';
import { EmployersService } from './employers.service';

/** Whom an account team can hold: accountmanagers of any member organisation of the region. */
@ApiTags('employers')
@ApiBearerAuth()
@Controller('account-managers')
export class AccountManagersController {
  constructor(private readonly employers: EmployersService) {}

  @Get()
  @Roles('accountmanager', 'admin')
  @ApiOperation({
    summary: 'The active accountmanagers of every member organisation, by name: who can join an account team',
  })
  @ApiOkResponse({ type: [AccountTeamMemberView] })
  @PagedList()
  list(@Query() query: PageQuery): Promise<Paged<AccountTeamMemberView>> {
    return this.employers.accountManagers(pageOf(query));
  }
}
