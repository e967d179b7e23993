import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { PagedList, Paged } from '../shared/validation/paging';
import { ListNotificationsQuery, NotificationPreferencesDto } from './dto/notification.dto';
import { AllReadView, NotificationPreferencesView, NotificationView, UnreadCountView } from './notification.response';
import { NotificationsService } from './notifications.service';

const USERS = ['employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin'] as const;

/** The signed-in user's own notifications and their preferences; nobody reads another's. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Roles(...USERS)
  @ApiOperation({ summary: 'Your own notifications, newest first; unread=true for those not read yet' })
  @ApiOkResponse({ type: [NotificationView] })
  @PagedList()
  list(
    @Query() query: ListNotificationsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Paged<NotificationView>> {
    return this.notifications.list(query, principal);
  }

  @Get('unread-count')
  @Roles(...USERS)
  @ApiOperation({ summary: 'How many of your notifications are not read yet' })
  @ApiOkResponse({ type: UnreadCountView })
  async unreadCount(@CurrentPrincipal() principal: Principal): Promise<UnreadCountView> {
    return { unread: await this.notifications.unreadCount(principal) };
  }

  @Post('read-all')
  @HttpCode(200)
  @Roles(...USERS)
  @ApiOperation({ summary: 'Mark all your notifications read' })
  @ApiOkResponse({ type: AllReadView })
  async readAll(@CurrentPrincipal() principal: Principal): Promise<AllReadView> {
    return { marked: await this.notifications.markAllRead(principal) };
  }

  @Get('preferences')
  @Roles(...USERS)
  @ApiOperation({ summary: 'How each kind you receive is mailed: your choice, or the default for your role' })
  @ApiOkResponse({ type: NotificationPreferencesView })
  preferences(@CurrentPrincipal() principal: Principal): Promise<NotificationPreferencesView> {
    return this.notifications.preferences(principal);
  }

  @Put('preferences')
  @Roles(...USERS)
  @ApiOperation({
    summary: 'Choose per kind: direct, daily digest or off (mail only; the app shows every one)',
    description: 'Applies to notifications written from now on. A kind you do not receive refuses the whole request.',
  })
  @ApiOkResponse({ type: NotificationPreferencesView })
  savePreferences(
    @Body() dto: NotificationPreferencesDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<NotificationPreferencesView> {
    return this.notifications.savePreferences(dto, principal);
  }

  @Put(':id/read')
  @Roles(...USERS)
  @ApiOperation({ summary: 'Mark one of your notifications read (someone else’s is not found)' })
  @ApiOkResponse({ type: NotificationView })
  markRead(@IdParam('id') id: string, @CurrentPrincipal() principal: Principal): Promise<NotificationView> {
    return this.notifications.markRead(id, principal);
  }
}
