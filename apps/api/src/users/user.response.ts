import { ApiProperty } from '@nestjs/swagger';
import { USER_ROLES, type Role } from '@werkbrug/common';
import { USER_STATUSES, type User, type UserStatus } from '@werkbrug/database';

export class UserView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'Karin de Vries' }) name: string;
  @ApiProperty({ example: 'karin.de.vries@almere.example' }) email: string;
  @ApiProperty({ enum: USER_ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ enum: USER_STATUSES, description: 'invited: has not signed in yet' }) status: UserStatus;
  @ApiProperty({ type: String, nullable: true, description: 'Staff: their organisation' })
  organisationId: string | null;
  @ApiProperty({ type: String, nullable: true, description: "An employer's contact person: the employer" })
  employerId: string | null;
  @ApiProperty({ type: Date, nullable: true }) deactivatedAt: Date | null;
  @ApiProperty({ description: 'Send it back with a change: a change made on an older version is refused' })
  version: number;
  @ApiProperty() createdAt: Date;

  static of(user: User): UserView {
    const { id, name, email, roles, status, organisationId, employerId, deactivatedAt, version, createdAt } = user;
    return { id, name, email, roles, status, organisationId, employerId, deactivatedAt, version, createdAt };
  }
}

export class NamedRef {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'Gemeente Almere' }) name: string;
}

/** Who is signed in: what the web app shows and offers. */
export class ProfileView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'Karin de Vries' }) name: string;
  @ApiProperty({ example: 'karin.de.vries@almere.example' }) email: string;
  @ApiProperty({ enum: USER_ROLES, description: 'The role acted in now' }) role: Role;
  @ApiProperty({ enum: USER_ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ type: NamedRef, nullable: true, description: 'Staff: their organisation' })
  organisation: NamedRef | null;
  @ApiProperty({ type: NamedRef, nullable: true, description: "An employer's contact person: the employer" })
  employer: NamedRef | null;
}
