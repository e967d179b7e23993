import { Injectable } from '@nestjs/common';
import { Clock, Principal, instantOnDay } from '@werkbrug/common';
import { TransactionHost } from '@werkbrug/database';
import { ServiceLedger } from '../shared/ledger/service-ledger';
import { PartyErrors } from '../shared/parties/party.errors';
import { CandidateOutcomeRepository } from './candidate-outcome.repository';
import { CandidateOutcomeView } from './candidate-outcome.response';
import { CreateCandidateOutcomeDto } from './dto/candidate-outcome.dto';
import { checkOutcome } from './outcome-rules';

/** Outcomes that are not a placement with an employer: a step up the participatieladder, or no result. */
@Injectable()
export class CandidateOutcomesService {
  constructor(
    private readonly db: TransactionHost,
    private readonly outcomes: CandidateOutcomeRepository,
    private readonly ledger: ServiceLedger,
    private readonly clock: Clock,
  ) {}

  /** A step up the participatieladder moves the candidate to the new step; the result counts at each level given. */
  async create(
    candidateId: string,
    dto: CreateCandidateOutcomeDto,
    principal: Principal,
  ): Promise<CandidateOutcomeView> {
    return this.db.transaction(async () => {
      const rung = await this.outcomes.lockRung(candidateId);
      if (rung === null) throw PartyErrors.candidateNotFound(`Candidate ${candidateId} not found.`);
      checkOutcome(dto, rung, this.clock.today());
      const step = dto.kind === 'participatieladder-step';
      const outcome = await this.outcomes.insert({
        candidateId,
        kind: dto.kind,
        occurredOn: dto.occurredOn,
        levels: dto.levels,
        participatieladderFrom: step ? rung : null,
        participatieladderTo: step ? dto.participatieladderTo! : null,
        note: dto.note ?? null,
        recordedBy: principal.userId,
        createdAt: this.clock.now(),
      });
      if (step) await this.outcomes.setRung(candidateId, dto.participatieladderTo!);
      await this.ledger.record({
        levels: dto.levels,
        kind: 'result',
        action: dto.kind,
        actor: principal,
        candidateId,
        subject: { type: 'candidate-outcome', id: outcome.id },
        occurredAt: instantOnDay(dto.occurredOn),
      });
      return CandidateOutcomeView.of(outcome);
    });
  }

  async forCandidate(candidateId: string): Promise<CandidateOutcomeView[]> {
    if (!(await this.outcomes.candidateExists(candidateId)))
      throw PartyErrors.candidateNotFound(`Candidate ${candidateId} not found.`);
    return (await this.outcomes.findForCandidate(candidateId)).map(CandidateOutcomeView.of);
  }
}
