import { Injectable, NotFoundException } from '@nestjs/common';
import { invalidField, isEmployer, Principal, StaleVersionException, Clock } from '@werkbrug/common';
import { PlacementAgreement, updateVersioned, Vacancy, TransactionHost } from '@werkbrug/database';
import { EntityManager, In } from 'typeorm';
import { recordService } from '../shared/ledger/service-ledger';
import { agreementProgress } from '../shared/reporting/agreement-progress';
import { AgreementView } from './agreement.response';
import { mostBehindFirst } from './behind';
import { CreateAgreementDto, LinkVacanciesDto, ListAgreementsQuery, UpdateAgreementDto } from './dto/agreement.dto';

/** Level 5: regional agreements with employers on a number of placements in a period, and their progress. */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly db: TransactionHost,
    private readonly clock: Clock,
  ) {}

  async create(dto: CreateAgreementDto, principal: Principal): Promise<AgreementView> {
    checkPeriod(dto);
    return this.db.transaction(async (manager) => {
      await checkEmployersExist(manager, dto.employerIds);
      const agreement = await manager.save(
        manager.create(PlacementAgreement, {
          ...termsOf(dto),
          createdBy: principal.subject,
          createdAt: this.clock.now(),
          version: 1,
        }),
      );
      await setEmployers(manager, agreement.id, dto.employerIds);
      const subject = { type: 'placement-agreement', id: agreement.id };
      await recordService(manager, {
        levels: 5,
        action: 'agreement',
        actor: principal,
        employerId: dto.employerIds[0],
        agreementId: agreement.id,
        subject,
      });
      const [view] = await viewsOf(manager, [agreement], this.clock.today());
      return view;
    });
  }

  /** An employer sees only the agreements it is party to. Progress is for today. */
  async list(query: ListAgreementsQuery, principal: Principal): Promise<AgreementView[]> {
    const builder = this.db.manager
      .getRepository(PlacementAgreement)
      .createQueryBuilder('a')
      .orderBy('a.starts_on', 'DESC')
      .addOrderBy('a.name')
      .addOrderBy('a.id');
    if (query.region) builder.andWhere('a.region = :region', { region: query.region });
    if (query.activeOn)
      builder.andWhere('a.starts_on <= :activeOn AND a.ends_on >= :activeOn', { activeOn: query.activeOn });
    if (isEmployer(principal)) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM placement_agreement_employers x WHERE x.agreement_id = a.id AND x.employer_id = :employerId)',
        {
          employerId: principal.employerId,
        },
      );
    }
    return viewsOf(this.db.manager, await builder.getMany(), this.clock.today());
  }

  async get(id: string, principal: Principal, on = this.clock.today()): Promise<AgreementView> {
    const [view] = await viewsOf(this.db.manager, [await this.findVisible(id, principal)], on);
    return view;
  }

  /** The agreements active on the day whose placements lag behind the pro-rata target, most behind first. */
  async behind(on = this.clock.today()): Promise<AgreementView[]> {
    const active = await this.db.manager
      .getRepository(PlacementAgreement)
      .createQueryBuilder('a')
      .where('a.starts_on <= :on AND a.ends_on >= :on', { on })
      .getMany();
    return mostBehindFirst(await viewsOf(this.db.manager, active, on));
  }

  /**
   * Replaces the agreement's terms and parties. An employer with vacancies still linked cannot be
   * dropped: those vacancies would count towards an agreement their employer is no party to.
   */
  async update(id: string, dto: UpdateAgreementDto): Promise<AgreementView> {
    checkPeriod(dto);
    return this.db.transaction(async (manager) => {
      const agreement = await manager.findOneBy(PlacementAgreement, { id });
      if (!agreement) throw new NotFoundException(`Agreement ${id} not found.`);
      const today = this.clock.today();
      const [current] = await viewsOf(manager, [agreement], today);
      // A caller who read an older version gets the agreement as it is now, before any judgement of the change.
      if (agreement.version !== dto.version) throw new StaleVersionException(current);
      await checkEmployersExist(manager, dto.employerIds);
      const stranded = await manager.findBy(Vacancy, { id: In(current.vacancyIds) });
      const dropped = stranded.find((vacancy) => !dto.employerIds.includes(vacancy.employerId));
      if (dropped)
        throw invalidField(
          'employerIds',
          `vacancy ${dropped.id} (${dropped.title}) of an employer left out is linked to the agreement; unlink it first`,
        );
      const updated = await updateVersioned(
        manager,
        PlacementAgreement,
        { id },
        dto.version,
        termsOf(dto),
        () => current,
      );
      await manager.query(`DELETE FROM placement_agreement_employers WHERE agreement_id = $1`, [id]);
      await setEmployers(manager, id, dto.employerIds);
      const [view] = await viewsOf(manager, [updated], today);
      return view;
    });
  }

  /** Links vacancies of the agreement's employers to it: all of them, or (one refused, named) none. */
  async linkVacancies(id: string, dto: LinkVacanciesDto, principal: Principal): Promise<AgreementView> {
    return this.db.transaction(async (manager) => {
      const agreement = await manager.findOneBy(PlacementAgreement, { id });
      if (!agreement) throw new NotFoundException(`Agreement ${id} not found.`);
      const parties = await employersOf(manager, id);
      const vacancyOf = new Map(
        (await manager.findBy(Vacancy, { id: In(dto.vacancyIds) })).map((vacancy) => [vacancy.id, vacancy]),
      );
      dto.vacancyIds.forEach((vacancyId, index) => {
        const refuse = (reason: string) => invalidField(`vacancyIds[${index}]`, reason);
        const vacancy = vacancyOf.get(vacancyId);
        if (!vacancy) throw refuse(`no vacancy ${vacancyId}`);
        if (!parties.includes(vacancy.employerId))
          throw refuse('belongs to an employer that is not party to this agreement');
        if (vacancy.agreementId === id) throw refuse('is already linked to this agreement');
        if (vacancy.agreementId) throw refuse(`is linked to agreement ${vacancy.agreementId}; unlink it there first`);
      });
      await manager.update(Vacancy, { id: In(dto.vacancyIds) }, { agreementId: id });
      for (const vacancyId of dto.vacancyIds) {
        const vacancy = vacancyOf.get(vacancyId)!;
        const subject = { type: 'vacancy', id: vacancyId };
        await recordService(manager, {
          levels: 5,
          action: 'agreement-vacancy-linked',
          actor: principal,
          employerId: vacancy.employerId,
          vacancyId,
          agreementId: id,
          subject,
        });
      }
      const [view] = await viewsOf(manager, [agreement], this.clock.today());
      return view;
    });
  }

  /** Placements already recorded under the agreement keep counting: they were made under it. */
  async unlinkVacancy(id: string, vacancyId: string): Promise<AgreementView> {
    return this.db.transaction(async (manager) => {
      const agreement = await manager.findOneBy(PlacementAgreement, { id });
      if (!agreement) throw new NotFoundException(`Agreement ${id} not found.`);
      const { affected } = await manager.update(Vacancy, { id: vacancyId, agreementId: id }, { agreementId: null });
      if (!affected) throw new NotFoundException(`Vacancy ${vacancyId} is not linked to agreement ${id}.`);
      const [view] = await viewsOf(manager, [agreement], this.clock.today());
      return view;
    });
  }

  /** Another employer's agreement is not found, so an employer cannot learn that it exists. */
  private async findVisible(id: string, principal: Principal): Promise<PlacementAgreement> {
    const agreement = await this.db.manager.getRepository(PlacementAgreement).findOneBy({ id });
    const visible =
      agreement && (!isEmployer(principal) || (await employersOf(this.db.manager, id)).includes(principal.employerId));
    if (!visible) throw new NotFoundException(`Agreement ${id} not found.`);
    return agreement;
  }
}

function checkPeriod(dto: CreateAgreementDto): void {
  if (dto.endsOn <= dto.startsOn) throw invalidField('endsOn', 'must be after startsOn');
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

async function checkEmployersExist(manager: EntityManager, employerIds: string[]): Promise<void> {
  const rows: { id: string }[] = await manager.query(`SELECT id FROM employers WHERE id = ANY($1)`, [employerIds]);
  const found = new Set(rows.map((row) => row.id));
  employerIds.forEach((employerId, index) => {
    if (!found.has(employerId)) throw invalidField(`employerIds[${index}]`, `no employer ${employerId}`);
  });
}

async function setEmployers(manager: EntityManager, agreementId: string, employerIds: string[]): Promise<void> {
  await manager.query(
    `INSERT INTO placement_agreement_employers (agreement_id, employer_id) SELECT $1, unnest($2::uuid[])`,
    [agreementId, employerIds],
  );
}

async function employersOf(manager: EntityManager, agreementId: string): Promise<string[]> {
  const rows: { employer_id: string }[] = await manager.query(
    `SELECT employer_id FROM placement_agreement_employers WHERE agreement_id = $1`,
    [agreementId],
  );
  return rows.map((row) => row.employer_id);
}

/**
 * The agreements with their parties, linked vacancies and progress on a day. Placed counts paid-work
 * placements under the agreement that started in its period and by that day (one not yet started is
 * no placement yet).
 */
async function viewsOf(manager: EntityManager, agreements: PlacementAgreement[], on: string): Promise<AgreementView[]> {
  if (!agreements.length) return [];
  const ids = agreements.map((agreement) => agreement.id);
  const group = <T extends { agreement_id: string }>(rows: T[], value: (row: T) => string) => {
    const map = new Map<string, string[]>();
    for (const row of rows) map.set(row.agreement_id, [...(map.get(row.agreement_id) ?? []), value(row)]);
    return map;
  };
  const employers = group(
    await manager.query(
      `SELECT x.agreement_id, x.employer_id FROM placement_agreement_employers x JOIN employers e ON e.id = x.employer_id
        WHERE x.agreement_id = ANY($1) ORDER BY e.name, e.id`,
      [ids],
    ),
    (row: { agreement_id: string; employer_id: string }) => row.employer_id,
  );
  const vacancies = group(
    await manager.query(`SELECT agreement_id, id FROM vacancies WHERE agreement_id = ANY($1) ORDER BY created_at, id`, [
      ids,
    ]),
    (row: { agreement_id: string; id: string }) => row.id,
  );
  const placedRows: { id: string; placed: number }[] = await manager.query(
    `SELECT a.id, count(p.id)::int AS placed
       FROM placement_agreements a
       LEFT JOIN placements p ON p.agreement_id = a.id AND p.kind = 'paid-work' AND p.starts_on BETWEEN a.starts_on AND a.ends_on AND p.starts_on <= $2
      WHERE a.id = ANY($1)
      GROUP BY a.id`,
    [ids, on],
  );
  const placed = new Map(placedRows.map((row) => [row.id, Number(row.placed)]));
  return agreements.map((agreement) =>
    AgreementView.of(
      agreement,
      { employerIds: employers.get(agreement.id) ?? [], vacancyIds: vacancies.get(agreement.id) ?? [] },
      agreementProgress(agreement, placed.get(agreement.id) ?? 0, on),
      on,
    ),
  );
}
