import { ApiProperty } from '@nestjs/swagger';

export class RetentionRunView {
  @ApiProperty({ description: 'Candidates anonymised by this run; 0 when nothing was due' }) anonymised: number;
  @ApiProperty({
    format: 'date',
    description: 'Candidates who left on or before this day were due',
    example: '2024-03-15',
  })
  leftOnOrBefore: string;
  @ApiProperty({ description: 'RETENTION_MONTHS_AFTER_LEAVING' }) monthsAfterLeaving: number;

  static of(run: RetentionRunView): RetentionRunView {
    const { anonymised, leftOnOrBefore, monthsAfterLeaving } = run;
    return { anonymised, leftOnOrBefore, monthsAfterLeaving };
  }
}

export class ErasureView {
  @ApiProperty() requestId: string;
  @ApiProperty() candidateId: string;
  @ApiProperty({ description: 'When identity, health detail and notes were removed' }) anonymisedAt: Date;

  static of(erasure: ErasureView): ErasureView {
    const { requestId, candidateId, anonymisedAt } = erasure;
    return { requestId, candidateId, anonymisedAt };
  }
}
