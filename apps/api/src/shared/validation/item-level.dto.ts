import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt } from 'class-validator';
import { BELASTBAARHEID_ITEM_CODES } from '@werkbrug/reference-data';
import { IsLevelOfItem } from './reference-data.validators';

/** A level on one belastbaarheid item: a vacancy's demand, or the most a candidate can manage. */
export class ItemLevelDto {
  @ApiProperty({ enum: BELASTBAARHEID_ITEM_CODES, example: 'lifting' })
  @IsIn(BELASTBAARHEID_ITEM_CODES)
  item: string;

  @ApiProperty({
    description: '0-3 on scale items, kg for lifting, hours for hours items, 0/1 for yes/no items',
    example: 10,
  })
  @IsInt()
  @IsLevelOfItem()
  level: number;
}
