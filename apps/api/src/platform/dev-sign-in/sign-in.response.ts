import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '@werkbrug/common';

export class SignInView {
  @ApiProperty({ description: 'A bearer token for the Authorization header' }) token: string;
  @ApiProperty() subject: string;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiPropertyOptional() employerId?: string;
  @ApiPropertyOptional({ description: 'The employer’s name, for the screen' }) employerName?: string;
  @ApiProperty() expiresAt: Date;
}

export class SignInEmployerView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}
