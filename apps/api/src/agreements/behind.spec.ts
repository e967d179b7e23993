import { agreementProgress } from '../shared/reporting/agreement-progress';
import { mostBehindFirst, shortfall } from './behind';

describe('mostBehindFirst', () => {
  const on = '2026-07-03';
  const agreement = (name: string, targetPlacements: number, placed: number) => ({
    name,
    progress: agreementProgress({ startsOn: '2026-01-01', endsOn: '2027-01-01', targetPlacements }, placed, on),
  });

  it('lists only agreements that are behind, the largest shortfall first', () => {
    const list = mostBehindFirst([
      agreement('on track', 12, 6),
      agreement('two short', 12, 4),
      agreement('five short', 20, 5),
    ]);
    expect(list.map((a) => a.name)).toEqual(['five short', 'two short']);
    expect(list.map((a) => shortfall(a.progress))).toEqual([5, 2]);
  });

  it('puts the smaller share first on an equal shortfall, then orders by name', () => {
    const list = mostBehindFirst([
      agreement('b', 40, 18),
      agreement('large', 40, 18),
      agreement('small', 8, 2),
      agreement('a', 40, 18),
    ]);
    expect(list.map((a) => a.name)).toEqual(['small', 'a', 'b', 'large']);
  });
});
