import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Request, Response } from 'express';
import { map, Observable } from 'rxjs';

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;
/** Deeper than this, ask a narrower question: an offset this far is a scan, not a page. */
export const PAGE_OFFSET_MAX = 100_000;

/**
 * Paging of every list: `limit` items from `offset`. Over the maximum is refused (400,
 * `field.too-large`), never silently cut. The answer stays the list itself; a `Link` header with
 * `rel="next"` says where the next page is, and there is none on the last page.
 */
export class PageQuery {
  @ApiPropertyOptional({ description: `Items per page, 1-${PAGE_LIMIT_MAX}`, default: PAGE_LIMIT_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PAGE_LIMIT_MAX)
  limit?: number;

  @ApiPropertyOptional({ description: 'Items to skip: the offset of the `Link rel="next"` header', default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(PAGE_OFFSET_MAX)
  offset?: number;
}

export interface Page {
  limit: number;
  offset: number;
}

/** A page of a list: its items, and whether more follow. */
export interface Paged<T> {
  items: T[];
  more: boolean;
}

export function pageOf(query: PageQuery = {}): Page {
  // Numbers once validated; the raw request query (the Link header's) holds them as text.
  return { limit: Number(query.limit ?? PAGE_LIMIT_DEFAULT), offset: Number(query.offset ?? 0) };
}

/** What to ask the database for: one row beyond the page, which tells whether a next page exists. */
export function fetchWindow(page: Page): { take: number; skip: number } {
  return { take: page.limit + 1, skip: page.offset };
}

/** The page from rows fetched with `fetchWindow(page)`. */
export function pageFrom<T>(rows: T[], page: Page): Paged<T> {
  return { items: rows.slice(0, page.limit), more: rows.length > page.limit };
}

/** A page cut from a list held whole: for lists that are small by nature (one candidate's consents). */
export function slicePage<T>(all: T[], page: Page): Paged<T> {
  return pageFrom(all.slice(page.offset, page.offset + page.limit + 1), page);
}

/** The `Link` header's URL of the page after this one: the same request, with the next offset. */
export function nextPageLink(originalUrl: string, page: Page): string {
  const url = new URL(originalUrl, 'http://localhost');
  url.searchParams.set('limit', String(page.limit));
  url.searchParams.set('offset', String(page.offset + page.limit));
  return `<${url.pathname}${url.search}>; rel="next"`;
}

/** The `Link` header for a list paged by key (the audit log: `before`, the last id seen). */
export function nextKeysetLink(originalUrl: string, before: string): string {
  const url = new URL(originalUrl, 'http://localhost');
  url.searchParams.set('before', before);
  return `<${url.pathname}${url.search}>; rel="next"`;
}

/** Answers a handler's `Paged` with its items, and a `Link rel="next"` header while more follow. */
@Injectable()
export class PageLinkInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const page = pageOf(request.query);
    return next.handle().pipe(
      map((answer: Paged<unknown>) => {
        if (answer.more) response.setHeader('Link', nextPageLink(request.originalUrl, page));
        return answer.items;
      }),
    );
  }
}

/**
 * Marks a list handler that returns `Paged<T>`: the answer is the page's items, with a `Link`
 * header to the next page. Its query must extend `PageQuery`. Runs inside the global interceptors,
 * so the audit sees exactly the items answered.
 */
export function PagedList(): MethodDecorator {
  return applyDecorators(UseInterceptors(PageLinkInterceptor));
}
