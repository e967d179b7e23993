import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, ValidateNested } from 'class-validator';
import type { NotificationDelivery } from '@werkbrug/database';
import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KINDS,
  NotificationKind,
} from '../../shared/notifications/notification-kinds';
import { PageQuery } from '../../shared/validation/paging';

export class ListNotificationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only those not read yet', default: 'false' })
  @IsOptional()
  @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}

export class NotificationPreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_KINDS, example: 'vacancy-changed' })
  @IsIn(NOTIFICATION_KINDS)
  kind: NotificationKind;

  @ApiProperty({
    enum: NOTIFICATION_DELIVERIES,
    description: 'direct: a mail each time; digest: in the daily overview; off: in the app only',
  })
  @IsIn(NOTIFICATION_DELIVERIES)
  delivery: NotificationDelivery;
}

export class NotificationPreferencesDto {
  @ApiProperty({ type: [NotificationPreferenceDto], maxItems: NOTIFICATION_KINDS.length })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceDto)
  preferences: NotificationPreferenceDto[];
}
