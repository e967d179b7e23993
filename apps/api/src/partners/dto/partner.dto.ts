import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PARTNER_SCOPES, type PartnerScope } from '@werkbrug/common';
import {
  PARTNER_KINDS,
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_EVENT_TYPES,
  type PartnerKind,
  type WebhookDeliveryStatus,
  type WebhookEventType,
} from '@werkbrug/database';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CollapseSpaces } from '../../shared/validation/common-fields';
import { PageQuery } from '../../shared/validation/paging';

const lowerCase = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/** The highest budget an administrator can give one key; the default is modest. */
export const API_KEY_RATE_LIMIT_MAX = 6000;
export const API_KEY_RATE_LIMIT_DEFAULT = 120;

export class CreatePartnerDto {
  @ApiProperty({ example: 'Werkgeversservicepunt Gooi en Vechtstreek' })
  @CollapseSpaces()
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ enum: PARTNER_KINDS, description: 'A neighbouring WSP, UWV, a job site, an ATS, or other' })
  @IsIn(PARTNER_KINDS)
  kind: PartnerKind;

  @ApiProperty({ description: 'Whom to reach about the connection', example: 'koppelingen@wsp-gooi.example' })
  @Transform(lowerCase)
  @IsEmail()
  @MaxLength(254)
  contactEmail: string;
}

export class CreateApiKeyDto {
  @ApiProperty({ description: 'What the key is for, to recognise it by', example: 'Vacaturefeed productie' })
  @CollapseSpaces()
  @IsString()
  @Length(2, 100)
  name: string;

  @ApiProperty({ enum: PARTNER_SCOPES, isArray: true, example: ['vacancy-feed:read'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PARTNER_SCOPES.length)
  @ArrayUnique()
  @IsIn(PARTNER_SCOPES, { each: true })
  scopes: PartnerScope[];

  @ApiPropertyOptional({
    description: `Requests a minute this key may make, 1-${API_KEY_RATE_LIMIT_MAX}`,
    default: API_KEY_RATE_LIMIT_DEFAULT,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(API_KEY_RATE_LIMIT_MAX)
  rateLimitPerMinute?: number;
}

export class CreateWebhookSubscriptionDto {
  @ApiProperty({
    description: 'Where deliveries are POSTed: https (http only to localhost outside production)',
    example: 'https://vacatures.example.nl/werkbrug/webhook',
  })
  @IsString()
  @MaxLength(2000)
  url: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true, example: ['vacancy.created', 'vacancy.removed'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events: WebhookEventType[];
}

export class WebhookDeliveriesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: WEBHOOK_DELIVERY_STATUSES, description: 'Only deliveries in this state' })
  @IsOptional()
  @IsIn(WEBHOOK_DELIVERY_STATUSES)
  status?: WebhookDeliveryStatus;
}
