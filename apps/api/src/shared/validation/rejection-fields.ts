import { ApiPropertyOptional } from '@nestjs/swagger';
import { defineErrors } from '@werkbrug/common';
import { REJECTION_REASONS, RejectionReason } from '@werkbrug/database';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsCompetence } from './reference-data.validators';

/**
 * Why a candidate was turned down, as an accountmanager's shortlist decision and an employer's
 * answer to a proposal both give it: the matcher learns from it, so it must be precise.
 */
export class RejectionFields {
  @ApiPropertyOptional({ enum: REJECTION_REASONS, description: 'Required when rejecting' })
  @IsOptional()
  @IsIn(REJECTION_REASONS)
  reason?: RejectionReason;

  @ApiPropertyOptional({ description: 'With competence-missing: the competence that was lacking' })
  @IsOptional()
  @IsCompetence()
  competence?: string;

  @ApiPropertyOptional({ description: 'Required with the reason other' })
  @IsOptional()
  @IsString()
  @Length(2, 1000)
  note?: string;
}

/** The rules across the rejection fields, which their per-field checks cannot express. */
export const RejectionErrors = defineErrors('rejection', {
  reasonRequired: { kind: 'invalid-input', title: 'Give the reason for the rejection' },
  competenceRequired: { kind: 'invalid-input', title: 'Name the competence that was missing' },
  competenceOnlyWhenMissing: {
    kind: 'invalid-input',
    title: 'A competence goes with the reason competence-missing only',
  },
  noteRequired: { kind: 'invalid-input', title: 'Explain the reason other' },
  onlyWhenRejecting: { kind: 'invalid-input', title: 'Only a rejection carries a reason or competence' },
});

export interface Rejection {
  reason: RejectionReason;
  competence: string | null;
  note: string | null;
}

/** A rejection says why, precisely enough for the matcher to act on it. */
export function rejectionOf(fields: RejectionFields): Rejection {
  if (!fields.reason) throw RejectionErrors.reasonRequired.at('reason', 'give the reason for the rejection');
  if (fields.reason === 'competence-missing' && !fields.competence)
    throw RejectionErrors.competenceRequired.at('competence', 'name the competence that was missing');
  if (fields.reason !== 'competence-missing' && fields.competence)
    throw RejectionErrors.competenceOnlyWhenMissing.at('competence', 'only with the reason competence-missing');
  if (fields.reason === 'other' && !fields.note)
    throw RejectionErrors.noteRequired.at('note', 'explain the reason other');
  return { reason: fields.reason, competence: fields.competence ?? null, note: fields.note ?? null };
}

/** Fields that only a rejection may carry. */
export function checkNoRejectionFields(fields: RejectionFields): void {
  for (const name of ['reason', 'competence'] as const) {
    if (fields[name] !== undefined) throw RejectionErrors.onlyWhenRejecting.at(name, 'only when rejecting');
  }
}
