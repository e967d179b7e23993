import { Inject, Injectable } from '@nestjs/common';
import { addDays, APP_CONFIG, AppConfig, Clock, dutchDay, Principal, staffOrganisationOf } from '@werkbrug/common';
import { TransactionHost } from '@werkbrug/database';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import { candidateNameFor } from '../shared/pseudonyms/candidate-names';
import { pageFrom, pageOf, Paged } from '../shared/validation/paging';
import { CompleteWorkItemDto, WorklistQuery } from './dto/worklist.dto';
import { WorklistErrors } from './worklist.errors';
import { WorklistRepository, WorklistViewer } from './worklist.repository';
import { WorkItemDoneView, WorkItemView, WorklistCountsView } from './worklist.response';

/**
 * The worklist (werkvoorraad) of staff: their own items and their team's (their organisation's),
 * read from what the events recorded. A follow-up is done through the follow-ups (the note is its
 * result); a work item of its own here; stale availability by confirming it, not here.
 */
@Injectable()
export class WorklistService {
  constructor(
    private readonly db: TransactionHost,
    private readonly worklist: WorklistRepository,
    private readonly followUps: FollowUpsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(query: WorklistQuery, principal: Principal): Promise<Paged<WorkItemView>> {
    const viewer = this.viewerOf(principal);
    const page = pageOf(query);
    const { items, more } = pageFrom(await this.worklist.list(viewer, query.scope ?? 'mine', page), page);
    return {
      items: items.map((row) =>
        WorkItemView.of(row, candidateNameFor(principal, row.candidateOrganisationId, row.candidateName), viewer.today),
      ),
      more,
    };
  }

  counts(principal: Principal): Promise<WorklistCountsView> {
    return this.worklist.counts(this.viewerOf(principal));
  }

  /** Done once, on the version read, by staff of the item's team; another organisation's item is not found. */
  complete(id: string, dto: CompleteWorkItemDto, principal: Principal): Promise<WorkItemDoneView> {
    const organisationId = staffOrganisationOf(principal);
    const notFound = () => WorklistErrors.notFound(`Work item ${id} not found.`);
    return this.db.transaction(async () => {
      const item = await this.worklist.findItem(id);
      if (item) {
        if (item.organisationId !== organisationId) throw notFound();
        if (item.doneAt)
          throw WorklistErrors.alreadyDone(
            `This item was ${item.closedReason ? `closed (${item.closedReason})` : 'done'} on ${dutchDay(item.doneAt)}.`,
          );
        const done = await this.worklist.updateVersioned(
          { id },
          dto.version,
          { doneAt: this.clock.now(), doneBy: principal.userId, note: dto.note },
          (current) => ({ id: current.id, kind: current.kind, doneAt: current.doneAt, version: current.version }),
        );
        return {
          id,
          source: 'work-item',
          kind: done.kind,
          candidateId: done.candidateId,
          doneAt: done.doneAt!,
          note: done.note!,
          version: done.version,
        };
      }
      const team = await this.worklist.followUpTeam(id);
      if (!team || team.organisationId !== organisationId) throw notFound();
      const done = await this.followUps.complete(id, { result: dto.note, version: dto.version }, principal);
      return {
        id,
        source: 'follow-up',
        kind: done.kind,
        candidateId: done.candidateId,
        doneAt: done.doneAt!,
        note: done.result!,
        version: done.version,
      };
    });
  }

  private viewerOf(principal: Principal): WorklistViewer {
    const today = this.clock.today();
    const { flagDays, expiryDays } = this.config.availability;
    return {
      userId: principal.userId,
      organisationId: staffOrganisationOf(principal),
      // Team items of the role acted in now: switching role switches the worklist.
      roles: [principal.role],
      today,
      staleBefore: addDays(today, -flagDays),
      expiryDays,
    };
  }
}
