import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock, Principal } from '@werkbrug/common';
import { User } from '@werkbrug/database';

import { CandidatesService } from '../candidates/candidates.service';
import { CreateCandidateDto } from '../candidates/dto/create-candidate.dto';
import { CreateEmployerDto } from '../employers/dto/create-employer.dto';
import { ContactPersonDto } from '../employers/dto/contact-person.dto';
import { EmployersService } from '../employers/employers.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { UsersService } from '../users/users.service';
import { CreateVacancyDto } from '../vacancies/dto/create-vacancy.dto';
import { VacanciesService } from '../vacancies/vacancies.service';
import { VacancyClosureDto, VacancyStatusDto } from '../vacancies/dto/vacancy-lifecycle.dto';
import { DEMO_LIFECYCLE } from './demo-exchange-fields';
import { asDto } from './as-dto';
import { demoConsents } from './demo-activity';
import { DemoActivity } from './demo-activity.loader';
import { generateDemoData } from './demo-data';
import { DemoDataRepository } from './demo-data.repository';
import {
  DEMO_ORGANISATIONS,
  DEMO_REGION,
  demoAccountManagerOfEmployer,
  demoEmail,
  demoOrganisationOfCandidate,
} from './demo-organisations';

/** Loads the demo data set, and the activity on it, through the same services the API uses. */
@Injectable()
export class DemoDataLoader {
  private readonly logger = new Logger(DemoDataLoader.name);

  constructor(
    private readonly demoData: DemoDataRepository,
    private readonly employers: EmployersService,
    private readonly candidates: CandidatesService,
    private readonly vacancies: VacanciesService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
    private readonly activity: DemoActivity,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async loadIfEmpty(): Promise<{ employers: number; candidates: number; vacancies: number } | undefined> {
    if (await this.demoData.hasEmployers()) {
      this.logger.log('Database already holds data; demo data not loaded.');
      return undefined;
    }
    const started = this.clock.now().getTime();
    const data = generateDemoData();
    const staff = await this.loadOrganisations();
    const staffOf = (slug: string, role: 'klantmanager' | 'accountmanager' | 'jobhunter') =>
      staff.filter((user) => user.organisation === slug && user.principal.roles.includes(role));
    const employerIds: string[] = [];
    const employerUsers: Principal[] = [];
    for (const employer of data.employers) {
      const accountManager = demoAccountManagerOfEmployer(employer.postcode);
      const [team] = staff.filter(
        (user) => user.organisation === accountManager.organisation && user.name === accountManager.name,
      );
      const { id } = await this.employers.create(await asDto(CreateEmployerDto, employer), team.principal, {
        illustrative: true,
      });
      employerIds.push(id);
      await this.employers.setAccountTeam(id, [team.principal.userId], team.principal);
      const user = await this.users.create({
        organisationId: null,
        employerId: id,
        email: employer.contactEmail,
        name: `Werving ${employer.name}`,
        roles: ['employer'],
        status: 'active',
      });
      employerUsers.push(principalOf(user, 'employer'));
      const contact = { name: user.name, jobTitle: 'Werving en selectie', email: user.email, userId: user.id };
      await this.employers.addContactPerson(id, await asDto(ContactPersonDto, contact), team.principal);
    }
    const candidateIds: string[] = [];
    const caseloads = new Map<string, number>();
    for (const [index, candidate] of data.candidates.entries()) {
      // Each organisation's candidates fill its klantmanagers' caseloads up to the ceiling, in turn;
      // the rest wait in the organisation for a klantmanager, as they do in a real municipality.
      const slug = demoOrganisationOfCandidate(index, candidate.postcode);
      const klantmanagers = staffOf(slug, 'klantmanager').map((user) => user.principal);
      const withRoom = klantmanagers.filter((user) => (caseloads.get(user.userId) ?? 0) < this.config.caseloadCeiling);
      const klantmanager = withRoom.length > 0 ? withRoom[index % withRoom.length] : undefined;
      if (klantmanager) caseloads.set(klantmanager.userId, (caseloads.get(klantmanager.userId) ?? 0) + 1);
      const owner = {
        organisationId: klantmanagers[0].organisationId!,
        klantmanagerId: klantmanager?.userId ?? null,
      };
      candidateIds.push((await this.candidates.create(await asDto(CreateCandidateDto, candidate), owner)).id);
    }
    // Almere's first of each role does the demo's work, acting in that role.
    const almere = (role: 'klantmanager' | 'accountmanager' | 'jobhunter') => ({
      ...staffOf('almere', role)[0].principal,
      role,
    });
    const activityStaff = {
      accountmanager: almere('accountmanager'),
      jobhunter: almere('jobhunter'),
      klantmanager: almere('klantmanager'),
    };
    const vacancyIds: string[] = [];
    for (const { employerIndex, ...vacancy } of data.vacancies) {
      const dto = await asDto(CreateVacancyDto, { ...vacancy, employerId: employerIds[employerIndex] });
      vacancyIds.push((await this.vacancies.create(dto, activityStaff.accountmanager)).id);
    }
    const vacancyEmployers = data.vacancies.map((vacancy) => vacancy.employerIndex);
    await this.activity.load(
      {
        employerIds,
        candidateIds,
        vacancyIds,
        vacancyEmployers,
        consents: demoConsents(candidateIds.length),
        staff: activityStaff,
        employerUsers,
      },
      this.clock.today(),
    );
    await this.endSome(vacancyIds, data.vacancies, employerUsers, activityStaff.accountmanager);
    const counts = {
      employers: employerIds.length,
      candidates: data.candidates.length,
      vacancies: data.vacancies.length,
    };
    this.logger.log({
      msg: 'Demo data loaded, with shortlists and activity at all five levels.',
      ...counts,
      seconds: (this.clock.now().getTime() - started) / 1000,
    });
    return counts;
  }

  /** A few vacancies that ended or wait (see DEMO_LIFECYCLE), after the story, by whom would do it. */
  private async endSome(
    vacancyIds: string[],
    vacancies: { employerIndex: number }[],
    employerUsers: Principal[],
    accountmanager: Principal,
  ): Promise<void> {
    const employerOf = (index: number) => employerUsers[vacancies[index].employerIndex];
    const { filledElsewhere, withdrawn, onHold } = DEMO_LIFECYCLE;
    await this.vacancies.close(
      vacancyIds[filledElsewhere],
      await asDto(VacancyClosureDto, { reason: 'filled-elsewhere', version: 1 }),
      employerOf(filledElsewhere),
    );
    await this.vacancies.close(
      vacancyIds[withdrawn],
      await asDto(VacancyClosureDto, { reason: 'withdrawn', version: 1 }),
      accountmanager,
    );
    await this.vacancies.changeStatus(
      vacancyIds[onHold],
      await asDto(VacancyStatusDto, { status: 'on-hold', version: 1 }),
      employerOf(onHold),
    );
  }

  /** The member organisations of the demo region and their staff, active at once. */
  private async loadOrganisations(): Promise<{ organisation: string; name: string; principal: Principal }[]> {
    const staff: { organisation: string; name: string; principal: Principal }[] = [];
    for (const { staff: people, ...organisation } of DEMO_ORGANISATIONS) {
      const { id } = await this.organisations.create({ ...organisation, regionCode: DEMO_REGION });
      for (const person of people) {
        const user = await this.users.create({
          organisationId: id,
          employerId: null,
          email: demoEmail(person.name, organisation.slug),
          name: person.name,
          roles: person.roles,
          status: 'active',
        });
        staff.push({
          organisation: organisation.slug,
          name: person.name,
          principal: principalOf(user, person.roles[0]),
        });
      }
    }
    return staff;
  }
}

/** A user acting in a role, as the services take it (the demo acts without signing in). */
function principalOf(user: User, role: Principal['role']): Principal {
  return {
    userId: user.id,
    role,
    roles: user.roles,
    ...(user.organisationId ? { organisationId: user.organisationId } : { employerId: user.employerId! }),
    subject: user.id,
  };
}
