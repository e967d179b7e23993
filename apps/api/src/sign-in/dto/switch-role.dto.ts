import { ApiProperty } from '@nestjs/swagger';
import { ROLES, Role } from '@werkbrug/common';
import { IsIn } from 'class-validator';

export class SwitchRoleDto {
  @ApiProperty({ enum: ROLES, description: 'One of your roles' })
  @IsIn(ROLES)
  role: Role;
}
