import { Body, Controller, Delete, Get, Put, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Public, USER_ROLES, Roles } from '@werkbrug/common';
import type { Request } from 'express';
import { SwitchRoleDto } from './dto/switch-role.dto';
import { SessionView, SignInOptionsView, SignOutView } from './sign-in.response';
import { SessionService } from './session.service';

/** The browser's session: who is signed in, the active role, sign-out; and how to sign in. */
@ApiTags('session')
@Controller()
export class SessionController {
  constructor(private readonly session: SessionService) {}

  /** The identity providers to sign in through, for the sign-in screen. */
  @Get('sign-in/providers')
  @Public()
  @ApiOkResponse({ type: SignInOptionsView })
  providers(): Promise<SignInOptionsView> {
    return this.session.signInOptions();
  }

  /** Who is signed in in this browser, with the CSRF token for changes. Only with a session cookie. */
  @Get('session')
  @Roles(...USER_ROLES)
  @ApiOkResponse({ type: SessionView })
  get(@CurrentPrincipal() principal: Principal, @Req() request: Request): Promise<SessionView> {
    return this.session.view(principal, request);
  }

  /** Acts in another of the user's roles from now on. */
  @Put('session/role')
  @Roles(...USER_ROLES)
  @ApiOkResponse({ type: SessionView })
  switchRole(
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Body() dto: SwitchRoleDto,
  ): Promise<SessionView> {
    return this.session.switchRole(principal, request, dto.role);
  }

  /**
   * Signs this browser out: the session ends on the server, whatever happens to the cookie; the
   * answer says where the browser signs out at its identity provider too.
   */
  @Delete('session')
  @Roles(...USER_ROLES)
  @ApiOkResponse({ type: SignOutView })
  signOut(@Req() request: Request): Promise<SignOutView> {
    return this.session.signOut(request);
  }
}
