import { Injectable } from '@nestjs/common';
import { Clock, InvalidParam, invalidInput, isEmployer, Principal, RecordErrors } from '@werkbrug/common';
import { PlacementAgreement, TransactionHost } from '@werkbrug/database';
import { ServiceLedger } from '../shared/ledger/service-ledger';
import { PartyErrors } from '../shared/parties/party.errors';
import { agreementProgress } from '../shared/reporting/agreement-progress';
import { AgreementErrors } from './agreement.errors';
import { AgreementRepository } from './agreement.repository';
import { AgreementView } from './agreement.response';
import { mostBehindFirst } from './behind';
import { CreateAgreementDto, LinkVacanciesDto, ListAgreementsQuery, UpdateAgreementDto } from './dto/agreement.dto';
import { Page, pageFrom, pageOf, Paged, slicePage } from '../shared/validation/paging';

/** Level 5: regional agreements with employers on a number of placements in a period, and their progress. */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly db: TransactionHost,
    private readonly agreements: AgreementRepository,
    private readonly ledger: ServiceLedger,
    private readonly clock: Clock,
  ) {}

  async create(dto: CreateAgreementDto, principal: Principal): Promise<AgreementView> {
    checkPeriod(dto);
    return this.db.transaction(async () => {
      await this.checkEmployersExist(dto.employerIds);
      const agreement = await this.agreements.insert({
        ...termsOf(dto),
        createdBy: principal.userId,
        createdAt: this.clock.now(),
        version: 1,
      });
      await this.agreements.setParties(agreement.id, dto.employerIds);
      await this.ledger.record({
        levels: 5,
        action: 'agreement',
        actor: principal,
        employerId: dto.employerIds[0],
        agreementId: agreement.id,
        subject: { type: 'placement-agreement', id: agreement.id },
      });
      return this.viewOf(agreement, this.clock.today());
    });
  }

  /** An employer sees only the agreements it is party to. Progress is for today. */
  async list(query: ListAgreementsQuery, principal: Principal): Promise<Paged<AgreementView>> {
    const page = pageOf(query);
    const { items, more } = pageFrom(
      await this.agreements.findFiltered(
        { ...query, partyId: isEmployer(principal) ? principal.employerId : undefined },
        page,
      ),
      page,
    );
    return { items: await this.viewsOf(items, this.clock.today()), more };
  }

  async get(id: string, principal: Principal, on = this.clock.today()): Promise<AgreementView> {
    return this.viewOf(await this.findVisible(id, principal), on);
  }

  /** The agreements active on the day whose placements lag behind the pro-rata target, most behind first. */
  async behind(on = this.clock.today(), page: Page = pageOf()): Promise<Paged<AgreementView>> {
    // How far behind is worked out here, not in SQL, so the page is cut from them all.
    return slicePage(mostBehindFirst(await this.viewsOf(await this.agreements.findActiveOn(on), on)), page);
  }

  /**
   * Replaces the agreement's terms and parties. An employer with vacancies still linked cannot be
   * dropped: those vacancies would count towards an agreement their employer is no party to.
   */
  async update(id: string, dto: UpdateAgreementDto): Promise<AgreementView> {
    checkPeriod(dto);
    return this.db.transaction(async () => {
      const agreement = await this.agreements.getOrThrow({ id }, `Agreement ${id} not found.`);
      const today = this.clock.today();
      const current = await this.viewOf(agreement, today);
      // A caller who read an older version gets the agreement as it is now, before any judgement of the change.
      if (agreement.version !== dto.version) throw RecordErrors.staleVersion(undefined, { current });
      await this.checkEmployersExist(dto.employerIds);
      const linked = await this.agreements.findVacancies(current.vacancyIds);
      const stranded = linked.find((vacancy) => !dto.employerIds.includes(vacancy.employerId));
      if (stranded)
        throw AgreementErrors.employerHasLinkedVacancies.at(
          'employerIds',
          `vacancy ${stranded.id} (${stranded.title}) of an employer left out is linked to the agreement; unlink it first`,
        );
      const updated = await this.agreements.updateVersioned({ id }, dto.version, termsOf(dto), () => current);
      await this.agreements.setParties(id, dto.employerIds);
      return this.viewOf(updated, today);
    });
  }

  /** Links vacancies of the agreement's employers to it: all of them, or (every one refused named) none. */
  async linkVacancies(id: string, dto: LinkVacanciesDto, principal: Principal): Promise<AgreementView> {
    return this.db.transaction(async () => {
      const agreement = await this.agreements.getOrThrow({ id }, `Agreement ${id} not found.`);
      const parties = await this.agreements.partiesOf(id);
      const vacancyOf = new Map(
        (await this.agreements.findVacancies(dto.vacancyIds)).map((vacancy) => [vacancy.id, vacancy]),
      );
      const problems = dto.vacancyIds.flatMap((vacancyId, index): InvalidParam[] => {
        const field = `vacancyIds[${index}]`;
        const vacancy = vacancyOf.get(vacancyId);
        if (!vacancy) return [PartyErrors.unknownVacancy.param(field, `no vacancy ${vacancyId}`)];
        if (!parties.includes(vacancy.employerId))
          return [
            AgreementErrors.employerNotParty.param(field, 'belongs to an employer that is not party to this agreement'),
          ];
        if (vacancy.agreementId === id)
          return [AgreementErrors.vacancyAlreadyLinked.param(field, 'is already linked to this agreement')];
        if (vacancy.agreementId)
          return [
            AgreementErrors.vacancyLinkedElsewhere.param(
              field,
              `is linked to agreement ${vacancy.agreementId}; unlink it there first`,
            ),
          ];
        return [];
      });
      if (problems.length) throw invalidInput(problems);
      await this.agreements.linkVacancies(id, dto.vacancyIds);
      for (const vacancyId of dto.vacancyIds) {
        await this.ledger.record({
          levels: 5,
          action: 'agreement-vacancy-linked',
          actor: principal,
          employerId: vacancyOf.get(vacancyId)!.employerId,
          vacancyId,
          agreementId: id,
          subject: { type: 'vacancy', id: vacancyId },
        });
      }
      return this.viewOf(agreement, this.clock.today());
    });
  }

  /** Placements already recorded under the agreement keep counting: they were made under it. */
  async unlinkVacancy(id: string, vacancyId: string): Promise<AgreementView> {
    return this.db.transaction(async () => {
      const agreement = await this.agreements.getOrThrow({ id }, `Agreement ${id} not found.`);
      if (!(await this.agreements.unlinkVacancy(id, vacancyId)))
        throw AgreementErrors.vacancyNotLinked(`Vacancy ${vacancyId} is not linked to agreement ${id}.`);
      return this.viewOf(agreement, this.clock.today());
    });
  }

  /** Another employer's agreement is not found, so an employer cannot learn that it exists. */
  private async findVisible(id: string, principal: Principal): Promise<PlacementAgreement> {
    const notFound = `Agreement ${id} not found.`;
    const agreement = await this.agreements.getOrThrow({ id }, notFound);
    if (isEmployer(principal) && !(await this.agreements.partiesOf(id)).includes(principal.employerId))
      throw AgreementErrors.notFound(notFound);
    return agreement;
  }

  /** Every employer named must exist; those that do not are all named. */
  private async checkEmployersExist(employerIds: string[]): Promise<void> {
    const found = await this.agreements.existingEmployers(employerIds);
    const problems = employerIds.flatMap((employerId, index) =>
      found.has(employerId)
        ? []
        : [PartyErrors.unknownEmployer.param(`employerIds[${index}]`, `no employer ${employerId}`)],
    );
    if (problems.length) throw invalidInput(problems);
  }

  private async viewOf(agreement: PlacementAgreement, on: string): Promise<AgreementView> {
    const [view] = await this.viewsOf([agreement], on);
    return view;
  }

  /** The agreements with their parties, linked vacancies and progress on a day. */
  private async viewsOf(agreements: PlacementAgreement[], on: string): Promise<AgreementView[]> {
    if (!agreements.length) return [];
    const ids = agreements.map((agreement) => agreement.id);
    const parties = await this.agreements.partiesByAgreement(ids);
    const vacancies = await this.agreements.linkedVacanciesByAgreement(ids);
    const placed = await this.agreements.placedByAgreement(ids, on);
    return agreements.map((agreement) =>
      AgreementView.of(
        agreement,
        { employerIds: parties.get(agreement.id) ?? [], vacancyIds: vacancies.get(agreement.id) ?? [] },
        agreementProgress(agreement, placed.get(agreement.id) ?? 0, on),
        on,
      ),
    );
  }
}

function checkPeriod(dto: CreateAgreementDto): void {
  if (dto.endsOn <= dto.startsOn) throw AgreementErrors.endsNotAfterStart.at('endsOn', 'must be after startsOn');
}

function termsOf(dto: CreateAgreementDto) {
  const { name, region, startsOn, endsOn, targetPlacements, uwvPartner, sectors, occupations, instruments } = dto;
  const contacts = dto.contacts.map(({ name, organisation, email, phone }) => ({
    name,
    organisation,
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
  }));
  return { name, region, startsOn, endsOn, targetPlacements, uwvPartner, sectors, occupations, instruments, contacts };
}
