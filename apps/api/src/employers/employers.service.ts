import { Injectable } from '@nestjs/common';
import { Clock, InvalidParam, isEmployer, Principal, RecordErrors } from '@werkbrug/common';
import { Employer, EmployerChangeKind, EmployerContactPerson, TransactionHost } from '@werkbrug/database';
import { CandidateAccess, CandidateOnList } from '../shared/candidate-access/candidate-access.service';
import { candidateReference } from '../shared/pseudonyms/candidate-names';
import { Page, Paged, pageFrom } from '../shared/validation/paging';
import { checkBody } from '../shared/validation/check-body';
import { ContactPersonDto, UpdateContactPersonDto } from './dto/contact-person.dto';
import { CreateEmployerDto, UpdateEmployerDto } from './dto/create-employer.dto';
import { ContactPersonFields, ContactPersonRepository } from './contact-person.repository';
import { EmployerChangeRepository } from './employer-change.repository';
import { EmployerErrors } from './employer.errors';
import { EmployerHistoryRepository } from './employer-history.repository';
import { AccountTeamMember, EmployerFields, EmployerRepository } from './employer.repository';
import { ContactPersonView, EmployerView, HistoryEntryView } from './employer.response';

/** What an import row says of an employer it registers: unchecked, as it came. */
export interface EmployerRegistration {
  name: unknown;
  sector: unknown;
  postcode: unknown;
  kvkNumber: string;
}

/** The register fields, as stored: what was left out is null. */
function registerFields(dto: CreateEmployerDto | UpdateEmployerDto): EmployerFields {
  return {
    name: dto.name,
    sector: dto.sector,
    postcode: dto.postcode,
    address: dto.address ?? null,
    contactEmail: dto.contactEmail ?? null,
    kvkNumber: dto.kvkNumber ?? null,
    establishmentNumber: dto.establishmentNumber ?? null,
  };
}

/** What an employer's own users may change of the register: their contact data. The rest is the account team's. */
const EMPLOYER_EDITABLE: readonly (keyof EmployerFields)[] = ['contactEmail'];

function contactPersonFields(dto: ContactPersonDto): ContactPersonFields {
  return {
    name: dto.name,
    jobTitle: dto.jobTitle ?? null,
    email: dto.email ?? null,
    phone: dto.phone ?? null,
    userId: dto.userId ?? null,
  };
}

function changedFields<T extends object>(before: T, after: Partial<T>): string[] {
  return (Object.keys(after) as (keyof T)[]).filter((key) => before[key] !== after[key]).map(String);
}

@Injectable()
export class EmployersService {
  constructor(
    private readonly employers: EmployerRepository,
    private readonly contactPersons: ContactPersonRepository,
    private readonly changes: EmployerChangeRepository,
    private readonly histories: EmployerHistoryRepository,
    private readonly candidateAccess: CandidateAccess,
    private readonly db: TransactionHost,
    private readonly clock: Clock,
  ) {}

  /**
   * Registers an employer: one per KvK number. A second registration is a conflict that names the
   * existing employer's id to staff, who may open it, so they go on with that one. `illustrative`
   * marks demo data, whose numbers are invented.
   */
  async create(
    dto: CreateEmployerDto,
    principal?: Principal,
    options: { illustrative?: boolean } = {},
  ): Promise<Employer> {
    const fields = { ...registerFields(dto), illustrative: options.illustrative ?? false };
    return this.db.transaction(async () => {
      const employer = await this.employers.insertUnlessKvkTaken(fields);
      if (!employer) throw await this.kvkTaken(dto.kvkNumber, principal);
      if (principal) await this.record(employer.id, principal, 'registered', []);
      return employer;
    });
  }

  private async kvkTaken(kvkNumber: string, principal: Principal | undefined) {
    const existingId = await this.employers.idByKvkNumber(kvkNumber);
    const invalidParams = [EmployerErrors.kvkNumberTaken.param('kvkNumber', 'another employer has this KvK number')];
    // Only staff, who may open any employer, learn the id; an employer's user never learns another's.
    const shown = existingId && principal && !isEmployer(principal) ? { existingId } : {};
    return EmployerErrors.kvkNumberTaken(`KvK number ${kvkNumber} is registered to another employer.`, {
      invalidParams,
      ...shown,
    });
  }

  /** Employers by name; with `accountManagerId`, only those whose account team that user is on; with `kvkNumber`, the one with it. */
  async list(page: Page, accountManagerId?: string, kvkNumber?: string): Promise<Paged<Employer>> {
    return pageFrom(await this.employers.listByName(page, accountManagerId, kvkNumber), page);
  }

  /** A registration as an import row gives it, checked as the body of POST /employers (fields prefixed `employer.`). */
  checkRegistration(fields: EmployerRegistration): Promise<CreateEmployerDto | InvalidParam[]> {
    return checkBody(CreateEmployerDto, fields, 'employer.');
  }

  /**
   * The employer of a vacancy followed from another region's feed: the one registered here under
   * its KvK number (the same company), else one registered now as followed from that feed, found
   * again by its KvK number or, when the other region has none, by its name. No history entry: no
   * one here registered it.
   */
  followedEmployerId(
    feedName: string,
    employer: Pick<Employer, 'name' | 'sector' | 'postcode' | 'kvkNumber'>,
  ): Promise<string> {
    const find = () =>
      employer.kvkNumber
        ? this.employers.idByKvkNumber(employer.kvkNumber)
        : this.employers.idOfFollowed(feedName, employer.name);
    return this.db.transaction(async () => {
      const known = await find();
      if (known) return known;
      const fields = { ...employer, address: null, contactEmail: null, establishmentNumber: null };
      // Another pass may have registered it a moment ago: the unique index decides, and it is read back.
      const registered = await this.employers.insertUnlessKvkTaken({ ...fields, followedFrom: feedName });
      return registered?.id ?? (await find())!;
    });
  }

  /** The employer registered under a KvK number, if any (an import names employers by it). */
  idByKvkNumber(kvkNumber: string): Promise<string | null> {
    return this.employers.idByKvkNumber(kvkNumber);
  }

  /** An employer user sees only its own employer; any other id is simply not found for them. */
  async get(id: string, principal: Principal): Promise<Employer> {
    const notFound = `Employer ${id} not found.`;
    if (isEmployer(principal) && principal.employerId !== id) throw EmployerErrors.notFound(notFound);
    return this.employers.getOrThrow({ id }, notFound);
  }

  /**
   * Changes the register on the version read. Staff change any field; the employer's own users only
   * their contact data (any other field changed: 403 naming it). A KvK number once registered stays
   * (users sign in by it); one that another employer has is a conflict. Recorded as a change.
   */
  update(id: string, dto: UpdateEmployerDto, principal: Principal): Promise<Employer> {
    return this.db.transaction(async () => {
      const current = await this.get(id, principal);
      if (current.version !== dto.version)
        throw RecordErrors.staleVersion(undefined, { current: EmployerView.of(current) });
      const fields = registerFields(dto);
      const changed = changedFields<EmployerFields>(current, fields);
      if (isEmployer(principal)) {
        const notYours = changed.find((field) => !EMPLOYER_EDITABLE.includes(field as keyof EmployerFields));
        if (notYours)
          throw EmployerErrors.fieldNotYours(
            `As the employer's user you change ${EMPLOYER_EDITABLE.join(', ')} only.`,
            {
              invalidParams: [
                EmployerErrors.fieldNotYours.param(notYours, 'the account team keeps this part of the register'),
              ],
            },
          );
      }
      if (current.kvkNumber && !fields.kvkNumber)
        throw EmployerErrors.kvkNumberRequired.at('kvkNumber', 'a registered KvK number can be corrected, not removed');
      if (fields.kvkNumber && fields.kvkNumber !== current.kvkNumber) {
        const holder = await this.employers.idByKvkNumber(fields.kvkNumber);
        if (holder && holder !== id) throw await this.kvkTaken(fields.kvkNumber, principal);
      }
      const updated = await this.employers.updateVersioned({ id }, dto.version, fields, EmployerView.of);
      if (changed.length) await this.record(id, principal, 'register-updated', changed);
      return updated;
    });
  }

  /** An employer by id, for work done on nobody's behalf (an invitation being sent). */
  find(id: string): Promise<Employer | null> {
    return this.employers.findOneBy({ id });
  }

  /** Whether the employer exists, in the open transaction if there is one. */
  exists(id: string): Promise<boolean> {
    return this.employers.existsBy({ id });
  }

  /** The accountmanagers of any member organisation who look after the employer, by name. */
  async accountTeam(id: string, principal: Principal): Promise<AccountTeamMember[]> {
    await this.get(id, principal);
    return this.employers.accountTeamOf(id);
  }

  /** Replaces the account team: every member must be an accountmanager (of any member organisation), not deactivated. */
  setAccountTeam(id: string, userIds: string[], principal: Principal): Promise<AccountTeamMember[]> {
    return this.db.transaction(async () => {
      await this.get(id, principal);
      const accountManagers = await this.employers.accountManagersAmong(userIds);
      const wrong = userIds.findIndex((userId) => !accountManagers.has(userId));
      if (wrong >= 0) throw EmployerErrors.notAnAccountmanager.at(`userIds[${wrong}]`);
      await this.employers.replaceAccountTeam(id, userIds);
      await this.record(id, principal, 'account-team-set', ['userIds']);
      return this.employers.accountTeamOf(id);
    });
  }

  /** Who can be put on an account team: the active accountmanagers of every member organisation, by name. */
  async accountManagers(page: Page): Promise<Paged<AccountTeamMember>> {
    return pageFrom(await this.employers.accountManagers(page), page);
  }

  isOnAccountTeam(employerId: string, userId: string): Promise<boolean> {
    return this.employers.isOnAccountTeam(employerId, userId);
  }

  /** The people at the employer to talk to, by name: for staff and the employer itself. */
  async contactPersonsOf(id: string, principal: Principal): Promise<EmployerContactPerson[]> {
    await this.get(id, principal);
    return this.contactPersons.listOf(id);
  }

  addContactPerson(id: string, dto: ContactPersonDto, principal: Principal): Promise<EmployerContactPerson> {
    return this.db.transaction(async () => {
      await this.get(id, principal);
      await this.checkUser(id, dto);
      const person = await this.contactPersons.insert({
        ...contactPersonFields(dto),
        employerId: id,
        createdAt: this.clock.now(),
      });
      await this.record(id, principal, 'contact-person-added', [], person.id);
      return person;
    });
  }

  updateContactPerson(
    id: string,
    contactPersonId: string,
    dto: UpdateContactPersonDto,
    principal: Principal,
  ): Promise<EmployerContactPerson> {
    return this.db.transaction(async () => {
      await this.get(id, principal);
      const where = { id: contactPersonId, employerId: id };
      const current = await this.contactPersons.getOrThrow(where, `Contact person ${contactPersonId} not found.`);
      if (current.version !== dto.version)
        throw RecordErrors.staleVersion(undefined, { current: ContactPersonView.of(current) });
      await this.checkUser(id, dto);
      const fields = contactPersonFields(dto);
      const updated = await this.contactPersons.updateVersioned(where, dto.version, fields, ContactPersonView.of);
      const changed = changedFields<ContactPersonFields>(current, fields);
      if (changed.length) await this.record(id, principal, 'contact-person-updated', changed, contactPersonId);
      return updated;
    });
  }

  removeContactPerson(id: string, contactPersonId: string, principal: Principal): Promise<void> {
    return this.db.transaction(async () => {
      await this.get(id, principal);
      if (!(await this.contactPersons.remove(id, contactPersonId)))
        throw EmployerErrors.contactPersonNotFound(`Contact person ${contactPersonId} not found.`);
      await this.record(id, principal, 'contact-person-removed', [], contactPersonId);
    });
  }

  /**
   * The employer's history, newest first: vacancies opened and closed, proposals and the answers,
   * speeddates, agreements, placements and changes of the register. Candidates go by their
   * reference; staff also see them as on any regional list (the name only for staff of the
   * candidate's own organisation), the employer nothing more.
   */
  async history(id: string, principal: Principal, page: Page): Promise<Paged<HistoryEntryView>> {
    await this.get(id, principal);
    const forEmployer = isEmployer(principal);
    const { items, more } = pageFrom(await this.histories.page(id, forEmployer, page), page);
    const candidateIds = items.flatMap((row) => (row.candidateId ? [row.candidateId] : []));
    const onList =
      forEmployer || !candidateIds.length
        ? new Map<string, CandidateOnList>()
        : await this.candidateAccess.onList(principal, candidateIds);
    return {
      items: items.map(({ candidateId, ...row }): HistoryEntryView => {
        if (!candidateId) return row;
        const candidate = onList.get(candidateId);
        return {
          ...row,
          candidateId,
          candidateReference: candidateReference(candidateId),
          ...(candidate ? { candidate } : {}),
        };
      }),
      more,
    };
  }

  private async checkUser(employerId: string, dto: ContactPersonDto): Promise<void> {
    if (dto.userId && !(await this.contactPersons.isUserOf(employerId, dto.userId)))
      throw EmployerErrors.unknownUser.at('userId', 'no user of this employer has this id');
  }

  private record(
    employerId: string,
    principal: Principal,
    change: EmployerChangeKind,
    fields: string[],
    subjectId: string | null = null,
  ): Promise<void> {
    return this.changes.add({
      employerId,
      occurredAt: this.clock.now(),
      actorId: principal.userId,
      actorRole: principal.role,
      change,
      subjectId,
      fields,
    });
  }
}
