import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { PagedList, Paged, pageOf, PageQuery } from '../shared/validation/paging';
import { InviteEmployerUserDto } from './dto/user.dto';
import { UserView } from './user.response';
import { UsersService } from './users.service';

/** An employer's contact persons, who sign in as its users: managed by its account team and administrators. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('employers/:employerId/users')
export class EmployerUsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles('accountmanager', 'admin')
  @ApiOkResponse({ type: [UserView] })
  @PagedList()
  async list(
    @IdParam('employerId') employerId: string,
    @CurrentPrincipal() principal: Principal,
    @Query() query: PageQuery,
  ): Promise<Paged<UserView>> {
    const { items, more } = await this.users.listOfEmployer(principal, employerId, pageOf(query));
    return { items: items.map(UserView.of), more };
  }

  @Post()
  @Roles('accountmanager', 'admin')
  @ApiOperation({ summary: 'Invite a contact person of the employer by e-mail (role employer)' })
  @ApiCreatedResponse({ type: UserView })
  async invite(
    @IdParam('employerId') employerId: string,
    @Body() dto: InviteEmployerUserDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<UserView> {
    return UserView.of(await this.users.inviteEmployerUser(principal, employerId, dto));
  }
}
