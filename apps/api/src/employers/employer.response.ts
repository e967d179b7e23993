import { ApiProperty } from '@nestjs/swagger';
import { Employer } from '@werkbrug/database';

export class EmployerView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'Zorggroep Almere' }) name: string;
  @ApiProperty({ description: 'SBI section letter', example: 'Q' }) sector: string;
  @ApiProperty({ description: 'PC4 of the main location', example: '1315' }) postcode: string;
  @ApiProperty({ type: String, nullable: true }) contactEmail: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'KvK-nummer (8 digits)', example: '12345678' })
  kvkNumber: string | null;
  @ApiProperty() createdAt: Date;

  static of({ id, name, sector, postcode, contactEmail, kvkNumber, createdAt }: Employer): EmployerView {
    return { id, name, sector, postcode, contactEmail, kvkNumber, createdAt };
  }
}

export class AccountTeamMemberView {
  @ApiProperty() userId: string;
  @ApiProperty({ example: 'Anna Jansen' }) name: string;
  @ApiProperty({ example: 'anna.jansen@almere.example' }) email: string;
  @ApiProperty() organisationId: string;
  @ApiProperty({ example: 'Gemeente Almere' }) organisationName: string;
}
