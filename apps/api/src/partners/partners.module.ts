import { Global, Module } from '@nestjs/common';
import { PARTNER_KEY_RESOLVER } from '@werkbrug/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { VacancyFeedModule } from '../vacancy-feed/vacancy-feed.module';
import { ApiKeyRepository, PartnerRepository } from './partner.repository';
import { PartnersController } from './partners.controller';
import { PartnersService } from './partners.service';
import { WebhookDeliveryProcessor } from './webhook-delivery.processor';
import { WebhookPump } from './webhook-pump';
import { WebhookSender } from './webhook-sender';
import { WebhookRepository } from './webhook.repository';
import { WebhooksService } from './webhooks.service';

/**
 * Partner organisations, their API keys and webhooks. Global, because the rate limiter and the access
 * guard, in libs/common, resolve a presented key through PARTNER_KEY_RESOLVER.
 */
@Global()
@Module({
  imports: [OrganisationsModule, VacancyFeedModule],
  controllers: [PartnersController],
  providers: [
    PartnersService,
    PartnerRepository,
    ApiKeyRepository,
    WebhooksService,
    WebhookRepository,
    WebhookSender,
    WebhookPump,
    WebhookDeliveryProcessor,
    { provide: PARTNER_KEY_RESOLVER, useExisting: PartnersService },
  ],
  exports: [PartnersService, WebhooksService, PARTNER_KEY_RESOLVER],
})
export class PartnersModule {}
