import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ROLES, Role } from '@werkbrug/common';

export class SignInDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ description: 'With the role employer: the employer the user works for' })
  @IsOptional()
  @IsUUID()
  employerId?: string;
}
