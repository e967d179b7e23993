import { Injectable, Logger } from '@nestjs/common';
import { addDays, Clock, FieldErrors, InvalidParam, isEmployer, Principal } from '@werkbrug/common';
import { hasEnded, OWN_SOURCE, TransactionHost, Vacancy, VacancyEndReason } from '@werkbrug/database';
import { findPostcodeArea, regionOfPostcode } from '@werkbrug/reference-data';
import { EmployersService } from '../employers/employers.service';
import { Notifier } from '../shared/notifications/notifier';
import { MatchingRequests } from '../shared/outbox/matching-requests';
import { CreateVacancyDto, PostVacancyDto } from './dto/create-vacancy.dto';
import { UpdateVacancyDto } from './dto/update-vacancy.dto';
import { VacancyClosureDto, VacancyReopeningDto, VacancyStatusDto } from './dto/vacancy-lifecycle.dto';
import { VacancyErrors } from './vacancy.errors';
import { NormalisedVacancy, normaliseVacancy, VALID_THROUGH_MAX_DAYS } from './vacancy-intake';
import {
  checkClosable,
  checkOwn,
  checkReopenable,
  checkStatusChange,
  defaultValidThrough,
  hasExpired,
} from './vacancy-lifecycle';
import { VacancyRepository } from './vacancy.repository';
import { VacancyWithdrawalsRepository, Withdrawals } from './vacancy-withdrawals.repository';
import { pageFrom, pageOf, Paged } from '../shared/validation/paging';
import { checkBody } from '../shared/validation/check-body';
import { ListVacanciesQuery } from './dto/list-vacancies.query';

/** Where the workplace is, for distances, and its arbeidsmarktregio, for kansrijkheid. */
function placeOf(postcode: string) {
  const area = findPostcodeArea(postcode)!;
  return { latitude: area.latitude, longitude: area.longitude, region: regionOfPostcode(postcode)! };
}

/** A vacancy's own fields as an import brings them, with its place. */
export type ImportedVacancyFields = NormalisedVacancy & ReturnType<typeof placeOf>;

/** Vacancies expired per transaction in one pass: each takes its proposals, offers and conversations with it. */
const EXPIRY_BATCH = 100;

export interface ExpiryRun {
  expired: number;
}

/** What happened to an employer's vacancy, as its users are told. */
type VacancyChange = 'changed' | 'opened' | 'on-hold' | 'closed' | 'reopened' | 'expired';

/**
 * Who made the change: the WSP's staff, an import, the region whose feed it is followed from, or
 * its closing date passing (the expiry pass).
 */
type ChangedBy = 'staff' | 'import' | 'exchange' | 'expiry';

@Injectable()
export class VacanciesService {
  private readonly logger = new Logger(VacanciesService.name);

  constructor(
    private readonly db: TransactionHost,
    private readonly vacancies: VacancyRepository,
    private readonly withdrawals: VacancyWithdrawalsRepository,
    private readonly employers: EmployersService,
    private readonly matching: MatchingRequests,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores the vacancy, its pending shortlist and its matching job in one transaction. A draft gets
   * its shortlist too, but the matcher leaves it unmatched until it is opened.
   */
  async create(dto: PostVacancyDto, principal: Principal): Promise<Vacancy> {
    const employerId = this.employerFor(dto, principal);
    const { status = 'open', ...given } = dto;
    const today = this.clock.today();
    const fields = normaliseVacancy(given, today);
    return this.db.transaction(async () => {
      // An employer whose account is gone is itself not found; staff named an unknown employer.
      if (isEmployer(principal)) await this.employers.get(employerId, principal);
      else if (!(await this.employers.exists(employerId)))
        throw VacancyErrors.unknownEmployer.at('employerId', `no employer ${employerId}`);
      const vacancy = await this.vacancies.insert({
        ...fields,
        ...placeOf(fields.postcode),
        validThrough: fields.validThrough ?? defaultValidThrough(today),
        employerId,
        status,
        source: OWN_SOURCE,
        externalReference: null,
        matchRegion: null,
        reopenedFrom: null,
        version: 1,
      });
      await this.matching.startShortlist(vacancy.id);
      return vacancy;
    });
  }

  /**
   * Replaces the fields of a vacancy that has not ended and asks for a new shortlist generation in
   * the same transaction. The accountmanager's decisions and the proposals stay: they are about the
   * candidate, not the text. A change without a closing date keeps the one it had.
   */
  async update(id: string, dto: UpdateVacancyDto, principal: Principal): Promise<Vacancy> {
    const { version, status: _refusedByValidation, ...changes } = dto;
    const fields = normaliseVacancy(changes, this.clock.today());
    return this.db.transaction(async () => {
      const current = await this.get(id, principal);
      checkOwn(current);
      if (hasEnded(current.status))
        throw VacancyErrors.notOpen(`Vacancy ${id} is ${current.status}; reopen it as a new vacancy to change it.`);
      const updated = await this.vacancies.updateVersioned({ id }, version, {
        ...fields,
        ...placeOf(fields.postcode),
        validThrough: fields.validThrough ?? current.validThrough,
      });
      await this.matching.rematch([id]);
      await this.tellEmployer(updated, 'changed', `v${updated.version}`, principal);
      return updated;
    });
  }

  /**
   * An imported row's fields as the vacancy would store them, checked as the body of POST /vacancies
   * and by the same intake rules (no writes): each invalid field, or the fields: the import compares them with the stored vacancy and shows the
   * change in a dry run. The workplace's coordinates and region come with the postcode.
   */
  async importedFields(row: object): Promise<ImportedVacancyFields | InvalidParam[]> {
    const dto = await checkBody(CreateVacancyDto, row);
    if (Array.isArray(dto)) return dto;
    const fields = normaliseVacancy(dto, this.clock.today());
    return { ...fields, ...placeOf(fields.postcode) };
  }

  /** The vacancy a source knows by its own reference, if it came in before. */
  findImported(source: string, externalReference: string): Promise<Vacancy | null> {
    return this.vacancies.findByReference(source, externalReference);
  }

  /**
   * A new vacancy from an import: open, with its source and reference, its shortlist and matching
   * job in the same transaction, as one typed in.
   */
  createImported(
    fields: ImportedVacancyFields,
    employerId: string,
    reference: { source: string; externalReference: string },
    followed: Pick<Vacancy, 'matchRegion' | 'reopenedFrom'> = { matchRegion: null, reopenedFrom: null },
  ): Promise<Vacancy> {
    return this.db.transaction(async () => {
      const vacancy = await this.vacancies.insert({
        ...fields,
        validThrough: fields.validThrough ?? defaultValidThrough(this.clock.today()),
        employerId,
        status: 'open',
        ...reference,
        ...followed,
        version: 1,
      });
      await this.matching.startShortlist(vacancy.id);
      return vacancy;
    });
  }

  /**
   * An import's new text for a vacancy it brought in before: versioned on the version read (so a
   * change in between is a conflict, not lost), matched again, as update() does. An ended vacancy is
   * not changed (vacancy.not-open). No closing date keeps the one it had.
   */
  updateImported(current: Vacancy, fields: ImportedVacancyFields): Promise<Vacancy> {
    return this.db.transaction(async () => {
      this.checkImportedUpdate(current);
      const updated = await this.vacancies.updateVersioned({ id: current.id }, current.version, {
        ...fields,
        validThrough: fields.validThrough ?? current.validThrough,
      });
      await this.matching.rematch([current.id]);
      await this.tellEmployer(updated, 'changed', `v${updated.version}`, 'import');
      return updated;
    });
  }

  /** A closed or expired vacancy is not changed by an import (a dry run asks this too). */
  checkImportedUpdate(current: Vacancy): void {
    if (hasEnded(current.status))
      throw VacancyErrors.notOpen.at(
        'externalReference',
        `vacancy ${current.id} is ${current.status}; a new reference makes a new vacancy`,
      );
  }

  /**
   * Opens a draft, puts an open vacancy on hold or resumes it. On hold it is neither proposed nor
   * offered, and its shortlist is kept; opened, it is matched again with what changed meanwhile.
   */
  async changeStatus(id: string, dto: VacancyStatusDto, principal: Principal): Promise<Vacancy> {
    return this.db.transaction(async () => {
      const current = await this.get(id, principal);
      checkOwn(current);
      checkStatusChange(current, dto.status, this.clock.today());
      const updated = await this.vacancies.updateVersioned({ id }, dto.version, { status: dto.status });
      if (dto.status === 'open') await this.matching.rematch([id]);
      const change = dto.status === 'open' ? 'opened' : 'on-hold';
      await this.tellEmployer(updated, change, `v${updated.version}`, principal);
      return updated;
    });
  }

  /**
   * Closes a vacancy for good, with the reason and who did it, and withdraws in the same
   * transaction what was still under way for it (see VacancyWithdrawalsRepository).
   */
  async close(id: string, dto: VacancyClosureDto, principal: Principal): Promise<Vacancy> {
    return this.db.transaction(async () => {
      const current = await this.get(id, principal);
      checkOwn(current);
      checkClosable(current);
      const closedAt = this.clock.now();
      const closed = await this.vacancies.updateVersioned({ id }, dto.version, {
        status: 'closed',
        closeReason: dto.reason,
        closedBy: principal.userId,
        closedAt,
      });
      await this.withdrawFor(id, dto.reason, closedAt);
      await this.tellEmployer(closed, 'closed', 'closed', principal);
      return closed;
    });
  }

  /**
   * A placement took the last position: the vacancy is closed as filled through Werkbrug, in the
   * placement's transaction. A vacancy that has ended already stays as it is.
   */
  async closeFilledHere(id: string, principal: Principal): Promise<void> {
    await this.db.transaction(async () => {
      const current = await this.vacancies.lockOrThrow({ id });
      if (hasEnded(current.status)) return;
      const closedAt = this.clock.now();
      await this.vacancies.end(id, {
        status: 'closed',
        closeReason: 'filled-here',
        closedBy: principal.userId,
        closedAt,
      });
      await this.withdrawFor(id, 'filled-here', closedAt);
      await this.tellEmployer(current, 'closed', 'closed', principal);
    });
  }

  /**
   * The region a followed vacancy comes from no longer publishes it (closed, on hold or expired
   * there; its feed does not say which): it is closed here as withdrawn, by no one here, with what
   * was under way for it. One that has ended here already stays as it is.
   */
  async endFollowed(id: string): Promise<void> {
    await this.db.transaction(async () => {
      const current = await this.vacancies.lockOrThrow({ id });
      if (hasEnded(current.status)) return;
      const closedAt = this.clock.now();
      await this.vacancies.end(id, { status: 'closed', closeReason: 'withdrawn', closedBy: null, closedAt });
      await this.withdrawFor(id, 'withdrawn', closedAt);
      await this.tellEmployer(current, 'closed', 'closed', 'exchange');
    });
  }

  /**
   * A closed or expired vacancy comes back only as a new vacancy, its next generation: copied, open,
   * linked by `reopenedFrom`, matched afresh. The old one keeps its history (and its status), and is
   * reopened at most once.
   */
  async reopen(id: string, dto: VacancyReopeningDto, principal: Principal): Promise<Vacancy> {
    const today = this.clock.today();
    if (dto.validThrough && dto.validThrough < today)
      throw VacancyErrors.validThroughInPast.at('validThrough', 'must not be before today');
    if (dto.validThrough && dto.validThrough > addDays(today, VALID_THROUGH_MAX_DAYS))
      throw VacancyErrors.validThroughTooFar.at('validThrough', `must be within ${VALID_THROUGH_MAX_DAYS} days`);
    return this.db.transaction(async () => {
      checkOwn(await this.get(id, principal));
      // Locked, so two reopenings at once make one successor and one 409.
      const previous = await this.vacancies.lockOrThrow({ id });
      checkReopenable(previous);
      const successor = await this.vacancies.successorOf(id);
      if (successor) throw VacancyErrors.alreadyReopened(`Vacancy ${id} was reopened as ${successor.id}.`);
      const vacancy = await this.vacancies.insert({
        employerId: previous.employerId,
        title: previous.title,
        description: previous.description,
        occupation: previous.occupation,
        sector: previous.sector,
        postcode: previous.postcode,
        latitude: previous.latitude,
        longitude: previous.longitude,
        region: previous.region,
        positions: previous.positions,
        hoursPerWeek: previous.hoursPerWeek,
        contractType: previous.contractType,
        startDate: previous.startDate && previous.startDate >= today ? previous.startDate : null,
        requiredCompetences: previous.requiredCompetences,
        desirableCompetences: previous.desirableCompetences,
        minimumEducation: previous.minimumEducation,
        demands: previous.demands,
        openToProefplaatsing: previous.openToProefplaatsing,
        trainingOffered: previous.trainingOffered,
        agreementId: previous.agreementId,
        workingTimes: previous.workingTimes,
        salary: previous.salary,
        application: previous.application,
        validThrough: dto.validThrough ?? defaultValidThrough(today),
        status: 'open',
        source: OWN_SOURCE,
        externalReference: null,
        matchRegion: null,
        reopenedFrom: previous.id,
        version: 1,
      });
      await this.matching.startShortlist(vacancy.id);
      await this.tellEmployer(vacancy, 'reopened', 'reopened', principal);
      return vacancy;
    });
  }

  /**
   * The expiry pass (a scheduled job): every open or on-hold vacancy whose closing date lies before
   * today (the Dutch day) expires, each in its own transaction with what it withdraws. A vacancy
   * changed meanwhile (a new closing date, closed) is checked again under its lock and left alone.
   */
  async expireDue(): Promise<ExpiryRun> {
    const today = this.clock.today();
    let expired = 0;
    for (;;) {
      const due = await this.vacancies.dueForExpiry(today, EXPIRY_BATCH);
      for (const id of due) {
        const done = await this.db.transaction(async () => {
          const vacancy = await this.vacancies.lockOrThrow({ id });
          if (!hasExpired(vacancy, today)) return false;
          const closedAt = this.clock.now();
          await this.vacancies.end(id, { status: 'expired', closeReason: null, closedBy: null, closedAt });
          await this.withdrawFor(id, 'expired', closedAt);
          // Told, so that the employer can reopen it with a new closing date while it is still wanted.
          await this.tellEmployer(vacancy, 'expired', 'expired', 'expiry');
          return true;
        });
        if (done) expired++;
      }
      if (due.length < EXPIRY_BATCH) break;
    }
    if (expired) this.logger.log({ msg: 'vacancies expired', expired, today });
    return { expired };
  }

  /** An employer's own vacancies; staff see all, or one employer's. */
  async list(principal: Principal, query: ListVacanciesQuery = {}): Promise<Paged<Vacancy>> {
    const page = pageOf(query);
    const employerId = isEmployer(principal) ? principal.employerId : query.employerId;
    return pageFrom(await this.vacancies.listNewestFirst(page, employerId), page);
  }

  /** Another employer's vacancy is not found, so an employer cannot even learn that it exists. */
  get(id: string, principal: Principal): Promise<Vacancy> {
    const where = isEmployer(principal) ? { id, employerId: principal.employerId } : { id };
    return this.vacancies.getOrThrow(where, `Vacancy ${id} not found.`);
  }

  /**
   * Tells the employer's users, in the transaction of the change, what staff, an import, the
   * exchange or the expiry pass did to their vacancy; what they did themselves they know. The event
   * key names the vacancy and the change (its version, or that it closed, expired or came back), so
   * the same change told twice notifies once. The title only: nothing of a candidate.
   */
  private async tellEmployer(
    vacancy: Pick<Vacancy, 'id' | 'employerId' | 'title'>,
    change: VacancyChange,
    occurrence: string,
    actor: Principal | Exclude<ChangedBy, 'staff'>,
  ): Promise<void> {
    if (typeof actor === 'object' && isEmployer(actor)) return;
    const by: ChangedBy = typeof actor === 'object' ? 'staff' : actor;
    const recipients = (await this.notifier.employerUsers(vacancy.employerId)).filter(
      (userId) => typeof actor !== 'object' || userId !== actor.userId,
    );
    if (!recipients.length) return;
    await this.notifier.notify({
      kind: 'vacancy-changed',
      eventKey: `vacancy-changed:${vacancy.id}:${occurrence}`,
      recipientIds: recipients,
      link: change === 'closed' || change === 'expired' ? '#/mijn-vacatures' : `#/mijn-vacatures/${vacancy.id}`,
      params: { vacancyId: vacancy.id, vacancyTitle: vacancy.title, change, by },
    });
  }

  private async withdrawFor(id: string, reason: VacancyEndReason, at: Date): Promise<Withdrawals> {
    const proposals = await this.withdrawals.withdrawProposals(id, reason, at);
    const offers = await this.withdrawals.withdrawOffers(id, reason, at);
    const conversations = await this.withdrawals.withdrawConversations(id, reason, at, this.clock.today());
    return { proposals, offers, conversations };
  }

  private employerFor(dto: CreateVacancyDto, principal: Principal): string {
    if (isEmployer(principal)) {
      if (dto.employerId && dto.employerId !== principal.employerId) {
        throw VacancyErrors.forOtherEmployer.at(
          'employerId',
          'an employer posts vacancies for itself only; leave employerId out',
        );
      }
      return principal.employerId;
    }
    if (!dto.employerId)
      throw FieldErrors.required.at('employerId', 'is required when posting on behalf of an employer');
    return dto.employerId;
  }
}
