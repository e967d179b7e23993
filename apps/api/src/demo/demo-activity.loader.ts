import { Injectable } from '@nestjs/common';
import { Principal } from '@werkbrug/common';
import { ConsentKind } from '@werkbrug/database';
import { MATCH_VACANCY_JOB } from '@werkbrug/queue';
import { MatchingJobHandler } from '@werkbrug/shortlisting';

import { AgreementsService } from '../agreements/agreements.service';
import { CreateAgreementDto, LinkVacanciesDto } from '../agreements/dto/agreement.dto';
import { CandidateOutcomesService } from '../candidate-outcomes/candidate-outcomes.service';
import { CreateCandidateOutcomeDto } from '../candidate-outcomes/dto/candidate-outcome.dto';
import { ConsentsService } from '../consent/consents.service';
import { GiveConsentDto } from '../consent/dto/give-consent.dto';
import { OfferDto, OfferResponseDto } from '../offers/dto/offer.dto';
import { OffersService } from '../offers/offers.service';
import { LogOutreachDto } from '../outreach/dto/log-outreach.dto';
import { OutreachService } from '../outreach/outreach.service';
import { CreatePlacementDto, ProefplaatsingDecisionDto, SixMonthCheckDto } from '../placements/dto/placement.dto';
import { PlacementsService } from '../placements/placements.service';
import { AnswerDto } from '../proposals/dto/answer.dto';
import { ProposeDto } from '../proposals/dto/propose.dto';
import { ProposalsService } from '../proposals/proposals.service';
import { DecisionDto } from '../shortlists/dto/decision.dto';
import { ShortlistsService } from '../shortlists/shortlists.service';
import {
  CreateSpeeddateDto,
  InviteDto,
  LogOutcomesDto,
  OutcomeDto,
  SaveScheduleDto,
} from '../speeddates/dto/speeddate.dto';
import { SpeeddatesService } from '../speeddates/speeddates.service';
import { CreateTrainingPlanDto, TrainingStatusDto } from '../training-plans/dto/training-plan.dto';
import { TrainingPlansService } from '../training-plans/training-plans.service';
import { asDto } from './as-dto';
import { atTen, DEMO_STORY, demoCalendar } from './demo-activity';
import { DemoDataRepository } from './demo-data.repository';

/** The staff who do the demo's work; every ledger row and follow-up names one of them. */
export interface DemoStaff {
  accountmanager: Principal;
  jobhunter: Principal;
  klantmanager: Principal;
}

export interface DemoIds {
  employerIds: string[];
  candidateIds: string[];
  vacancyIds: string[];
  /** The employer index of each vacancy. */
  vacancyEmployers: number[];
  consents: ConsentKind[][];
  staff: DemoStaff;
  /** A contact person of each employer, by employer index. */
  employerUsers: Principal[];
}

/** What the outcomes of the past speeddate say, in turn: most conversations lead somewhere, some not, one no-show. */
const SPEEDDATE_OUTCOMES: Omit<OutcomeDto, 'conversationId'>[] = [
  { tookPlace: true, interest: 'both', nextStep: 'second-interview' },
  { tookPlace: true, interest: 'both', nextStep: 'proefplaatsing' },
  {
    tookPlace: true,
    interest: 'candidate-only',
    nextStep: 'no-match',
    reason: 'De werkgever zoekt iemand voor vroege diensten.',
  },
  { tookPlace: true, interest: 'employer-only', nextStep: 'training', reason: 'Wil eerst een cursus volgen.' },
  { tookPlace: false },
  { tookPlace: true, interest: 'both', nextStep: 'werken-met-behoud' },
  { tookPlace: true, interest: 'none', nextStep: 'no-match', reason: 'Het werk past niet bij de wensen.' },
];

/**
 * The demo's activity at all five levels, done through the API's own services with a demo
 * principal per role, so ledger rows, follow-ups, versions and rematches are exactly what the API writes.
 */
@Injectable()
export class DemoActivity {
  private readonly used = new Set<string>();
  private ids!: DemoIds;

  constructor(
    private readonly demoData: DemoDataRepository,
    private readonly matching: MatchingJobHandler,
    private readonly consentsService: ConsentsService,
    private readonly shortlists: ShortlistsService,
    private readonly proposals: ProposalsService,
    private readonly offers: OffersService,
    private readonly speeddates: SpeeddatesService,
    private readonly trainingPlans: TrainingPlansService,
    private readonly outreach: OutreachService,
    private readonly agreements: AgreementsService,
    private readonly placements: PlacementsService,
    private readonly outcomes: CandidateOutcomesService,
  ) {}

  async load(ids: DemoIds, today: string): Promise<void> {
    this.ids = ids;
    this.used.clear();
    const calendar = demoCalendar(today);
    await this.giveConsents();
    await this.buildShortlists();
    const { accountmanager, jobhunter, klantmanager } = this.ids.staff;

    // Level 5: agreements and the vacancies that count towards them.
    const agreementIds: string[] = [];
    for (const [index, agreement] of DEMO_STORY.agreements.entries()) {
      const terms = calendar.agreements[index];
      const dto = await asDto(CreateAgreementDto, {
        name: agreement.name,
        region: 'flevoland',
        ...terms,
        targetPlacements: agreement.target,
        employerIds: agreement.employers.map((employer) => ids.employerIds[employer]),
        uwvPartner: index === 1,
        sectors: index === 0 ? ['Q'] : ['H'],
        occupations: [],
        instruments:
          index === 0 ? ['proefplaatsing', 'no-risk-polis', 'jobcoach'] : ['loonkostensubsidie', 'proefplaatsing'],
        contacts: [
          {
            name: index === 0 ? 'Marieke Haveman' : 'Joost van der Plas',
            organisation: index === 0 ? 'Zorggroep De Polderhof' : 'Distributiecentrum Stichtsekant',
          },
        ],
      });
      const created = await this.agreements.create(dto, accountmanager);
      agreementIds.push(created.id);
      const link = await asDto(LinkVacanciesDto, {
        vacancyIds: agreement.vacancies.map((vacancy) => ids.vacancyIds[vacancy]),
      });
      await this.agreements.linkVacancies(created.id, link, accountmanager);
    }

    // Level 1: vacancies offered to candidates, with their answers (one still open).
    const responses = [
      { response: 'interested' },
      { response: 'applied' },
      { response: 'not-interested', reason: 'De reistijd is te lang met het openbaar vervoer.' },
      undefined,
    ];
    for (const vacancy of DEMO_STORY.offerVacancies) {
      for (const [index, candidateId] of (await this.candidatesFor(vacancy, responses.length)).entries()) {
        const offer = await this.offers.offer(
          candidateId,
          await asDto(OfferDto, { vacancyId: ids.vacancyIds[vacancy], note: 'Past bij uw wensen en ervaring.' }),
          klantmanager,
        );
        const response = responses[index];
        if (response)
          await this.offers.respond(
            offer.id,
            await asDto(OfferResponseDto, { ...response, version: offer.version }),
            klantmanager,
          );
      }
    }

    // Level 2: shortlist decisions, proposals and the employers' answers; rejections last, as they rematch.
    await this.proposalStory(DEMO_STORY.proposalVacancies[0], {
      propose: 4,
      answers: ['invite', 'not-now', 'reject'],
      setAside: 1,
      reject: 1,
    });
    await this.proposalStory(DEMO_STORY.proposalVacancies[1], {
      propose: 3,
      answers: ['invite'],
      setAside: 0,
      reject: 1,
    });
    await this.proposalStory(DEMO_STORY.proposalVacancies[2], { propose: 2, answers: [], setAside: 1, reject: 0 });

    // Level 2: a speeddate three weeks ago with its outcomes logged (follow-ups for the next steps), one today with none logged yet, and one coming up.
    await this.speeddate(
      {
        title: 'Banenmarkt Zorg en Schoonmaak',
        heldOn: calendar.pastSpeeddate,
        startsAt: '13:30',
        place: 'Stadhuis Almere, Stadhuisplein 1',
        sectorFocus: ['Q', 'N'],
      },
      DEMO_STORY.pastSpeeddateEmployers,
      true,
    );
    await this.speeddate(
      {
        title: 'Speeddate Logistiek en Retail',
        heldOn: calendar.comingSpeeddate,
        startsAt: '10:00',
        place: 'Werkplein Lelystad, Zuiderwagenplein 2',
        sectorFocus: ['H', 'G'],
      },
      DEMO_STORY.comingSpeeddateEmployers,
      false,
    );
    await this.speeddate(
      {
        title: 'Kennismakingsmiddag Zorg en Welzijn',
        heldOn: calendar.todaySpeeddate,
        startsAt: '14:00',
        place: 'Werkplein Almere, Stationsstraat 10',
        sectorFocus: ['Q'],
      },
      DEMO_STORY.todaySpeeddateEmployers,
      false,
    );

    // Level 3: a training for a vacancy with baangarantie that has started, and one still planned.
    const trainings = [
      {
        provider: 'Opleidingscentrum Flevoland',
        title: 'Code 95 en rijvaardigheid bestelbus',
        costEur: 1850,
        baangarantie: true,
        start: true,
      },
      { provider: 'Vakschool Vers', title: 'Vakkracht versafdeling', costEur: 650, baangarantie: false, start: false },
    ];
    for (const [index, vacancy] of DEMO_STORY.trainingVacancies.entries()) {
      const { start, ...training } = trainings[index];
      const [candidateId] = await this.candidatesFor(vacancy, 1);
      const dto = await asDto(CreateTrainingPlanDto, {
        vacancyId: ids.vacancyIds[vacancy],
        ...training,
        ...calendar.training[index],
      });
      const plan = await this.trainingPlans.create(candidateId, dto, jobhunter);
      if (start)
        await this.trainingPlans.setStatus(
          plan.id,
          await asDto(TrainingStatusDto, { status: 'started', version: plan.version }),
          jobhunter,
        );
    }

    // Level 4: a jobhunter approaching employers for one candidate at a time, also without a vacancy.
    const [searchCandidate, otherCandidate] = await this.candidatesFor(DEMO_STORY.proposalVacancies[0], 2);
    const [brasserie, school] = DEMO_STORY.outreachEmployers.map((employer) => ids.employerIds[employer]);
    await this.logOutreach(searchCandidate, brasserie, calendar.outreachOn[0], 'phone', 'no-answer');
    await this.logOutreach(
      searchCandidate,
      brasserie,
      calendar.outreachOn[1],
      'phone',
      'interested',
      'Werkgever wil kennismaken; extra hulp in de keuken is welkom.',
    );
    await this.logOutreach(
      otherCandidate,
      school,
      calendar.outreachOn[2],
      'visit',
      'vacancy-created',
      'School maakt een functie als conciërge-assistent van 20 uur.',
    );

    // Results: paid work that lasted six months, found through the jobhunter, under the care agreement.
    const [lastingCandidate] = await this.candidatesFor(DEMO_STORY.lastingVacancy, 1);
    const lastingEmployer = ids.employerIds[1];
    await this.logOutreach(
      lastingCandidate,
      lastingEmployer,
      calendar.lasting.outreachOn,
      'meeting',
      'introduction-planned',
      'Kennismaking op de afdeling dagbesteding.',
    );
    const lasting = await this.placements.create(
      await asDto(CreatePlacementDto, {
        candidateId: lastingCandidate,
        employerId: lastingEmployer,
        vacancyId: ids.vacancyIds[DEMO_STORY.lastingVacancy],
        kind: 'paid-work',
        uitstroom: 'full',
        startsOn: calendar.lasting.startsOn,
        hoursPerWeek: 24,
        contractType: 'temporary',
        instruments: ['no-risk-polis'],
      }),
      accountmanager,
    );
    await this.placements.sixMonthCheck(
      lasting.id,
      await asDto(SixMonthCheckDto, { lasted: true, checkedOn: calendar.lasting.checkedOn, version: lasting.version }),
      accountmanager,
    );

    // A proefplaatsing on a vacancy of the care agreement that became a contract.
    const [trialCandidate] = await this.candidatesFor(DEMO_STORY.proefplaatsingVacancy, 1);
    const trial = await this.placements.create(
      await asDto(CreatePlacementDto, {
        candidateId: trialCandidate,
        employerId: ids.employerIds[1],
        vacancyId: ids.vacancyIds[DEMO_STORY.proefplaatsingVacancy],
        kind: 'proefplaatsing',
        startsOn: calendar.proefplaatsing.startsOn,
        hoursPerWeek: 20,
        instruments: ['proefplaatsing', 'jobcoach'],
      }),
      accountmanager,
    );
    const decision = {
      decision: 'contract',
      decidedOn: calendar.proefplaatsing.decidedOn,
      uitstroom: 'partial',
      contractType: 'temporary',
      hoursPerWeek: 24,
      version: trial.version,
    };
    await this.placements.decide(trial.id, await asDto(ProefplaatsingDecisionDto, decision), accountmanager);

    // Werken met behoud at the distribution centre, after the jobhunter's visit: it counts under the
    // logistics agreement, but is not paid work, so that agreement stays behind its target.
    const [behoudCandidate] = await this.candidatesFor(DEMO_STORY.proposalVacancies[2], 1);
    const distributionCentre = ids.employerIds[DEMO_STORY.werkenMetBehoudEmployer];
    await this.logOutreach(
      behoudCandidate,
      distributionCentre,
      calendar.werkenMetBehoud.outreachOn,
      'visit',
      'interested',
    );
    const behoud = {
      candidateId: behoudCandidate,
      employerId: distributionCentre,
      kind: 'werken-met-behoud',
      startsOn: calendar.werkenMetBehoud.startsOn,
      hoursPerWeek: 16,
    };
    await this.placements.create(
      await asDto(CreatePlacementDto, { ...behoud, instruments: ['werken-met-behoud'] }),
      jobhunter,
    );

    // A step up the participatieladder, from 2 to 3, after an introduction by the jobhunter.
    const climber = await this.candidateOnRung(2);
    const step = {
      kind: 'participatieladder-step',
      occurredOn: calendar.participatieladderOn,
      levels: [2],
      participatieladderTo: 3,
      note: 'Doet nu vrijwilligerswerk bij de kringloop.',
    };
    await this.outcomes.create(climber, await asDto(CreateCandidateOutcomeDto, step), klantmanager);
  }

  /** Level 2 for one vacancy: accept and propose the best consenting candidates, record answers, set aside and reject some. */
  private async proposalStory(
    vacancy: number,
    plan: { propose: number; answers: AnswerDto['answer'][]; setAside: number; reject: number },
  ): Promise<void> {
    const { accountmanager } = this.ids.staff;
    const vacancyId = this.ids.vacancyIds[vacancy];
    const chosen = await this.candidatesFor(vacancy, plan.propose + plan.setAside + plan.reject, true);
    const toPropose = chosen.slice(0, plan.propose);
    for (const candidateId of toPropose) await this.decide(vacancyId, candidateId, { decision: 'accepted' });
    const proposed = await this.proposals.propose(
      vacancyId,
      await asDto(ProposeDto, { candidateIds: toPropose }),
      accountmanager,
    );
    const employer = this.ids.employerUsers[this.ids.vacancyEmployers[vacancy]];
    for (const [index, answer] of plan.answers.entries()) {
      const proposal = proposed.find((p) => p.candidateId === toPropose[index])!;
      const reason = answer === 'reject' ? { reason: 'hours', note: 'Wij zoeken iemand voor meer uren.' } : {};
      await this.proposals.answer(
        proposal.id,
        await asDto(AnswerDto, { answer, ...reason, version: proposal.version }),
        employer,
      );
    }
    for (const candidateId of chosen.slice(plan.propose, plan.propose + plan.setAside)) {
      await this.decide(vacancyId, candidateId, {
        decision: 'set-aside',
        note: 'Eerst de anderen; later opnieuw bekijken.',
      });
    }
    for (const candidateId of chosen.slice(plan.propose + plan.setAside)) {
      await this.decide(vacancyId, candidateId, {
        decision: 'rejected',
        reason: 'travel',
        note: 'Geen vervoer naar de vroege dienst.',
      });
    }
  }

  private async decide(vacancyId: string, candidateId: string, decision: object): Promise<void> {
    await this.shortlists.decide(
      vacancyId,
      candidateId,
      await asDto(DecisionDto, decision),
      this.ids.staff.accountmanager,
    );
  }

  /** A speeddate with the invited employers and the best of their shortlists, scheduled as the suggestion has it. */
  private async speeddate(
    event: Omit<CreateSpeeddateDto, 'slotMinutes' | 'slotCount' | 'region'>,
    employers: readonly number[],
    held: boolean,
  ): Promise<void> {
    const { jobhunter } = this.ids.staff;
    const created = await this.speeddates.create(
      await asDto(CreateSpeeddateDto, { ...event, slotMinutes: 10, slotCount: 8, region: 'flevoland' }),
      jobhunter,
    );
    const vacancies = this.vacanciesOf(employers);
    const candidateIds: string[] = [];
    for (const vacancy of vacancies) candidateIds.push(...(await this.candidatesFor(vacancy, 2, false, candidateIds)));
    const employerIds = employers.map((employer) => this.ids.employerIds[employer]);
    await this.speeddates.invite(created.id, await asDto(InviteDto, { employerIds, candidateIds }), jobhunter);
    const suggestion = await this.speeddates.suggest(created.id, jobhunter);
    const scheduled = await this.speeddates.saveSchedule(
      created.id,
      await asDto(SaveScheduleDto, { version: suggestion.version, conversations: suggestion.conversations }),
      jobhunter,
    );
    if (!held) return;
    const outcomes = scheduled.conversations.map((conversation, index) => ({
      conversationId: conversation.id,
      ...SPEEDDATE_OUTCOMES[index % SPEEDDATE_OUTCOMES.length],
    }));
    await this.speeddates.logOutcomes(created.id, await asDto(LogOutcomesDto, { outcomes }), jobhunter);
  }

  private async logOutreach(
    candidateId: string,
    employerId: string,
    day: string,
    channel: string,
    outcome: string,
    note?: string,
  ): Promise<void> {
    const dto = await asDto(LogOutreachDto, {
      employerId,
      contactedAt: atTen(day),
      channel,
      outcome,
      ...(note ? { note } : {}),
    });
    await this.outreach.log(candidateId, dto, this.ids.staff.jobhunter);
  }

  private async giveConsents(): Promise<void> {
    for (const [index, kinds] of this.ids.consents.entries()) {
      for (const kind of kinds)
        await this.consentsService.give(
          this.ids.candidateIds[index],
          await asDto(GiveConsentDto, { kind }),
          this.ids.staff.klantmanager,
        );
    }
  }

  /**
   * Builds every demo vacancy's shortlist now, with the matcher's own job handler and the generation
   * its queued job carries: decisions need shortlist entries, and this way the demo does not wait for
   * a matcher (with Redis it runs in another process). The queued jobs then find their generation
   * matched and do nothing.
   */
  private async buildShortlists(): Promise<void> {
    for (const vacancyId of this.ids.vacancyIds) {
      const generation = await this.demoData.requestedGeneration(vacancyId);
      await this.matching.handle(MATCH_VACANCY_JOB, { vacancyId, generation });
    }
  }

  /**
   * The best-ranked candidates on a vacancy's shortlist the story has not used yet (with consent to
   * show the profile when they are to be proposed); each candidate plays one part only.
   */
  private async candidatesFor(
    vacancy: number,
    count: number,
    proposable = false,
    alsoSkip: string[] = [],
  ): Promise<string[]> {
    const ranked = await this.demoData.shortlistedBestFirst(this.ids.vacancyIds[vacancy]);
    const consenting = new Set(
      this.ids.candidateIds.filter((_, index) => this.ids.consents[index].includes('show-anonymised-profile')),
    );
    const chosen = ranked
      .filter((id) => !this.used.has(id) && !alsoSkip.includes(id) && (!proposable || consenting.has(id)))
      .slice(0, count);
    if (chosen.length < count)
      throw new Error(`Demo vacancy ${vacancy} has ${chosen.length} candidates left, the story needs ${count}.`);
    chosen.forEach((id) => this.used.add(id));
    return chosen;
  }

  private async candidateOnRung(rung: number): Promise<string> {
    const onRung = await this.demoData.availableOnRung(rung, this.ids.candidateIds);
    // In the order of the data set, so the same candidate climbs on every load.
    const found = this.ids.candidateIds.find((id) => onRung.has(id) && !this.used.has(id));
    if (!found) throw new Error(`No demo candidate on step ${rung} left.`);
    this.used.add(found);
    return found;
  }

  private vacanciesOf(employers: readonly number[]): number[] {
    return this.ids.vacancyEmployers.flatMap((employer, index) => (employers.includes(employer) ? [index] : []));
  }
}
