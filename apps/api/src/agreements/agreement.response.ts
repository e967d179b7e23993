import { ApiProperty } from '@nestjs/swagger';
import { ContactPerson, Instrument, INSTRUMENTS, PlacementAgreement } from '@werkbrug/database';
import type { AgreementProgress } from '../shared/reporting/agreement-progress';

export class AgreementProgressView {
  @ApiProperty({
    description: 'Paid-work placements under the agreement that started in its period, up to the reference day',
  })
  placed: number;
  @ApiProperty() target: number;
  @ApiProperty({ description: 'The share of the period passed on the reference day, 0–1' }) periodPassed: number;
  @ApiProperty({ description: 'Placements the target implies by the reference day, pro rata' }) expectedByNow: number;
  @ApiProperty({ description: 'placed / target' }) share: number;
  @ApiProperty({ description: 'Fewer placements than the whole ones due by the reference day' }) behind: boolean;
  @ApiProperty({ format: 'date', description: 'The day it was computed for' }) on: string;
}

export class ContactPersonView {
  @ApiProperty() name: string;
  @ApiProperty() organisation: string;
  @ApiProperty({ required: false }) email?: string;
  @ApiProperty({ required: false }) phone?: string;
}

export class AgreementView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() region: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty() targetPlacements: number;
  @ApiProperty({ type: [String] }) employerIds: string[];
  @ApiProperty() uwvPartner: boolean;
  @ApiProperty({ type: [String] }) sectors: string[];
  @ApiProperty({ type: [String] }) occupations: string[];
  @ApiProperty({ enum: INSTRUMENTS, isArray: true }) instruments: Instrument[];
  @ApiProperty({ type: [ContactPersonView] }) contacts: ContactPerson[];
  @ApiProperty({ type: [String], description: 'The vacancies linked to it' }) vacancyIds: string[];
  @ApiProperty({ type: AgreementProgressView }) progress: AgreementProgressView;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ description: 'Send it back with a change' }) version: number;

  static of(
    agreement: PlacementAgreement,
    related: { employerIds: string[]; vacancyIds: string[] },
    progress: AgreementProgress,
    on: string,
  ): AgreementView {
    const {
      id,
      name,
      region,
      startsOn,
      endsOn,
      targetPlacements,
      uwvPartner,
      sectors,
      occupations,
      instruments,
      contacts,
      createdBy,
      createdAt,
      version,
    } = agreement;
    return {
      id,
      name,
      region,
      startsOn,
      endsOn,
      targetPlacements,
      employerIds: related.employerIds,
      uwvPartner,
      sectors,
      occupations,
      instruments,
      contacts,
      vacancyIds: related.vacancyIds,
      progress: { ...progress, on },
      createdBy,
      createdAt,
      version,
    };
  }
}
