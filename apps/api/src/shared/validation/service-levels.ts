import { ApiProperty } from '@nestjs/swagger';
import { SERVICE_LEVELS } from '@werkbrug/database';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn } from 'class-validator';

/** The levels of service that led to an outcome (a placement, a step up the participatieladder): each gets the result on the ledger. */
export function AreServiceLevels(): PropertyDecorator {
  return (target, property) => {
    ApiProperty({
      type: [Number],
      enum: SERVICE_LEVELS,
      description: 'The levels of service (1–5) that led to it; the result counts at each',
      example: [2],
    })(target, property);
    IsArray()(target, property);
    ArrayMinSize(1)(target, property);
    ArrayMaxSize(SERVICE_LEVELS.length)(target, property);
    ArrayUnique()(target, property);
    IsIn(SERVICE_LEVELS, { each: true })(target, property);
  };
}
