import { ApiProperty } from '@nestjs/swagger';

/** Where the work on one open vacancy's shortlist stands, in counts only (no candidate data). */
export class ShortlistOverviewView {
  @ApiProperty() vacancyId: string;
  @ApiProperty({ enum: ['pending', 'ready'] }) status: 'pending' | 'ready';
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) matchedAt: Date | null;
  @ApiProperty({ description: 'Candidates ranked on the shortlist' }) ranked: number;
  @ApiProperty({ description: 'Ranked candidates without a decision yet' }) undecided: number;
  @ApiProperty() accepted: number;
  @ApiProperty() setAside: number;
  @ApiProperty() rejected: number;
  @ApiProperty({ description: 'Candidates proposed to the employer' }) proposed: number;
}
