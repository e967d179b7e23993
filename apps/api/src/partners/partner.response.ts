import { ApiProperty } from '@nestjs/swagger';
import { PARTNER_SCOPES, type PartnerScope } from '@werkbrug/common';
import {
  PARTNER_KINDS,
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_EVENT_TYPES,
  type Partner,
  type PartnerApiKey,
  type PartnerKind,
  type WebhookDeliveryStatus,
  type WebhookEventType,
  type WebhookSubscription,
} from '@werkbrug/database';
import type { DeliveryRow, SubscriptionWithHealth } from './webhook.repository';

export class PartnerView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'Werkgeversservicepunt Gooi en Vechtstreek' }) name: string;
  @ApiProperty({ enum: PARTNER_KINDS }) kind: PartnerKind;
  @ApiProperty({ example: 'koppelingen@wsp-gooi.example' }) contactEmail: string;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;

  static of({ id, name, kind, contactEmail, createdAt }: Partner): PartnerView {
    return { id, name, kind, contactEmail, createdAt };
  }
}

/** A key as the administrator sees it later: never the key itself. */
export class ApiKeyView {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'Names the key in logs; the key starts with wbp_<publicId>_', example: '3f9a0c12' })
  publicId: string;
  @ApiProperty({ example: 'Vacaturefeed productie' }) name: string;
  @ApiProperty({ enum: PARTNER_SCOPES, isArray: true }) scopes: PartnerScope[];
  @ApiProperty({ example: 120 }) rateLimitPerMinute: number;
  @ApiProperty({ description: 'The user who made it' }) createdBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'To the minute' })
  lastUsedAt: Date | null;
  @ApiProperty({ type: String, nullable: true, description: 'The user who revoked it' }) revokedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt: Date | null;

  static of(key: PartnerApiKey): ApiKeyView {
    const { id, publicId, name, scopes, rateLimitPerMinute, createdBy, createdAt, lastUsedAt, revokedBy, revokedAt } =
      key;
    return { id, publicId, name, scopes, rateLimitPerMinute, createdBy, createdAt, lastUsedAt, revokedBy, revokedAt };
  }
}

/** A key just made: the only answer that holds the key. */
export class CreatedApiKeyView extends ApiKeyView {
  @ApiProperty({
    description: 'The key itself, shown this once: only its hash is kept. Send it as Authorization: Bearer <key>',
    example: 'wbp_3f9a0c12_…',
  })
  key: string;
}

export class WebhookSubscriptionView {
  @ApiProperty() id: string;
  @ApiProperty() partnerId: string;
  @ApiProperty({ example: 'https://vacatures.example.nl/werkbrug/webhook' }) url: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true }) events: WebhookEventType[];
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: Date | null;
  @ApiProperty({ description: 'Deliveries that used up their attempts and wait for a replay' })
  failedDeliveries: number;
  @ApiProperty({ description: 'Deliveries not yet through, some of them retried' }) pendingDeliveries: number;
  @ApiProperty({ description: 'Failing: a delivery failed, or the last attempt did' }) failing: boolean;

  static of(subscription: SubscriptionWithHealth): WebhookSubscriptionView {
    const { id, partnerId, url, events, createdAt, endedAt } = subscription;
    return {
      id,
      partnerId,
      url,
      events,
      createdAt,
      endedAt,
      failedDeliveries: subscription.failedDeliveries,
      pendingDeliveries: subscription.pendingDeliveries,
      failing: subscription.failedDeliveries > 0 || subscription.retrying > 0,
    };
  }

  static created(subscription: WebhookSubscription): WebhookSubscriptionView {
    return WebhookSubscriptionView.of({ ...subscription, failedDeliveries: 0, pendingDeliveries: 0, retrying: 0 });
  }
}

/** A subscription just made: the only answer that holds its signing secret. */
export class CreatedWebhookSubscriptionView extends WebhookSubscriptionView {
  @ApiProperty({ description: 'The signing secret, shown this once', example: 'whsec_…' }) secret: string;
}

export class WebhookDeliveryView {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'The event id: the same in every attempt and replay' }) eventId: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES }) type: WebhookEventType;
  @ApiProperty() vacancyId: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: Date;
  @ApiProperty({ enum: WEBHOOK_DELIVERY_STATUSES }) status: WebhookDeliveryStatus;
  @ApiProperty({ description: '1, one more for each replay' }) round: number;
  @ApiProperty({ description: 'Attempts in this round' }) attempts: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastAttemptAt: Date | null;
  @ApiProperty({ type: Number, nullable: true, description: "The receiver's HTTP status at the last attempt" })
  lastStatusCode: number | null;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt: Date | null;

  static of(row: DeliveryRow): WebhookDeliveryView {
    return { ...row };
  }
}
