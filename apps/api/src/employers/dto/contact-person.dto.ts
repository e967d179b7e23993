import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { CollapseSpaces, IsPhoneNumber } from '../../shared/validation/common-fields';

const lowerCase = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/** Someone at the employer to talk to. Personal data: staff and the employer itself see it, nothing else. */
export class ContactPersonDto {
  @ApiProperty({ example: 'Petra Jansen' })
  @CollapseSpaces()
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiPropertyOptional({ description: 'Their function at the employer', example: 'HR-adviseur' })
  @IsOptional()
  @CollapseSpaces()
  @IsString()
  @Length(2, 100)
  jobTitle?: string;

  @ApiPropertyOptional({ example: 'p.jansen@example.nl' })
  @IsOptional()
  @Transform(lowerCase)
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '036 123 45 67' })
  @IsOptional()
  @IsPhoneNumber()
  phone?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'When the person also signs in: their user at this employer' })
  @IsOptional()
  @IsUUID()
  userId?: string;
}

export class UpdateContactPersonDto extends ContactPersonDto {
  @ApiProperty({ description: 'The version of the contact person you read' })
  @IsInt()
  @Min(1)
  version: number;
}
