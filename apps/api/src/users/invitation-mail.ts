import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Role } from '@werkbrug/common';
import type { User } from '@werkbrug/database';
import { EmployersService } from '../employers/employers.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { Mailer, MailMessage } from '../shared/mail/mailer';
import { LocalJobs } from '../shared/outbox/local-jobs';
import { UserRepository } from './user.repository';

/** The outbox job that sends an invitation: `{ userId }`. */
export const INVITATION_JOB = 'send-invitation';

const ROLE_NAMES: Record<Role, string> = {
  accountmanager: 'accountmanager',
  jobhunter: 'jobhunter',
  klantmanager: 'klantmanager',
  admin: 'beheerder',
  employer: 'contactpersoon van de werkgever',
  partner: 'partner',
};

/**
 * Sends the invitation written with a new user, once their invitation reaches the relay. The text is
 * made at sending time; a user who signed in or was deactivated meanwhile gets no invitation.
 */
@Injectable()
export class InvitationMail implements OnModuleInit {
  constructor(
    private readonly users: UserRepository,
    private readonly organisations: OrganisationsService,
    private readonly employers: EmployersService,
    private readonly mailer: Mailer,
    private readonly localJobs: LocalJobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.localJobs.register(INVITATION_JOB, (payload) => this.send(String(payload.userId)));
  }

  async send(userId: string): Promise<void> {
    const user = await this.users.findOneBy({ id: userId });
    if (user?.status !== 'invited') return;
    await this.mailer.send(await this.messageFor(user));
  }

  private async messageFor(user: User): Promise<MailMessage> {
    const where = user.organisationId
      ? (await this.organisations.get(user.organisationId)).name
      : (await this.employers.find(user.employerId!))!.name;
    const roles = user.roles.map((role) => ROLE_NAMES[role]).join(' en ');
    const signIn = user.employerId
      ? 'Meld u aan met eHerkenning voor uw bedrijf'
      : 'Meld u aan met het account van uw organisatie';
    return {
      to: user.email,
      subject: 'Uitnodiging voor Werkbrug',
      text: [
        `Beste ${user.name},`,
        '',
        `U bent uitgenodigd voor Werkbrug, waarin het werkgeversservicepunt werkgevers en werkzoekenden bij elkaar brengt. U werkt er als ${roles} voor ${where}.`,
        '',
        `${signIn} op ${this.config.mail.publicUrl}/ met dit e-mailadres (${user.email}). Bij de eerste keer aanmelden wordt uw account actief.`,
        '',
        'Verwachtte u deze uitnodiging niet? Dan kunt u dit bericht negeren.',
        '',
        'Met vriendelijke groet,',
        'Werkbrug',
      ].join('\n'),
    };
  }
}
