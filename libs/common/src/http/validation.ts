import { ValidationPipe } from '@nestjs/common';
import { InvalidInputException, toInvalidParams } from './problem';

/** Strict input: unknown fields are refused, every failing field is named. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new InvalidInputException(toInvalidParams(errors)),
  });
}
