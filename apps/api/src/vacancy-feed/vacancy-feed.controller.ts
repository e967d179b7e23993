import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, RequiresScope, Role, Roles } from '@werkbrug/common';
import type { Request, Response } from 'express';
import type { JobPosting, WithContext } from 'schema-dts';
import { VacancyFeedQuery } from './dto/vacancy-feed.query';
import { VacancyFeedService } from './vacancy-feed.service';
import { VacancyFeedPage } from './vacancy-feed.response';

/**
 * Who reads the feed: staff, and partners (another WSP, UWV, a job site) with an API key carrying the
 * scope `vacancy-feed:read`. The feed holds nothing personal.
 */
const FEED_READERS: Role[] = ['accountmanager', 'jobhunter', 'klantmanager', 'admin', 'partner'];

/**
 * The feed holds no personal data and a page after a cursor changes only while the reader is at the
 * head: a cache may keep it, asking each time (the ETag answers an unchanged page with 304).
 */
const REVALIDATE = 'private, no-cache';

@ApiTags('vacancy-feed')
@ApiBearerAuth()
@Controller()
export class VacancyFeedController {
  constructor(private readonly feed: VacancyFeedService) {}

  @Get('vacancy-feed')
  @Roles(...FEED_READERS)
  @RequiresScope('vacancy-feed:read')
  @ApiOperation({
    summary: 'The published vacancies, then every change to them, in pages after a cursor',
    description:
      'Without a cursor: a snapshot of every vacancy published now (status open), by id; then the changes since ' +
      'the snapshot began, in order, each vacancy at most once per page as it is now (the latest change wins), a ' +
      'vacancy no longer published as { id, removed: true }. Follow nextCursor while more is true; keep the last ' +
      'nextCursor and ask again with it later. No personal data.',
  })
  @ApiOkResponse({ type: VacancyFeedPage })
  @ApiConflictResponse({
    description:
      'The cursor lies beyond what the feed has recorded (the database was restored): read it again without a cursor',
  })
  async read(
    @Query() query: VacancyFeedQuery,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<VacancyFeedPage> {
    const page = await this.feed.read(query);
    response.setHeader('Cache-Control', REVALIDATE);
    if (page.more) {
      const next = new URL(request.originalUrl, 'http://localhost');
      next.searchParams.set('cursor', page.nextCursor);
      response.setHeader('Link', `<${next.pathname}${next.search}>; rel="next"`);
    }
    return page;
  }

  @Get('vacancies/:id/job-posting')
  @Roles('employer', ...FEED_READERS)
  @RequiresScope('vacancy-feed:read')
  @ApiProduces('application/ld+json')
  @ApiOperation({
    summary: 'The vacancy as schema.org JobPosting (JSON-LD)',
    description:
      'As Google for Jobs and job sites read it: title, description, datePosted, validThrough (once the vacancy ' +
      'has a closing date), hiringOrganization (name, KvK number), jobLocation (postcode, place, province, NL), ' +
      'employmentType, occupationalCategory, industry, baseSalary (when a salary is given), directApply false. ' +
      "No contact person and nothing of a candidate. An employer gets its own vacancies' only, a partner " +
      'published (open) ones only.',
  })
  @ApiOkResponse({
    description: 'A schema.org JobPosting',
    content: {
      'application/ld+json': {
        schema: {
          type: 'object',
          additionalProperties: true,
          description: 'A schema.org JobPosting with @context https://schema.org (see https://schema.org/JobPosting)',
        },
      },
    },
  })
  async jobPosting(
    @IdParam() id: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<WithContext<JobPosting>> {
    const posting = await this.feed.jobPosting(id, principal);
    response.type('application/ld+json').setHeader('Cache-Control', REVALIDATE);
    return posting;
  }
}
