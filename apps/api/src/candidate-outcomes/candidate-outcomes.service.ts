import { Injectable, NotFoundException } from '@nestjs/common';
import { Principal, Clock } from '@werkbrug/common';
import { Candidate, CandidateOutcome, TransactionHost } from '@werkbrug/database';

import { recordService } from '../shared/ledger/service-ledger';
import { onDay } from '../placements/placement-rules';
import { CandidateOutcomeView } from './candidate-outcome.response';
import { CreateCandidateOutcomeDto } from './dto/candidate-outcome.dto';
import { checkOutcome } from './outcome-rules';

/** Outcomes that are not a placement with an employer: a step up the participatieladder, or no result. */
@Injectable()
export class CandidateOutcomesService {
  constructor(
    private readonly db: TransactionHost,
    private readonly clock: Clock,
  ) {}

  /** A step up the participatieladder moves the candidate to the new step; the result counts at each level given. */
  async create(
    candidateId: string,
    dto: CreateCandidateOutcomeDto,
    principal: Principal,
  ): Promise<CandidateOutcomeView> {
    return this.db.transaction(async (manager) => {
      // Locked, so two steps recorded at once are judged one after the other against the rung each leaves.
      const candidate = await manager.findOne(Candidate, {
        where: { id: candidateId },
        lock: { mode: 'for_no_key_update' },
      });
      if (!candidate) throw new NotFoundException(`Candidate ${candidateId} not found.`);
      checkOutcome(dto, candidate.participatieladder, this.clock.today());
      const step = dto.kind === 'participatieladder-step';
      const outcome = await manager.save(
        manager.create(CandidateOutcome, {
          candidateId,
          kind: dto.kind,
          occurredOn: dto.occurredOn,
          levels: dto.levels,
          participatieladderFrom: step ? candidate.participatieladder : null,
          participatieladderTo: step ? dto.participatieladderTo! : null,
          note: dto.note ?? null,
          recordedBy: principal.subject,
          createdAt: this.clock.now(),
        }),
      );
      if (step) await manager.update(Candidate, { id: candidateId }, { participatieladder: dto.participatieladderTo! });
      await recordService(manager, {
        levels: dto.levels,
        kind: 'result',
        action: dto.kind,
        actor: principal,
        candidateId,
        subject: { type: 'candidate-outcome', id: outcome.id },
        occurredAt: onDay(dto.occurredOn),
      });
      return CandidateOutcomeView.of(outcome);
    });
  }

  async forCandidate(candidateId: string): Promise<CandidateOutcomeView[]> {
    if (!(await this.db.manager.getRepository(Candidate).existsBy({ id: candidateId })))
      throw new NotFoundException(`Candidate ${candidateId} not found.`);
    const outcomes = await this.db.manager
      .getRepository(CandidateOutcome)
      .find({ where: { candidateId }, order: { occurredOn: 'DESC', createdAt: 'DESC' } });
    return outcomes.map(CandidateOutcomeView.of);
  }
}
