import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Employer, EmployerContactPerson } from '@werkbrug/database';
import { CandidateOnListView } from '../shared/candidate-access/candidate-on-list.response';
import { HISTORY_KINDS, HistoryKind } from './employer-history.repository';

export class EmployerView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'Zorggroep Almere' }) name: string;
  @ApiProperty({ description: 'SBI section letter', example: 'Q' }) sector: string;
  @ApiProperty({ description: 'PC4 of the main location', example: '1315' }) postcode: string;
  @ApiProperty({ type: String, nullable: true, description: 'Street, number and place of the main location' })
  address: string | null;
  @ApiProperty({ type: String, nullable: true }) contactEmail: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'KvK-nummer (8 digits)', example: '12345678' })
  kvkNumber: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Vestigingsnummer (12 digits)', example: '000012345678' })
  establishmentNumber: string | null;
  @ApiProperty({ description: 'Demo data: the KvK and establishment numbers are invented' })
  illustrative: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "Registered for the vacancies of this followed feed (another region's): the contact is that WSP's",
  })
  followedFrom: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ description: 'Send it back with a change' }) version: number;

  static of(employer: Employer): EmployerView {
    const { id, name, sector, postcode, address, contactEmail, kvkNumber, establishmentNumber } = employer;
    const { illustrative, followedFrom, createdAt, version } = employer;
    return {
      id,
      name,
      sector,
      postcode,
      address,
      contactEmail,
      kvkNumber,
      establishmentNumber,
      illustrative,
      followedFrom,
      createdAt,
      version,
    };
  }
}

export class AccountTeamMemberView {
  @ApiProperty() userId: string;
  @ApiProperty({ example: 'Anna Jansen' }) name: string;
  @ApiProperty({ example: 'anna.jansen@almere.example' }) email: string;
  @ApiProperty() organisationId: string;
  @ApiProperty({ example: 'Gemeente Almere' }) organisationName: string;
}

/** Someone at the employer to talk to: for staff and the employer itself, never in an exchange. */
export class ContactPersonView {
  @ApiProperty() id: string;
  @ApiProperty() employerId: string;
  @ApiProperty({ example: 'Petra Jansen' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: 'HR-adviseur' }) jobTitle: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Their user at this employer, when they sign in too' })
  userId: string | null;
  @ApiProperty({ description: 'Send it back with a change' }) version: number;

  static of({
    id,
    employerId,
    name,
    jobTitle,
    email,
    phone,
    userId,
    version,
  }: EmployerContactPerson): ContactPersonView {
    return { id, employerId, name, jobTitle, email, phone, userId, version };
  }
}

/** One moment of the employer's work with the WSP, newest first. */
export class HistoryEntryView {
  @ApiProperty({ enum: HISTORY_KINDS }) kind: HistoryKind;
  @ApiProperty() at: Date;
  @ApiProperty({
    description:
      'The vacancy, proposal, speeddate, agreement or placement it is about (the employer for a change of the register)',
  })
  recordId: string;
  @ApiProperty({ type: String, nullable: true }) vacancyId: string | null;
  @ApiProperty({ type: String, nullable: true }) vacancyTitle: string | null;
  @ApiPropertyOptional({ description: 'With a candidate: the id, from which the reference is made' })
  candidateId?: string;
  @ApiPropertyOptional({
    description: "The candidate's pseudonymous reference (K-1A2B-3C4D), as the employer knows them",
  })
  candidateReference?: string;
  @ApiPropertyOptional({
    type: CandidateOnListView,
    description: "Staff only: the name for the candidate's own organisation, else the organisation and klantmanager",
  })
  candidate?: CandidateOnListView;
  @ApiProperty({ type: String, nullable: true, description: "The speeddate's or agreement's name" }) title:
    string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "What it came to: the vacancy's status, the employer's answer, the interest at a speeddate, the placement's kind, the change of the register; for an invitation the speeddate's day",
  })
  outcome: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The reason given with an answer, or the next step after a conversation',
  })
  reason: string | null;
  @ApiProperty({ type: [String], description: 'A change of the register: the fields changed (names, not values)' })
  fields: string[];
}
