import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsInt, IsOptional, IsString, Length, MaxLength, Min } from 'class-validator';
import { CollapseSpaces, IsEstablishmentNumber, IsKvkNumber } from '../../shared/validation/common-fields';
import { IsDutchPostcode, IsSector } from '../../shared/validation/reference-data.validators';

const KVK_NUMBER = {
  description:
    'KvK-nummer (8 digits; spaces are dropped): one employer per number; links users signing in through eHerkenning to the employer',
  example: '12345678',
  pattern: '^[0-9]{8}$',
};

/**
 * The register fields of an employer, as registered and as changed, but the KvK number: each request
 * declares that one itself, since a subclass cannot take back an inherited `@IsOptional()`.
 */
export class EmployerRegisterFields {
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

  @ApiPropertyOptional({
    description: 'Street, number and place of the main location',
    example: 'Stationsplein 1, Almere',
  })
  @IsOptional()
  @CollapseSpaces()
  @IsString()
  @Length(2, 200)
  address?: string;

  @ApiPropertyOptional({ example: 'hr@example.nl' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string;

  @ApiPropertyOptional({
    description: 'Vestigingsnummer (12 digits; spaces are dropped): the establishment the WSP deals with',
    example: '000012345678',
    pattern: '^[0-9]{12}$',
  })
  @IsOptional()
  @IsEstablishmentNumber()
  establishmentNumber?: string;
}

/** A new registration names its KvK number; employers registered before it was asked may still have none. */
export class CreateEmployerDto extends EmployerRegisterFields {
  @ApiProperty(KVK_NUMBER)
  @IsKvkNumber()
  kvkNumber: string;
}

/**
 * The register as it should be, and the version it was read at. Fields left out are emptied, except
 * the KvK number, which once registered cannot be taken away (users sign in by it).
 */
export class UpdateEmployerDto extends EmployerRegisterFields {
  @ApiPropertyOptional(KVK_NUMBER)
  @IsOptional()
  @IsKvkNumber()
  kvkNumber?: string;

  @ApiProperty({ description: 'The version of the employer you read' })
  @IsInt()
  @Min(1)
  version: number;
}
