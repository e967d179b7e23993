import { Param, ParseUUIDPipe } from '@nestjs/common';
import { invalidField } from './problem';

/** A path id that must be a UUID; anything else is a 400 naming the parameter (never a database error). */
export const IdParam = (name = 'id') =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => invalidField(name, 'must be a UUID') }));
