import { Injectable } from '@nestjs/common';
import { Principal, Clock } from '@werkbrug/common';
import { TransactionHost } from '@werkbrug/database';
import { ServiceLedger } from '../shared/ledger/service-ledger';
import { ShortlistsService } from '../shortlists/shortlists.service';
import { OfferDto, OfferResponseDto } from './dto/offer.dto';
import { OfferErrors } from './offer.errors';
import { OfferView } from './offer.response';
import { OfferedVacancy, VacancyOfferRepository } from './vacancy-offer.repository';

/** Level 1: a klantmanager offers suitable vacancies to a candidate and records the answer. */
@Injectable()
export class OffersService {
  constructor(
    private readonly db: TransactionHost,
    private readonly offers: VacancyOfferRepository,
    private readonly shortlists: ShortlistsService,
    private readonly ledger: ServiceLedger,
    private readonly clock: Clock,
  ) {}

  async offer(candidateId: string, dto: OfferDto, principal: Principal): Promise<OfferView> {
    return this.db.transaction(async () => {
      const availability = await this.offers.availabilityOf(candidateId);
      if (!availability) throw OfferErrors.candidateNotFound(`Candidate ${candidateId} not found.`);
      if (availability !== 'available')
        throw OfferErrors.candidateNotAvailable(
          `The candidate is ${availability}; offer vacancies to available candidates.`,
        );
      const vacancy = await this.vacancyToOffer(candidateId, dto.vacancyId);
      const offer = await this.offers.insertUnlessOffered({
        candidateId,
        vacancyId: dto.vacancyId,
        note: dto.note ?? null,
        offeredBy: principal.userId,
        offeredAt: this.clock.now(),
      });
      if (!offer)
        throw OfferErrors.alreadyOffered.at('vacancyId', 'this vacancy has already been offered to the candidate');
      await this.ledger.record({
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
      throw OfferErrors.reasonRequired.at('reason', 'say why the candidate is not interested');
    return this.db.transaction(async () => {
      const offer = await this.offers.getOrThrow({ id: offerId }, `Offer ${offerId} not found.`);
      if (offer.withdrawnReason)
        throw OfferErrors.withdrawn(`The vacancy ended (${offer.withdrawnReason}); the offer was withdrawn.`);
      const vacancy = (await this.offers.vacancy(offer.vacancyId))!;
      const changes = {
        response: dto.response,
        responseReason: dto.reason ?? null,
        respondedBy: principal.userId,
        respondedAt: this.clock.now(),
      };
      const updated = await this.offers.updateVersioned({ id: offerId }, dto.version, changes, (current) =>
        OfferView.of(current, vacancy),
      );
      await this.ledger.record({
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
    if (!(await this.offers.candidateExists(candidateId)))
      throw OfferErrors.candidateNotFound(`Candidate ${candidateId} not found.`);
    const offers = await this.offers.forCandidate(candidateId);
    return offers.map(({ offer, vacancy }) => OfferView.of(offer, vacancy));
  }

  /** Only an open vacancy is offered, and never to a candidate turned down for it. */
  private async vacancyToOffer(candidateId: string, vacancyId: string): Promise<OfferedVacancy> {
    const vacancy = await this.offers.vacancy(vacancyId);
    if (!vacancy) throw OfferErrors.vacancyNotFound.at('vacancyId', `no vacancy ${vacancyId}`);
    if (vacancy.status !== 'open')
      throw OfferErrors.vacancyNotOpen.at(
        'vacancyId',
        `the vacancy is ${vacancy.status}; only open vacancies are offered`,
      );
    if (await this.shortlists.wasTurnedDown(vacancyId, candidateId))
      throw OfferErrors.candidateTurnedDown.at('vacancyId', 'the candidate was turned down for this vacancy');
    return vacancy;
  }
}
