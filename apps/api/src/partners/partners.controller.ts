import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { PagedList, pageOf, Paged, PageQuery } from '../shared/validation/paging';
import {
  CreateApiKeyDto,
  CreatePartnerDto,
  CreateWebhookSubscriptionDto,
  WebhookDeliveriesQuery,
} from './dto/partner.dto';
import {
  ApiKeyView,
  CreatedApiKeyView,
  CreatedWebhookSubscriptionView,
  PartnerView,
  WebhookDeliveryView,
  WebhookSubscriptionView,
} from './partner.response';
import { PartnersService } from './partners.service';
import { WebhooksService } from './webhooks.service';

const WSP_ADMINISTRATOR_ONLY =
  "The werkgeversservicepunt's administrators only: an administrator of another organisation gets 403 " +
  'partner.wsp-administrator-only.';

/** Partner organisations, their API keys and webhook subscriptions: the WSP administrator's. */
@ApiTags('partners')
@ApiBearerAuth()
@Controller('partners')
export class PartnersController {
  constructor(
    private readonly partners: PartnersService,
    private readonly webhooks: WebhooksService,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: 'Register a partner organisation (a neighbouring WSP, UWV, a job site, an ATS)',
    description: WSP_ADMINISTRATOR_ONLY,
  })
  @ApiCreatedResponse({ type: PartnerView })
  async create(@Body() dto: CreatePartnerDto, @CurrentPrincipal() principal: Principal): Promise<PartnerView> {
    return PartnerView.of(await this.partners.create(principal, dto));
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'The partner organisations, by name', description: WSP_ADMINISTRATOR_ONLY })
  @ApiOkResponse({ type: [PartnerView] })
  @PagedList()
  async list(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Paged<PartnerView>> {
    const page = await this.partners.list(principal, pageOf(query));
    return { ...page, items: page.items.map(PartnerView.of) };
  }

  @Get(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'A partner organisation' })
  @ApiOkResponse({ type: PartnerView })
  async get(@IdParam('id') id: string, @CurrentPrincipal() principal: Principal): Promise<PartnerView> {
    return PartnerView.of(await this.partners.get(principal, id));
  }

  @Post(':partnerId/api-keys')
  @Roles('admin')
  @ApiOperation({
    summary: 'Make an API key for the partner: the key is in this answer only (only its hash is kept)',
    description: 'Scopes: vacancy-feed:read (the feed and JobPosting), vacancies:write (the coming import).',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyView })
  async createKey(
    @IdParam('partnerId') partnerId: string,
    @Body() dto: CreateApiKeyDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CreatedApiKeyView> {
    const created = await this.partners.createKey(principal, partnerId, dto);
    return { ...ApiKeyView.of(created), key: created.key };
  }

  @Get(':partnerId/api-keys')
  @Roles('admin')
  @ApiOperation({ summary: "The partner's API keys, newest first (never the keys themselves)" })
  @ApiOkResponse({ type: [ApiKeyView] })
  @PagedList()
  async listKeys(
    @IdParam('partnerId') partnerId: string,
    @Query() query: PageQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Paged<ApiKeyView>> {
    const page = await this.partners.listKeys(principal, partnerId, pageOf(query));
    return { ...page, items: page.items.map(ApiKeyView.of) };
  }

  @Post(':partnerId/api-keys/:keyId/revoke')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Revoke an API key: refused from the next request on; who and when are kept' })
  @ApiOkResponse({ type: ApiKeyView })
  async revokeKey(
    @IdParam('partnerId') partnerId: string,
    @IdParam('keyId') keyId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ApiKeyView> {
    return ApiKeyView.of(await this.partners.revokeKey(principal, partnerId, keyId));
  }

  @Post(':partnerId/webhook-subscriptions')
  @Roles('admin')
  @ApiOperation({
    summary: 'Subscribe the partner to vacancy events: the signing secret is in this answer only',
    description:
      'Each event is POSTed as JSON { id, type, occurredAt, data } with the headers webhook-id, webhook-timestamp ' +
      'and webhook-signature (v1=hex HMAC-SHA256 of "<timestamp>.<body>" with the secret). Events of changes made ' +
      'after the subscription reach it.',
  })
  @ApiCreatedResponse({ type: CreatedWebhookSubscriptionView })
  async subscribe(
    @IdParam('partnerId') partnerId: string,
    @Body() dto: CreateWebhookSubscriptionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CreatedWebhookSubscriptionView> {
    const subscription = await this.webhooks.subscribe(principal, partnerId, dto);
    return { ...WebhookSubscriptionView.created(subscription), secret: subscription.secret };
  }

  @Get(':partnerId/webhook-subscriptions')
  @Roles('admin')
  @ApiOperation({ summary: "The partner's webhook subscriptions, with their failed and pending deliveries" })
  @ApiOkResponse({ type: [WebhookSubscriptionView] })
  @PagedList()
  async subscriptions(
    @IdParam('partnerId') partnerId: string,
    @Query() query: PageQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Paged<WebhookSubscriptionView>> {
    const page = await this.webhooks.subscriptions(principal, partnerId, pageOf(query));
    return { ...page, items: page.items.map(WebhookSubscriptionView.of) };
  }

  @Delete(':partnerId/webhook-subscriptions/:subscriptionId')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({ summary: 'End a subscription: nothing more is sent to it' })
  @ApiNoContentResponse({ description: 'Ended' })
  async unsubscribe(
    @IdParam('partnerId') partnerId: string,
    @IdParam('subscriptionId') subscriptionId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    await this.webhooks.unsubscribe(principal, partnerId, subscriptionId);
  }

  @Get(':partnerId/webhook-subscriptions/:subscriptionId/deliveries')
  @Roles('admin')
  @ApiOperation({ summary: "A subscription's deliveries, newest event first; status=failed for those to replay" })
  @ApiOkResponse({ type: [WebhookDeliveryView] })
  @PagedList()
  async deliveries(
    @IdParam('partnerId') partnerId: string,
    @IdParam('subscriptionId') subscriptionId: string,
    @Query() query: WebhookDeliveriesQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Paged<WebhookDeliveryView>> {
    const page = await this.webhooks.deliveries(principal, partnerId, subscriptionId, query, pageOf(query));
    return { ...page, items: page.items.map(WebhookDeliveryView.of) };
  }

  @Post(':partnerId/webhook-subscriptions/:subscriptionId/deliveries/:deliveryId/replay')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Send a failed delivery again: the same event id and body, a new round of attempts' })
  @ApiOkResponse({ type: WebhookDeliveryView })
  @ApiConflictResponse({ description: 'The delivery is not failed, or the subscription has ended' })
  async replay(
    @IdParam('partnerId') partnerId: string,
    @IdParam('subscriptionId') subscriptionId: string,
    @IdParam('deliveryId') deliveryId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WebhookDeliveryView> {
    return WebhookDeliveryView.of(await this.webhooks.replay(principal, partnerId, subscriptionId, deliveryId));
  }
}
