import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';
import { OFFER_RESPONSES, OfferResponse } from '@werkbrug/database';

export class OfferDto {
  @ApiProperty()
  @IsUUID()
  vacancyId: string;

  @ApiPropertyOptional({ description: 'Why this vacancy suits the candidate, for the conversation' })
  @IsOptional()
  @IsString()
  @Length(2, 1000)
  note?: string;
}

export class OfferResponseDto {
  @ApiProperty({ enum: OFFER_RESPONSES })
  @IsIn(OFFER_RESPONSES)
  response: OfferResponse;

  @ApiPropertyOptional({ description: 'Required with not-interested' })
  @IsOptional()
  @IsString()
  @Length(2, 1000)
  reason?: string;

  @ApiProperty({ description: 'The version of the offer you read' })
  @IsInt()
  @Min(1)
  version: number;
}
