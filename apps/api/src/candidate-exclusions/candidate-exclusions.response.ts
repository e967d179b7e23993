import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AVAILABILITY_FRESHNESS, type AvailabilityFreshness } from '@werkbrug/matching';
import type { CandidateExclusions, NotMatched } from './candidate-exclusions.service';

const LIMIT_DESCRIPTION =
  'travel, rejected (turned down for that vacancy), availability-unconfirmed, or a belastbaarheid item code (lifting, evening-work, ...)';

class VacancyRefView {
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty() title: string;
}

class RankedForView extends VacancyRefView {
  @ApiProperty({ minimum: 1 }) rank: number;
}

class ExcludedVacancyView extends VacancyRefView {
  @ApiPropertyOptional({ description: 'travel: km from the postcode area to the workplace' }) distanceKm?: number;
  @ApiPropertyOptional({ description: 'A belastbaarheid item: the level the vacancy asks' }) demand?: number;
}

class ExclusionGroupView {
  @ApiProperty({ description: LIMIT_DESCRIPTION }) limit: string;
  @ApiProperty({ minimum: 1 }) count: number;
  @ApiPropertyOptional({ description: "travel: the candidate's reach in km" }) limitKm?: number;
  @ApiPropertyOptional({ description: 'A belastbaarheid item: the most the candidate can manage' }) level?: number;
  @ApiProperty({ type: [ExcludedVacancyView] }) vacancies: ExcludedVacancyView[];
}

class WhatIfView {
  @ApiProperty({ description: 'travel, or a belastbaarheid item code' }) limit: string;
  @ApiPropertyOptional({ description: 'travel: km of reach added' }) extraKm?: number;
  @ApiPropertyOptional({ description: 'travel: the reach tried' }) limitKm?: number;
  @ApiPropertyOptional({ description: 'A belastbaarheid item: the level tried (one step up)' }) level?: number;
  @ApiProperty({ description: 'How many more vacancies the candidate would pass every hard limit of' })
  moreVacancies: number;
}

/**
 * Why a candidate is on no list: codes and numbers, no sentences (the web app words them in Dutch).
 * Belastbaarheid-derived, so health data: the candidate's klantmanager and jobhunters of the organisation only.
 */
export class CandidateExclusionsView implements CandidateExclusions {
  @ApiProperty({ format: 'uuid' }) candidateId: string;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['not-available', 'profile-incomplete'],
    description: 'Why the candidate is matched for no vacancy at all; then no vacancy is assessed',
  })
  notMatched: NotMatched | null;
  @ApiProperty({ format: 'date' }) availabilityConfirmedOn: string;
  @ApiProperty({ enum: AVAILABILITY_FRESHNESS }) availabilityFreshness: AvailabilityFreshness;
  @ApiProperty({ description: "The open vacancies matched in the candidate's region" }) considered: number;
  @ApiProperty({ type: [VacancyRefView], description: 'The vacancies whose hard limits the candidate passes' })
  eligible: VacancyRefView[];
  @ApiProperty({ type: [RankedForView], description: 'The vacancies whose shortlist ranks the candidate now' })
  rankedFor: RankedForView[];
  @ApiProperty({
    type: [ExclusionGroupView],
    description: 'Excluded vacancies per hard limit, largest group first; a vacancy beyond several limits is in each',
  })
  excluded: ExclusionGroupView[];
  @ApiProperty({ type: [WhatIfView], description: 'Travel +5 and +10 km; each belastbaarheid item one step up' })
  whatIf: WhatIfView[];
}
