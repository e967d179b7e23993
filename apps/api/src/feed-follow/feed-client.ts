import { Injectable } from '@nestjs/common';
import type { FollowedFeedConfig } from '@werkbrug/common';

/** A feed item as the other deployment's GET /vacancy-feed gives it (the fields this one reads). */
export interface RemoteFeedItem {
  id: string;
  removed: boolean;
  vacancy?: RemoteVacancy;
}

export type RemoteVacancy = Record<string, unknown> & {
  postcode: string;
  employer: { name: string; sector: string; kvkNumber: string | null };
};

export interface RemoteFeedPage {
  items: RemoteFeedItem[];
  nextCursor: string;
  more: boolean;
}

/** The other deployment refused or could not be read; `restart`: its database was restored, read it anew. */
export class FeedReadError extends Error {
  constructor(
    message: string,
    readonly restart = false,
  ) {
    super(message);
  }
}

const PAGE_SIZE = 100;
const TIMEOUT_MS = 30_000;
const CURSOR_FROM_ANOTHER_HISTORY = 'vacancy-feed.cursor-from-another-history';

/** Reads one page of another Werkbrug deployment's vacancy feed, as its partner, over HTTP. */
@Injectable()
export class FeedClient {
  async page(feed: FollowedFeedConfig, cursor: string | null): Promise<RemoteFeedPage> {
    const address = new URL(`${feed.url}/vacancy-feed`);
    address.searchParams.set('limit', String(PAGE_SIZE));
    if (cursor) address.searchParams.set('cursor', cursor);
    let response: Response;
    try {
      response = await fetch(address, {
        headers: { authorization: `Bearer ${feed.key}`, accept: 'application/json', 'user-agent': 'Werkbrug-Follow/1' },
        redirect: 'error',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new FeedReadError(`${feed.url} not reached: ${cause ?? String(error)}`);
    }
    const body = (await response.json().catch(() => undefined)) as { code?: string } | undefined;
    if (response.status === 409 && body?.code === CURSOR_FROM_ANOTHER_HISTORY)
      throw new FeedReadError(`${feed.url} was restored: reading it again from a snapshot`, true);
    if (!response.ok)
      throw new FeedReadError(`${feed.url} answered HTTP ${response.status} ${body?.code ?? ''}`.trim());
    if (!isPage(body)) throw new FeedReadError(`${feed.url} answered something that is not a feed page`);
    return body;
  }
}

function isPage(body: unknown): body is RemoteFeedPage {
  const page = body as RemoteFeedPage | undefined;
  return (
    typeof page === 'object' &&
    page !== null &&
    Array.isArray(page.items) &&
    typeof page.nextCursor === 'string' &&
    typeof page.more === 'boolean' &&
    page.items.every(
      (item) =>
        typeof item?.id === 'string' &&
        (item.removed === true ||
          (typeof item.vacancy === 'object' &&
            item.vacancy !== null &&
            typeof item.vacancy.employer === 'object' &&
            item.vacancy.employer !== null)),
    )
  );
}
