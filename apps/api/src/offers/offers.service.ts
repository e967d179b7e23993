import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { invalidField, Principal, Clock } from '@werkbrug/common';
import { Candidate, MatchFeedback, updateVersioned, VacancyOffer, TransactionHost } from '@werkbrug/database';
import { EntityManager } from 'typeorm';
import { recordService } from '../shared/ledger/service-ledger';
import { OfferDto, OfferResponseDto } from './dto/offer.dto';
import { OfferView } from './offer.response';

/** Level 1: a klantmanager offers suitable vacancies to a candidate and records the answer. */
@Injectable()
export class OffersService {
  constructor(
    private readonly db: TransactionHost,
    private readonly clock: Clock,
  ) {}

  async offer(candidateId: string, dto: OfferDto, principal: Principal): Promise<OfferView> {
    return this.db.transaction(async (manager) => {
      const candidate = await manager.findOneBy(Candidate, { id: candidateId });
      if (!candidate) throw new NotFoundException(`Candidate ${candidateId} not found.`);
      if (candidate.availability !== 'available')
        throw new ConflictException(
          `The candidate is ${candidate.availability}; offer vacancies to available candidates.`,
        );
      const vacancy = await vacancyOf(manager, dto.vacancyId);
      if (!vacancy) throw invalidField('vacancyId', `no vacancy ${dto.vacancyId}`);
      if (vacancy.status !== 'open')
        throw invalidField('vacancyId', `the vacancy is ${vacancy.status}; only open vacancies are offered`);
      if (await manager.existsBy(MatchFeedback, { vacancyId: dto.vacancyId, candidateId })) {
        throw invalidField('vacancyId', 'the candidate was turned down for this vacancy');
      }
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(VacancyOffer)
        .values({
          candidateId,
          vacancyId: dto.vacancyId,
          note: dto.note ?? null,
          offeredBy: principal.subject,
          offeredAt: this.clock.now(),
          version: 1,
        })
        .orIgnore()
        .returning('id')
        .execute();
      if (!inserted.raw.length)
        throw invalidField('vacancyId', 'this vacancy has already been offered to the candidate');
      const offer = await manager.findOneByOrFail(VacancyOffer, { id: inserted.raw[0].id });
      await recordService(manager, {
        levels: 1,
        action: 'vacancy-offered',
        actor: principal,
        candidateId,
        vacancyId: dto.vacancyId,
        subject: { type: 'vacancy-offer', id: offer.id },
      });
      return OfferView.of(offer, vacancy);
    });
  }

  /** The candidate's answer; it may change (interested, then applied) on the version last read. */
  async respond(offerId: string, dto: OfferResponseDto, principal: Principal): Promise<OfferView> {
    if (dto.response === 'not-interested' && !dto.reason)
      throw invalidField('reason', 'say why the candidate is not interested');
    return this.db.transaction(async (manager) => {
      const offer = await manager.findOneBy(VacancyOffer, { id: offerId });
      if (!offer) throw new NotFoundException(`Offer ${offerId} not found.`);
      const vacancy = (await vacancyOf(manager, offer.vacancyId))!;
      const changes = {
        response: dto.response,
        responseReason: dto.reason ?? null,
        respondedBy: principal.subject,
        respondedAt: this.clock.now(),
      };
      const updated = await updateVersioned(manager, VacancyOffer, { id: offerId }, dto.version, changes, (current) =>
        OfferView.of(current, vacancy),
      );
      await recordService(manager, {
        levels: 1,
        action: 'offer-response',
        actor: principal,
        candidateId: offer.candidateId,
        vacancyId: offer.vacancyId,
        subject: { type: 'vacancy-offer', id: offer.id },
      });
      return OfferView.of(updated, vacancy);
    });
  }

  async forCandidate(candidateId: string): Promise<OfferView[]> {
    if (!(await this.db.manager.getRepository(Candidate).existsBy({ id: candidateId })))
      throw new NotFoundException(`Candidate ${candidateId} not found.`);
    const rows = await this.db.manager
      .getRepository(VacancyOffer)
      .createQueryBuilder('o')
      .innerJoin('vacancies', 'v', 'v.id = o.vacancy_id')
      .innerJoin('employers', 'e', 'e.id = v.employer_id')
      .addSelect(['v.title AS vacancy_title', 'e.name AS employer_name'])
      .where('o.candidate_id = :candidateId', { candidateId })
      .orderBy('o.offered_at', 'DESC')
      .getRawAndEntities();
    return rows.entities.map((offer, index) =>
      OfferView.of(offer, { title: rows.raw[index].vacancy_title, employerName: rows.raw[index].employer_name }),
    );
  }
}

async function vacancyOf(
  manager: EntityManager,
  id: string,
): Promise<{ title: string; employerName: string; status: string } | undefined> {
  const [row] = await manager.query(
    `SELECT v.title, v.status, e.name AS "employerName" FROM vacancies v JOIN employers e ON e.id = v.employer_id WHERE v.id = $1`,
    [id],
  );
  return row;
}
