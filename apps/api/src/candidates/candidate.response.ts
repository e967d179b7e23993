import { ApiProperty } from '@nestjs/swagger';
import {
  AVAILABILITIES,
  Availability,
  Belastbaarheid,
  CompetenceLevel,
  TravelLimit,
  Wishes,
  WorkHistoryEntry,
} from '@werkbrug/database';
import { AVAILABILITY_FRESHNESS, AvailabilityFreshness } from '@werkbrug/matching';
import { EducationLevel, Instrument, INSTRUMENTS } from '@werkbrug/reference-data';
import {
  CandidateAvailability,
  CandidateRecord,
  CandidateSummary,
  Caseloads,
  CaseloadAssignment,
  REQUIRED_FOR_MATCHING,
} from './candidates.service';
import {
  BelastbaarheidDto,
  CandidateCompetenceDto,
  TravelLimitDto,
  WishesDto,
  WorkHistoryEntryDto,
} from './dto/create-candidate.dto';

const ConfirmedOnProperty = ApiProperty({
  format: 'date',
  example: '2026-11-02',
  description: 'The day the klantmanager last confirmed the candidate available',
});
const FreshnessProperty = ApiProperty({
  enum: AVAILABILITY_FRESHNESS,
  description:
    'fresh; flagged: not confirmed for more than AVAILABILITY_FLAG_DAYS (confirm with PUT availability); expired: more than AVAILABILITY_EXPIRY_DAYS, no longer matched until confirmed',
});

/** The full profile with identity: what the candidate's klantmanager and administrators see. */
export class CandidateView {
  @ApiProperty() id: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The organisation's own client number",
    example: 'KL-004211',
  })
  clientNumber: string | null;
  @ApiProperty({ example: 'Ria de Vries' }) name: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ description: 'For reports by age group, never for matching' }) birthYear: number;
  @ApiProperty({ example: '1315' }) postcode: string;
  @ApiProperty({ type: TravelLimitDto }) travel: TravelLimit;
  @ApiProperty({ description: 'Centre of the postcode area' }) latitude: number;
  @ApiProperty({ description: 'Centre of the postcode area' }) longitude: number;
  @ApiProperty({ description: 'The travel limit in km, for finding who is in reach' }) travelKm: number;
  @ApiProperty({ type: String, nullable: true, description: 'Null while unknown: the profile is then not matched' })
  educationLevel: EducationLevel | null;
  @ApiProperty({ type: [CandidateCompetenceDto] }) competences: CompetenceLevel[];
  @ApiProperty({ type: WishesDto }) wishes: Wishes;
  @ApiProperty({ type: BelastbaarheidDto, nullable: true, description: 'Null until assessed' })
  belastbaarheid: Belastbaarheid | null;
  @ApiProperty({ type: [WorkHistoryEntryDto], description: 'Jobs held; until is null while the job lasts' })
  workHistory: WorkHistoryEntry[];
  @ApiProperty({ enum: INSTRUMENTS, isArray: true, description: 'The instruments the candidate is eligible for' })
  instruments: Instrument[];
  @ApiProperty({ format: 'date', example: '2026-06-01' }) benefitStartedOn: string;
  @ApiProperty({ minimum: 1, maximum: 6 }) participatieladder: number;
  @ApiProperty({ enum: AVAILABILITIES }) availability: Availability;
  @ApiProperty({ type: String, nullable: true }) unavailableReason: string | null;
  @ApiProperty({ format: 'date', type: String, nullable: true, example: '2027-02-01' }) unavailableUntil: string | null;
  @ConfirmedOnProperty availabilityConfirmedOn: string;
  @FreshnessProperty availabilityFreshness: AvailabilityFreshness;
  @ApiProperty({
    format: 'date',
    type: String,
    nullable: true,
    description: 'The day the candidate left: retention counts from it',
  })
  leftOn: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The klantmanager whose caseload holds the candidate' })
  klantmanagerId: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The jobhunter searching jobs with the candidate (level 4)',
  })
  jobhunterId: string | null;
  @ApiProperty({ type: Date, nullable: true }) anonymisedAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;

  static of(record: CandidateRecord): CandidateView {
    return {
      id: record.id,
      clientNumber: record.clientNumber,
      name: record.name,
      email: record.email,
      phone: record.phone,
      birthYear: record.birthYear,
      postcode: record.postcode,
      travel: record.travel,
      latitude: record.latitude,
      longitude: record.longitude,
      travelKm: record.travelKm,
      educationLevel: record.educationLevel,
      competences: record.competences,
      wishes: record.wishes,
      belastbaarheid: record.belastbaarheid,
      workHistory: record.workHistory,
      instruments: record.instruments,
      benefitStartedOn: record.benefitStartedOn,
      participatieladder: record.participatieladder,
      availability: record.availability,
      unavailableReason: record.unavailableReason,
      unavailableUntil: record.unavailableUntil,
      availabilityConfirmedOn: record.availabilityConfirmedOn,
      availabilityFreshness: record.availabilityFreshness,
      leftOn: record.leftOn,
      klantmanagerId: record.klantmanagerId,
      jobhunterId: record.jobhunterId,
      anonymisedAt: record.anonymisedAt,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    };
  }
}

/** A line of the caseload: who, where, and what matching still lacks. */
export class CandidateSummaryView implements CandidateSummary {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'Empty once the candidate was anonymised' }) name: string;
  @ApiProperty() postcode: string;
  @ApiProperty({ enum: AVAILABILITIES }) availability: Availability;
  @ConfirmedOnProperty availabilityConfirmedOn: string;
  @FreshnessProperty availabilityFreshness: AvailabilityFreshness;
  @ApiProperty({
    enum: REQUIRED_FOR_MATCHING,
    isArray: true,
    description: 'What the profile lacks for matching; a profile missing any is not matched',
  })
  missingForMatching: string[];
  @ApiProperty({ description: 'Shortlists of open vacancies that rank the candidate now; 0: on no list' })
  onShortlists: number;
  @ApiProperty({ type: String, nullable: true, description: 'The klantmanager whose caseload holds the candidate' })
  klantmanagerId: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The jobhunter searching jobs with the candidate (level 4)',
  })
  jobhunterId: string | null;
}

export class AvailabilityView implements CandidateAvailability {
  @ApiProperty() id: string;
  @ApiProperty({ enum: AVAILABILITIES }) availability: Availability;
  @ApiProperty({ type: String, nullable: true }) unavailableReason: string | null;
  @ApiProperty({ format: 'date', type: String, nullable: true }) unavailableUntil: string | null;
  @ConfirmedOnProperty availabilityConfirmedOn: string;
  @FreshnessProperty availabilityFreshness: AvailabilityFreshness;
}

export class CaseloadAssignmentView implements CaseloadAssignment {
  @ApiProperty() candidateId: string;
  @ApiProperty({ type: String, nullable: true }) klantmanagerId: string | null;
  @ApiProperty({ type: String, nullable: true }) jobhunterId: string | null;
}

export class KlantmanagerCaseloadView {
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ description: 'Candidates held: not anonymised and not gone' }) candidates: number;
}

export class CaseloadsView implements Caseloads {
  @ApiProperty({ description: 'Most candidates one klantmanager holds (CASELOAD_CEILING)' }) ceiling: number;
  @ApiProperty({ type: [KlantmanagerCaseloadView] }) klantmanagers: KlantmanagerCaseloadView[];
}
