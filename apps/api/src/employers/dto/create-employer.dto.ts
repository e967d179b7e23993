import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { CollapseSpaces } from '../../shared/validation/common-fields';
import { IsDutchPostcode, IsSector } from '../../shared/validation/reference-data.validators';

export class CreateEmployerDto {
  @ApiProperty({ example: 'Zorggroep Almere' })
  @CollapseSpaces()
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ description: 'SBI section letter', example: 'Q' })
  @IsSector()
  sector: string;

  @ApiProperty({ description: 'PC4 of the main location', example: '1315' })
  @IsDutchPostcode()
  postcode: string;

  @ApiPropertyOptional({ example: 'hr@example.nl' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string;

  @ApiPropertyOptional({
    description: 'KvK-nummer (8 digits): links contact persons signing in through eHerkenning to the employer',
    example: '12345678',
    pattern: '^[0-9]{8}$',
  })
  @IsOptional()
  @Matches(/^[0-9]{8}$/, { message: 'kvkNumber must be 8 digits' })
  kvkNumber?: string;
}
