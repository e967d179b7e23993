import { Inject, Injectable } from '@nestjs/common';
import { addDays, APP_CONFIG, AppConfig, Clock, Principal } from '@werkbrug/common';
import { TransactionHost, WebhookEventType, WebhookSubscription } from '@werkbrug/database';
import { DELIVER_WEBHOOK_JOB, deliverWebhookJobId } from '@werkbrug/queue';
import { Notifier } from '../shared/notifications/notifier';
import { OutboxRelay } from '../shared/outbox/outbox-relay.service';
import { OutboxRepository } from '../shared/outbox/outbox.repository';
import { Page, Paged, pageFrom } from '../shared/validation/paging';
import { WorkItemWriter } from '../shared/worklist/work-item-writer.repository';
import { VacancyFeedService } from '../vacancy-feed/vacancy-feed.service';
import { CreateWebhookSubscriptionDto, WebhookDeliveriesQuery } from './dto/partner.dto';
import { newWebhookSecret } from './partner-keys';
import { PartnerErrors } from './partner.errors';
import { PartnersService } from './partners.service';
import { WEBHOOK_HEADERS, webhookSignature } from './webhook-signature';
import { WebhookSender } from './webhook-sender';
import { webhookUrlProblem } from './webhook-url';
import { DeliveryRow, DeliveryToSend, SubscriptionWithHealth, WebhookRepository } from './webhook.repository';

/** Changes turned into events per transaction of the fan-out. */
const FAN_OUT_BATCH = 200;

/** A delivery attempt that did not get through and will be tried again (BullMQ or the outbox retries it). */
export class WebhookAttemptFailed extends Error {}

/**
 * Webhooks: a partner's subscriptions to vacancy events, the events made from the vacancy change log
 * (in the feed's order, behind one cursor: no change skipped), and their signed deliveries, each
 * retried with backoff until delivered or failed for good (then replayable).
 */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly webhooks: WebhookRepository,
    private readonly partners: PartnersService,
    private readonly feed: VacancyFeedService,
    private readonly outbox: OutboxRepository,
    private readonly relay: OutboxRelay,
    private readonly sender: WebhookSender,
    private readonly notifier: Notifier,
    private readonly db: TransactionHost,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly workItems: WorkItemWriter,
  ) {}

  /** A subscription; its secret is in this answer only. Events of changes made from now on reach it. */
  async subscribe(
    principal: Principal,
    partnerId: string,
    dto: CreateWebhookSubscriptionDto,
  ): Promise<WebhookSubscription> {
    await this.partners.get(principal, partnerId);
    const problem = webhookUrlProblem(dto.url, this.config.webhooks.allowPlainHttpLocalhost);
    if (problem) throw PartnerErrors.webhookUrlNotAllowed.at('url', problem);
    return this.webhooks.insertSubscription({
      partnerId,
      url: dto.url,
      events: dto.events,
      secret: newWebhookSecret(),
      createdBy: principal.userId,
      createdAt: this.clock.now(),
    });
  }

  async subscriptions(principal: Principal, partnerId: string, page: Page): Promise<Paged<SubscriptionWithHealth>> {
    await this.partners.get(principal, partnerId);
    return pageFrom(await this.webhooks.subscriptionsOfPartner(partnerId, page), page);
  }

  /** Ends a subscription: nothing more is sent to it, pending deliveries included. */
  async unsubscribe(principal: Principal, partnerId: string, id: string): Promise<void> {
    await this.subscription(principal, partnerId, id);
    await this.webhooks.end(id, this.clock.now());
  }

  async deliveries(
    principal: Principal,
    partnerId: string,
    subscriptionId: string,
    query: WebhookDeliveriesQuery,
    page: Page,
  ): Promise<Paged<DeliveryRow>> {
    await this.subscription(principal, partnerId, subscriptionId);
    return pageFrom(await this.webhooks.deliveriesOf(subscriptionId, query.status, page), page);
  }

  /** A failed delivery sent again: same event id and body, a new round of attempts. */
  async replay(principal: Principal, partnerId: string, subscriptionId: string, id: string): Promise<DeliveryRow> {
    const subscription = await this.subscription(principal, partnerId, subscriptionId);
    if (subscription.endedAt) throw PartnerErrors.subscriptionEnded(`Subscription ${subscriptionId} has ended.`);
    await this.findDelivery(subscriptionId, id);
    await this.db.transaction(async () => {
      const round = await this.webhooks.replay(id);
      if (round === undefined) throw PartnerErrors.deliveryNotFailed(`Delivery ${id} is not failed.`);
      await this.enqueue(id, round);
    });
    return this.findDelivery(subscriptionId, id);
  }

  /**
   * Makes the events of the changes after the cursor, and a delivery of each to every live
   * subscription that wants its type, in one transaction with the cursor's move and the outbox
   * messages that carry the deliveries. Another process holding the cursor: nothing to do here now.
   * Returns how many changes were read (a full batch: call again).
   */
  fanOut(): Promise<number> {
    return this.db.transaction(async () => {
      const cursor = await this.webhooks.lockCursor();
      if (!cursor) return 0;
      const changes = await this.feed.changesAfter(cursor, FAN_OUT_BATCH);
      if (!changes.length) return 0;
      const subscribers = await this.webhooks.activeSubscribers();
      for (const change of changes) {
        // Changed, then taken down before this ran: its removal follows in the log.
        if (change.kind !== 'removed' && change.item.removed) continue;
        const type: WebhookEventType = `vacancy.${change.kind}`;
        const to = subscribers
          .filter((s) => s.events.includes(type) && BigInt(change.xid) >= BigInt(s.fromXid))
          .map((s) => s.id);
        if (!to.length) continue;
        const eventId = await this.webhooks.insertEvent({
          changePosition: change.position,
          type,
          vacancyId: change.vacancyId,
          occurredAt: change.at,
          data: change.item.vacancy ? { ...change.item.vacancy } : { id: change.vacancyId, removed: true },
        });
        if (!eventId) continue;
        for (const deliveryId of await this.webhooks.insertDeliveries(eventId, to)) await this.enqueue(deliveryId, 1);
      }
      const last = changes[changes.length - 1];
      await this.webhooks.moveCursor(last.xid, last.position);
      return changes.length;
    });
  }

  /**
   * One attempt of a delivery (the job of both BullMQ's worker and the outbox relay). Delivered, or
   * failed for good after WEBHOOK_ATTEMPTS, it returns; otherwise it throws WebhookAttemptFailed and
   * the queue tries again later. A delivery no longer pending (delivered, failed, ended) is left be.
   */
  async deliver(deliveryId: string): Promise<void> {
    const delivery = await this.webhooks.startAttempt(deliveryId, this.clock.now());
    if (!delivery) return;
    const body = JSON.stringify({
      id: delivery.eventId,
      type: delivery.type,
      occurredAt: new Date(delivery.occurredAt).toISOString(),
      data: delivery.data,
    });
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const result = await this.sender.post(
      delivery.url,
      {
        [WEBHOOK_HEADERS.id]: delivery.eventId,
        [WEBHOOK_HEADERS.timestamp]: String(timestamp),
        [WEBHOOK_HEADERS.signature]: webhookSignature(delivery.secret, timestamp, body),
      },
      body,
    );
    const final = result.ok || delivery.attempts >= this.config.webhooks.attempts;
    const status = result.ok ? 'delivered' : final ? 'failed' : 'pending';
    await this.db.transaction(async () => {
      const now = this.clock.now();
      const recorded = await this.webhooks.recordOutcome(deliveryId, {
        status,
        statusCode: result.statusCode,
        error: result.error,
        now,
      });
      if (recorded && status === 'failed') await this.failed(delivery, now);
    });
    if (!final) throw new WebhookAttemptFailed(`Delivery ${deliveryId} not received: ${result.error}`);
  }

  /**
   * A delivery failed for good: the beheerders of the subscription's organisation get it on their
   * worklist to send again, and the werkgeversservicepunt's administrators (who manage partners)
   * are told, in the transaction that records it, once per delivery and round (a replay that fails
   * again is told again).
   */
  private async failed(delivery: DeliveryToSend, at: Date): Promise<void> {
    const context = await this.webhooks.failureContext(delivery.id);
    if (context)
      await this.workItems.open({
        kind: 'webhook-failed',
        sourceKey: `webhook-delivery:${delivery.id}:${context.round}`,
        organisationId: context.organisationId,
        role: 'admin',
        link: '#/partners',
        params: { eventType: context.eventType, partnerId: context.partnerId },
        dueOn: addDays(this.clock.today(), 1),
        at,
      });
    await this.notifier.notify({
      kind: 'delivery-failed',
      eventKey: `delivery-failed:${delivery.id}:${delivery.round}`,
      recipientIds: await this.notifier.wspAdmins(),
      link: '#/partners',
      params: {
        partnerId: delivery.partnerId,
        partnerName: await this.webhooks.partnerName(delivery.partnerId),
        subscriptionId: delivery.subscriptionId,
        deliveryId: delivery.id,
        eventType: delivery.type,
        attempts: delivery.attempts,
      },
    });
  }

  private async enqueue(deliveryId: string, round: number): Promise<void> {
    const job = { deliveryId, round };
    await this.outbox.enqueueLocal(DELIVER_WEBHOOK_JOB, deliverWebhookJobId(job), job);
    this.db.afterCommit(() => this.relay.kick());
  }

  private async subscription(principal: Principal, partnerId: string, id: string): Promise<WebhookSubscription> {
    await this.partners.get(principal, partnerId);
    return this.webhooks.getOrThrow({ id, partnerId });
  }

  private async findDelivery(subscriptionId: string, id: string): Promise<DeliveryRow> {
    const delivery = await this.webhooks.findDelivery(subscriptionId, id);
    if (!delivery) throw PartnerErrors.deliveryNotFound(`Delivery ${id} not found.`);
    return delivery;
  }
}
