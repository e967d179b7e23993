import { ApiProperty } from '@nestjs/swagger';
import { candidateReference } from '../shared/pseudonyms/candidate-names';
import type { WorklistCounts, WorklistRow, WorklistSource } from './worklist.repository';

const SOURCES: WorklistSource[] = ['follow-up', 'work-item', 'availability'];

export class WorkItemView {
  @ApiProperty({ description: 'The id to mark it done with (for `availability`: the candidate)' }) id: string;
  @ApiProperty({
    enum: SOURCES,
    description:
      'follow-up: a follow-up (done here, the note is its result); work-item: written with its event; availability: done by confirming the availability',
  })
  source: WorklistSource;
  @ApiProperty({
    description:
      "What to do: a follow-up's kind (e.g. `second-interview`, `proefplaatsing-decision`, `six-month-check`), `employer-answer`, `consent-requested`, `availability-stale`, `candidate-import-failed`, `vacancy-import-refused`, `webhook-failed`",
    example: 'employer-answer',
  })
  kind: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ description: 'Due before today' }) overdue: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Where in the web app it is done',
    example: '#/vacatures/…/shortlist',
  })
  link: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Codes and values without personal data for the text, e.g. `{ "answer": "invite" }`',
  })
  params: Record<string, string | number | boolean | null>;
  @ApiProperty({ type: String, nullable: true }) candidateId: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The candidate's pseudonymous reference, e.g. K-1A2B-3C4D",
  })
  candidateReference: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "Only for staff of the candidate's own organisation; null for others (they see the reference)",
  })
  candidateName: string | null;
  @ApiProperty({ type: String, nullable: true }) employerId: string | null;
  @ApiProperty({ type: String, nullable: true }) employerName: string | null;
  @ApiProperty({ type: String, nullable: true }) vacancyId: string | null;
  @ApiProperty({ type: String, nullable: true }) vacancyTitle: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Null: an item for the team' }) assigneeId: string | null;
  @ApiProperty({ type: String, nullable: true }) assigneeName: string | null;
  @ApiProperty({ description: 'Marked done with a note here (not so for availability, which is confirmed)' })
  completable: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ description: 'Send it back when marking it done' }) version: number;

  static of(row: WorklistRow, candidateName: string | null, today: string): WorkItemView {
    return {
      id: row.id,
      source: row.source,
      kind: row.kind,
      dueOn: row.dueOn,
      overdue: row.dueOn < today,
      link: row.link,
      params: row.params,
      candidateId: row.candidateId,
      candidateReference: row.candidateId ? candidateReference(row.candidateId) : null,
      candidateName,
      employerId: row.employerId,
      employerName: row.employerName,
      vacancyId: row.vacancyId,
      vacancyTitle: row.vacancyTitle,
      assigneeId: row.assigneeId,
      assigneeName: row.assigneeName,
      completable: row.source !== 'availability',
      createdAt: row.createdAt,
      version: row.version,
    };
  }
}

export class WorklistCount {
  @ApiProperty() open: number;
  @ApiProperty({ description: 'Open and due before today' }) overdue: number;
}

export class WorklistCountsView implements WorklistCounts {
  @ApiProperty({ type: WorklistCount }) mine: WorklistCount;
  @ApiProperty({ type: WorklistCount }) team: WorklistCount;
}

export class WorkItemDoneView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: SOURCES }) source: WorklistSource;
  @ApiProperty() kind: string;
  @ApiProperty({ type: String, nullable: true }) candidateId: string | null;
  @ApiProperty() doneAt: Date;
  @ApiProperty() note: string;
  @ApiProperty() version: number;
}
