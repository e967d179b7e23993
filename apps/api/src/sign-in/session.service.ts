import { Injectable } from '@nestjs/common';
import { Principal, Role } from '@werkbrug/common';
import { Session } from '@werkbrug/database';
import { EmployersService } from '../employers/employers.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { SessionsService } from '../sessions/sessions.service';
import { UsersService } from '../users/users.service';
import { SessionErrors } from './sign-in.errors';
import { SessionView, SignInOptionsView, SignOutView } from './sign-in.response';
import { SignInService } from './sign-in.service';

/** What the web app asks of its session: who, which role, the CSRF token; and sign-out. */
@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionsService,
    private readonly signIn: SignInService,
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
    private readonly employers: EmployersService,
  ) {}

  async signInOptions(): Promise<SignInOptionsView> {
    const options = await this.signIn.options();
    return {
      providers: options.map((option) => ({ ...option, signInUrl: `/auth/${option.id}/sign-in` })),
    };
  }

  async view(principal: Principal, request: object): Promise<SessionView> {
    const session = this.sessionOf(request);
    const user = await this.users.get(principal.userId);
    const organisation = principal.organisationId ? await this.organisations.get(principal.organisationId) : null;
    const employer = principal.employerId ? await this.employers.get(principal.employerId, principal) : null;
    return {
      userId: user.id,
      name: user.name,
      organisation: organisation && { id: organisation.id, name: organisation.name },
      employer: employer && { id: employer.id, name: employer.name },
      roles: [...principal.roles],
      activeRole: principal.role,
      csrfToken: session.csrfSecret,
    };
  }

  async switchRole(principal: Principal, request: object, role: Role): Promise<SessionView> {
    const session = this.sessionOf(request);
    if (!principal.roles.includes(role)) throw SessionErrors.roleNotYours.at('role', 'not one of your roles');
    await this.sessions.switchRole(session, role);
    return this.view({ ...principal, role }, request);
  }

  /** Ends the session here, and says where the browser ends it at its provider. */
  async signOut(request: object): Promise<SignOutView> {
    const session = this.sessionOf(request);
    await this.sessions.closeSession(session);
    return { signOutUrl: await this.signIn.signOutUrl(session.providerId) };
  }

  /** The session the access guard found; a bearer token has none. */
  private sessionOf(request: object): Session {
    const session = this.sessions.sessionOf(request);
    if (!session) throw SessionErrors.none('This needs a browser session; a bearer token has none.');
    return session;
  }
}
