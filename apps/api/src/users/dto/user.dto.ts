import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsString,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import type { Role } from '@werkbrug/common';
import { CollapseSpaces } from '../../shared/validation/common-fields';

/** The roles staff can have; 'employer' belongs to an employer's contact persons only. */
export const STAFF_ROLES = ['accountmanager', 'jobhunter', 'klantmanager', 'admin'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

const lowerCase = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/** A contact person of an employer, invited by its account team or an administrator. */
export class InviteEmployerUserDto {
  @ApiProperty({ example: 'Petra Jansen' })
  @CollapseSpaces()
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({
    description: 'The address the invitation goes to; the person signs in with it',
    example: 'p.jansen@zorgalmere.nl',
  })
  @Transform(lowerCase)
  @IsEmail()
  @MaxLength(254)
  email: string;
}

/** A colleague of the administrator's own organisation. */
export class InviteUserDto extends InviteEmployerUserDto {
  @ApiProperty({ enum: STAFF_ROLES, isArray: true, example: ['klantmanager'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(STAFF_ROLES.length)
  @ArrayUnique()
  @IsIn(STAFF_ROLES, { each: true })
  roles: StaffRole[];
}

export class ChangeRolesDto {
  @ApiProperty({ enum: STAFF_ROLES, isArray: true, example: ['klantmanager', 'jobhunter'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(STAFF_ROLES.length)
  @ArrayUnique()
  @IsIn(STAFF_ROLES, { each: true })
  roles: StaffRole[];

  @ApiProperty({ description: 'The version of the user you read' })
  @IsInt()
  @Min(1)
  version: number;
}

/** Deactivated: no sign-in, no access. Active: back in. */
export const ACCESS_STATES = ['active', 'deactivated'] as const;
export type AccessState = (typeof ACCESS_STATES)[number];

export class ChangeAccessDto {
  @ApiProperty({ enum: ACCESS_STATES, example: 'deactivated' })
  @IsIn(ACCESS_STATES)
  access: AccessState;

  @ApiProperty({ description: 'The version of the user you read' })
  @IsInt()
  @Min(1)
  version: number;
}
