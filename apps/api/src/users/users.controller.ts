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
import { PagedList, Paged, pageOf, PageQuery } from '../shared/validation/paging';
import { ChangeAccessDto, ChangeRolesDto, InviteUserDto } from './dto/user.dto';
import { ProfileView, UserView } from './user.response';
import { UsersService } from './users.service';

/**
 * An organisation's administrator manages its staff; users of any other organisation are not found.
 * Contact persons of employers are invited through their employer (EmployerUsersController).
 */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('me')
  @Roles('employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOperation({ summary: 'The signed-in user: name, roles, organisation or employer' })
  @ApiOkResponse({ type: ProfileView })
  me(@CurrentPrincipal() principal: Principal): Promise<ProfileView> {
    return this.users.profile(principal);
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: "The administrator's own organisation's users, by name" })
  @ApiOkResponse({ type: [UserView] })
  @PagedList()
  async list(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery): Promise<Paged<UserView>> {
    const { items, more } = await this.users.listOfOrganisation(principal, pageOf(query));
    return { items: items.map(UserView.of), more };
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Invite a colleague by e-mail: invited until their first sign-in' })
  @ApiCreatedResponse({ type: UserView })
  async invite(@Body() dto: InviteUserDto, @CurrentPrincipal() principal: Principal): Promise<UserView> {
    return UserView.of(await this.users.invite(principal, dto));
  }

  @Get(':id')
  @Roles('accountmanager', 'admin')
  @ApiOkResponse({ type: UserView })
  async get(@IdParam() id: string, @CurrentPrincipal() principal: Principal): Promise<UserView> {
    return UserView.of(await this.users.getAdministered(principal, id));
  }

  @Put(':id/roles')
  @Roles('admin')
  @ApiOperation({ summary: "Change a staff user's roles" })
  @ApiOkResponse({ type: UserView })
  @ApiConflictResponse({
    description: 'Changed since you read it (the answer carries the current user), or the last active administrator',
  })
  async changeRoles(
    @IdParam() id: string,
    @Body() dto: ChangeRolesDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<UserView> {
    return UserView.of(await this.users.changeRoles(principal, id, dto));
  }

  @Put(':id/access')
  @Roles('accountmanager', 'admin')
  @ApiOperation({ summary: 'Deactivate a user (access ends at once) or make them active again' })
  @ApiOkResponse({ type: UserView })
  @ApiConflictResponse({
    description: 'Changed since you read it (the answer carries the current user), or the last active administrator',
  })
  async changeAccess(
    @IdParam() id: string,
    @Body() dto: ChangeAccessDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<UserView> {
    return UserView.of(await this.users.changeAccess(principal, id, dto));
  }
}
