import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@werkbrug/common';
import { FeedFollowService } from './feed-follow.service';
import { FollowedFeedView } from './followed-feed.response';

@ApiTags('vacancy-feed')
@ApiBearerAuth()
@Controller('followed-feeds')
export class FollowedFeedsController {
  constructor(private readonly follow: FeedFollowService) {}

  @Get()
  @Roles('admin', 'accountmanager')
  @ApiOperation({
    summary: "The other regions' vacancy feeds this one follows, and how reading them goes",
    description:
      'Set in FOLLOWED_FEEDS (a bounded list). Their vacancies are external here (source feed:<name>): matched ' +
      "for this region's candidates in reach, offered to them; changed, closed and proposed to in their own region.",
  })
  @ApiOkResponse({ type: [FollowedFeedView] })
  async list(): Promise<FollowedFeedView[]> {
    return (await this.follow.states()).map(({ feed, state }) => FollowedFeedView.of(feed, state));
  }
}
