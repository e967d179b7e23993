import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { Clock, dutchDay, Principal } from '@werkbrug/common';
import { FollowUp, Placement, ServiceLevel, updateVersioned, TransactionHost } from '@werkbrug/database';
import { EntityManager } from 'typeorm';
import { recordService } from '../shared/ledger/service-ledger';
import { CompleteFollowUpDto, ListFollowUpsQuery } from './dto/follow-up.dto';
import { FollowUpNames, FollowUpView } from './follow-up.response';

/** The follow-ups staff work through: the next steps after speeddates, proefplaatsing decisions, six-month checks. */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly db: TransactionHost,
    private readonly clock: Clock,
  ) {}

  async list(query: ListFollowUpsQuery, principal: Principal): Promise<FollowUpView[]> {
    const today = this.clock.today();
    const builder = this.db.manager
      .getRepository(FollowUp)
      .createQueryBuilder('f')
      .orderBy('f.due_on')
      .addOrderBy('f.created_at');
    if (query.assignedTo)
      builder.andWhere('f.assigned_to = :assignedTo', {
        assignedTo: query.assignedTo === 'me' ? principal.subject : query.assignedTo,
      });
    if (query.candidateId) builder.andWhere('f.candidate_id = :candidateId', { candidateId: query.candidateId });
    const due = query.due ?? 'open';
    if (due !== 'all') builder.andWhere('f.done_at IS NULL');
    if (due === 'overdue') builder.andWhere('f.due_on < :today', { today });
    const followUps = await builder.getMany();
    const names = await this.namesOf(
      this.db.manager,
      followUps.map((followUp) => followUp.id),
    );
    return followUps.map((followUp) => FollowUpView.of(followUp, names.get(followUp.id)!, today));
  }

  /** Done once, with what came of it; the ledger counts it at the level of the action it follows up. */
  async complete(id: string, dto: CompleteFollowUpDto, principal: Principal): Promise<FollowUpView> {
    return this.db.transaction(async (manager) => {
      const followUp = await manager.findOneBy(FollowUp, { id });
      if (!followUp) throw new NotFoundException(`Follow-up ${id} not found.`);
      if (followUp.doneAt)
        throw new ConflictException(`This follow-up was done on ${dutchDay(followUp.doneAt)}: ${followUp.result}`);
      const names = (await this.namesOf(manager, [id])).get(id)!;
      const today = this.clock.today();
      const view = (current: FollowUp) => FollowUpView.of(current, names, today);
      const done = await updateVersioned(
        manager,
        FollowUp,
        { id },
        dto.version,
        { doneAt: this.clock.now(), result: dto.result },
        view,
      );
      const { candidateId, employerId, vacancyId } = done;
      await recordService(manager, {
        levels: await levelsOf(manager, done),
        action: 'follow-up-done',
        actor: principal,
        candidateId,
        employerId,
        vacancyId,
        subject: { type: 'follow-up', id },
      });
      return view(done);
    });
  }

  private async namesOf(manager: EntityManager, ids: string[]): Promise<Map<string, FollowUpNames>> {
    const rows: {
      id: string;
      candidate_name: string | null;
      employer_name: string | null;
      vacancy_title: string | null;
    }[] = await manager.query(
      `SELECT f.id, i.name AS candidate_name, e.name AS employer_name, v.title AS vacancy_title
         FROM follow_ups f
         LEFT JOIN candidate_identities i ON i.candidate_id = f.candidate_id
         LEFT JOIN employers e ON e.id = f.employer_id
         LEFT JOIN vacancies v ON v.id = f.vacancy_id
        WHERE f.id = ANY($1)`,
      [ids],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        { candidateName: row.candidate_name, employerName: row.employer_name, vacancyTitle: row.vacancy_title },
      ]),
    );
  }
}

/** The level of the action followed up: a placement's own levels; a speeddate conversation (and anything else) level 2. */
async function levelsOf(manager: EntityManager, followUp: FollowUp): Promise<ServiceLevel[]> {
  if (followUp.sourceType === 'placement') {
    const placement = await manager.findOneBy(Placement, { id: followUp.sourceId });
    if (placement?.levels.length) return placement.levels;
  }
  return [2];
}
