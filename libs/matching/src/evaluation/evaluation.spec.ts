import { rankCandidates } from '../rank';
import { EVALUATION_DATE, EVALUATION_SITUATIONS, EvaluationSituation } from './situations';

/** precision@5: the share of the must-be-in-top-5 candidates that the engine puts in its top five. */
function precisionAt5(situation: EvaluationSituation): { precision: number; ranked: string[] } {
  const ranking = rankCandidates(
    situation.vacancy,
    situation.candidates,
    { today: EVALUATION_DATE, tension: situation.tension },
    50,
  );
  const ranked = ranking.ranked.map((entry) => entry.candidateId);
  const top5 = new Set(ranked.slice(0, 5));
  return {
    precision: situation.mustBeInTop5.filter((id) => top5.has(id)).length / situation.mustBeInTop5.length,
    ranked,
  };
}

describe('the evaluation set', () => {
  it('has at least 30 situations, each with candidates to find and candidates to keep out', () => {
    expect(EVALUATION_SITUATIONS.length).toBeGreaterThanOrEqual(30);
    for (const situation of EVALUATION_SITUATIONS) {
      const ids = situation.candidates.map((c) => c.id);
      expect([...situation.mustBeInTop5, ...situation.mustNotAppear].every((id) => ids.includes(id))).toBe(true);
      expect(situation.mustNotAppear.length).toBeGreaterThan(0);
    }
  });

  it.each(EVALUATION_SITUATIONS.map((s) => [s.name, s] as const))(
    '%s: the must-haves in the top 5, the excluded nowhere',
    (_name, situation) => {
      const { precision, ranked } = precisionAt5(situation);
      expect(ranked.filter((id) => situation.mustNotAppear.includes(id))).toEqual([]);
      expect({ precision, ranked }).toEqual({ precision: 1, ranked });
    },
  );

  it('reports mean precision@5 over the whole set', () => {
    const mean =
      EVALUATION_SITUATIONS.reduce((sum, s) => sum + precisionAt5(s).precision, 0) / EVALUATION_SITUATIONS.length;
    console.log(`evaluation set: ${EVALUATION_SITUATIONS.length} situations, mean precision@5 ${mean.toFixed(3)}`);
    expect(mean).toBe(1);
  });
});
