import { ApiProperty } from '@nestjs/swagger';
import type { FollowedFeedConfig } from '@werkbrug/common';
import type { FollowedFeed } from '@werkbrug/database';

/** A followed feed and how reading it goes; never its key. */
export class FollowedFeedView {
  @ApiProperty({ example: 'regio-zwolle', description: 'Its vacancies carry the source feed:<name>' }) name: string;
  @ApiProperty({ example: 'https://werkbrug.regio-zwolle.example/api/v1' }) url: string;
  @ApiProperty({ type: Date, nullable: true, description: 'When a page was last applied' })
  lastReadAt: Date | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the last read failed; null once one succeeds' })
  lastError: string | null;
  @ApiProperty({ type: Date, nullable: true }) lastErrorAt: Date | null;
  @ApiProperty({ description: 'Read up to its head at least once: its snapshot is in' }) started: boolean;

  static of(feed: FollowedFeedConfig, state: FollowedFeed | undefined): FollowedFeedView {
    return {
      name: feed.name,
      url: feed.url,
      lastReadAt: state?.lastReadAt ?? null,
      lastError: state?.lastError ?? null,
      lastErrorAt: state?.lastErrorAt ?? null,
      started: Boolean(state?.cursor),
    };
  }
}
