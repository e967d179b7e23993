import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  fetchWindow,
  nextKeysetLink,
  nextPageLink,
  PAGE_LIMIT_DEFAULT,
  PAGE_LIMIT_MAX,
  pageFrom,
  pageOf,
  PageQuery,
  slicePage,
} from './paging';

describe('paging', () => {
  const errorsOf = (query: object) =>
    validateSync(plainToInstance(PageQuery, query)).map((error) => [error.property, Object.keys(error.constraints!)]);

  it('takes a limit up to the maximum and an offset from 0, as query text', () => {
    expect(errorsOf({})).toEqual([]);
    expect(errorsOf({ limit: '1', offset: '0' })).toEqual([]);
    expect(errorsOf({ limit: String(PAGE_LIMIT_MAX) })).toEqual([]);
    expect(errorsOf({ limit: String(PAGE_LIMIT_MAX + 1) })).toEqual([['limit', ['max']]]);
    expect(errorsOf({ limit: '0' })).toEqual([['limit', ['min']]]);
    expect(errorsOf({ offset: '-1' })).toEqual([['offset', ['min']]]);
    expect(errorsOf({ limit: 'x' })).toEqual([['limit', expect.arrayContaining(['isInt'])]]);
  });

  it('defaults to the first page of the default size', () => {
    expect(pageOf()).toEqual({ limit: PAGE_LIMIT_DEFAULT, offset: 0 });
    expect(pageOf({ limit: 10, offset: 20 })).toEqual({ limit: 10, offset: 20 });
  });

  it('asks for one row beyond the page, and knows from it whether more follow', () => {
    const page = { limit: 2, offset: 4 };
    expect(fetchWindow(page)).toEqual({ take: 3, skip: 4 });
    expect(pageFrom(['a', 'b', 'c'], page)).toEqual({ items: ['a', 'b'], more: true });
    expect(pageFrom(['a', 'b'], page)).toEqual({ items: ['a', 'b'], more: false });
  });

  it('cuts a page from a list held whole', () => {
    const all = [1, 2, 3, 4, 5];
    expect(slicePage(all, { limit: 2, offset: 0 })).toEqual({ items: [1, 2], more: true });
    expect(slicePage(all, { limit: 2, offset: 4 })).toEqual({ items: [5], more: false });
    expect(slicePage(all, { limit: 2, offset: 9 })).toEqual({ items: [], more: false });
  });

  it('links to the next page with the same question', () => {
    expect(nextPageLink('/api/v1/follow-ups?due=all&offset=0', { limit: 50, offset: 0 })).toBe(
      '</api/v1/follow-ups?due=all&offset=50&limit=50>; rel="next"',
    );
  });

  it('links to the next page of a list paged by key', () => {
    expect(nextKeysetLink('/api/v1/audit?limit=2&before=90', '41')).toBe(
      '</api/v1/audit?limit=2&before=41>; rel="next"',
    );
  });
});
