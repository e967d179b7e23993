import { Type } from '@nestjs/common';
import { toInvalidParams } from '@werkbrug/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

/** Validates demo input exactly as the HTTP API would, so demo data can never bypass the rules. */
export async function asDto<T extends object>(type: Type<T>, plain: object): Promise<T> {
  const dto = plainToInstance(type, plain);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw new Error(`Invalid demo ${type.name}: ${JSON.stringify(toInvalidParams(errors))}`);
  return dto;
}
