import { Injectable } from '@nestjs/common';
import { Clock, dutchDay, Principal } from '@werkbrug/common';
import { FollowUp, ServiceLevel, TransactionHost } from '@werkbrug/database';
import { FollowUpRequest, FollowUpScheduler } from '../shared/follow-ups/follow-up-scheduler.repository';
import { ServiceLedger } from '../shared/ledger/service-ledger';
import { Notifier } from '../shared/notifications/notifier';
import { pageFrom, pageOf, Paged } from '../shared/validation/paging';
import { candidateNameFor, candidateReference } from '../shared/pseudonyms/candidate-names';
import { CompleteFollowUpDto, ListFollowUpsQuery } from './dto/follow-up.dto';
import { FollowUpErrors } from './follow-up.errors';
import { FollowUpRepository, FollowUpSource } from './follow-up.repository';
import { FollowUpView } from './follow-up.response';

/** Follow-ups told of per transaction of the due pass. */
const DUE_BATCH = 100;

export interface DueRun {
  notified: number;
}

/** The follow-ups staff work through: the next steps after speeddates, proefplaatsing decisions, six-month checks. */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly db: TransactionHost,
    private readonly followUps: FollowUpRepository,
    private readonly scheduler: FollowUpScheduler,
    private readonly ledger: ServiceLedger,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  /**
   * The due pass (a scheduled job, callable at will): tells each assignee of every open follow-up
   * due today or overdue, once per follow-up and due date (`follow-up-due:<id>:<dueOn>`). Two passes
   * at once, or one run again, write each notification once: the key is unique, and a batch finds
   * only follow-ups not told yet. The candidate by reference only.
   */
  async notifyDue(): Promise<DueRun> {
    const today = this.clock.today();
    let notified = 0;
    for (;;) {
      const due = await this.followUps.dueUntold(today, DUE_BATCH);
      await this.db.transaction(async () => {
        for (const followUp of due)
          await this.notifier.notify({
            kind: 'follow-up-due',
            eventKey: `follow-up-due:${followUp.id}:${followUp.dueOn}`,
            recipientIds: [followUp.userId],
            link: '#/werkvoorraad',
            params: {
              followUpId: followUp.id,
              followUpKind: followUp.kind,
              dueOn: followUp.dueOn,
              overdue: followUp.dueOn < today ? 1 : 0,
              candidateReference: candidateReference(followUp.candidateId),
              employerName: followUp.employerName,
              vacancyTitle: followUp.vacancyTitle,
            },
          });
      });
      notified += due.length;
      if (due.length < DUE_BATCH) break;
    }
    return { notified };
  }

  async list(query: ListFollowUpsQuery, principal: Principal): Promise<Paged<FollowUpView>> {
    const today = this.clock.today();
    const due = query.due ?? 'open';
    const page = pageOf(query);
    const { items: followUps, more } = pageFrom(
      await this.followUps.findFiltered(
        {
          assignedTo: query.assignedTo === 'me' ? principal.userId : query.assignedTo,
          candidateId: query.candidateId,
          open: due !== 'all',
          dueBefore: due === 'overdue' ? today : undefined,
        },
        page,
      ),
      page,
    );
    const names = await this.namesOf(
      followUps.map((followUp) => followUp.id),
      principal,
    );
    return { items: followUps.map((followUp) => FollowUpView.of(followUp, names.get(followUp.id)!, today)), more };
  }

  /** Done once, with what came of it; the ledger counts it at the level of the action it follows up. */
  async complete(id: string, dto: CompleteFollowUpDto, principal: Principal): Promise<FollowUpView> {
    return this.db.transaction(async () => {
      const followUp = await this.followUps.getOrThrow({ id }, `Follow-up ${id} not found.`);
      if (followUp.doneAt)
        throw FollowUpErrors.alreadyDone(`This follow-up was done on ${dutchDay(followUp.doneAt)}: ${followUp.result}`);
      const names = (await this.namesOf([id], principal)).get(id)!;
      const today = this.clock.today();
      const view = (current: FollowUp) => FollowUpView.of(current, names, today);
      const done = await this.followUps.updateVersioned(
        { id },
        dto.version,
        { doneAt: this.clock.now(), result: dto.result },
        view,
      );
      const { candidateId, employerId, vacancyId } = done;
      await this.ledger.record({
        levels: await this.levelsOf(done),
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

  /** Closes the source's open follow-up of this kind (a proefplaatsing decided, a six-month check done) with its result. */
  async close(source: FollowUpSource, kind: string, result: string): Promise<void> {
    await this.followUps.closeOpen(source, kind, result, this.clock.now());
  }

  /**
   * A placement recorded is what a completed training with baangarantie promised: the follow-up that
   * waited for it, of any training of the candidate with that employer, is done.
   */
  async closePlacementExpected(about: { candidateId: string; employerId: string }): Promise<void> {
    await this.followUps.closeOpenAbout(about, 'placement-expected', 'placement-recorded', this.clock.now());
  }

  /**
   * Makes `next` the one open follow-up of its source, or leaves none open without it: the others
   * are closed as superseded, and one of the same kind superseded before is open again (a next step
   * logged once more after it was changed).
   */
  async replaceOpen(source: FollowUpSource, next: FollowUpRequest | undefined): Promise<void> {
    await this.db.transaction(async () => {
      await this.followUps.supersedeOthers(source, next?.kind ?? null, this.clock.now());
      if (!next) return;
      await this.scheduler.schedule(next);
      await this.followUps.reopenSuperseded(source, next.kind);
    });
  }

  /**
   * The level of the action followed up: a placement's own levels (none for one nothing in Werkbrug
   * led to); a training plan level 3; a speeddate conversation (and anything else) level 2.
   */
  private async levelsOf(followUp: FollowUp): Promise<ServiceLevel[]> {
    if (followUp.sourceType === 'placement') return this.followUps.levelsOfPlacement(followUp.sourceId);
    if (followUp.sourceType === 'training-plan') return [3];
    return [2];
  }

  /** The names of a follow-up's parties, the candidate's only for the roles that see names. */
  private async namesOf(ids: string[], principal: Principal) {
    const names = await this.followUps.namesOf(ids);
    for (const [id, named] of names)
      names.set(id, {
        ...named,
        candidateName: candidateNameFor(principal, named.candidateOrganisationId, named.candidateName),
      });
    return names;
  }
}
