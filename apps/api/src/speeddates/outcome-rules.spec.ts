import { OutcomeDto } from './dto/speeddate.dto';
import { feedbackOf, followUpOf, outcomeProblems } from './outcome-rules';

const problemsOf = (outcome: Partial<OutcomeDto>) =>
  outcomeProblems({ conversationId: 'x', ...outcome } as OutcomeDto, 'outcomes[2]');
const fieldOf = (outcome: Partial<OutcomeDto>): string | undefined => problemsOf(outcome)[0]?.name;
const codeOf = (outcome: Partial<OutcomeDto>): string | undefined => problemsOf(outcome)[0]?.code;

describe('checkOutcome', () => {
  it('allows a no-show with a reason or without, but never an interest or a next step', () => {
    expect(fieldOf({ tookPlace: false })).toBeUndefined();
    expect(fieldOf({ tookPlace: false, reason: 'ziek' })).toBeUndefined();
    expect(fieldOf({ tookPlace: false, interest: 'both' })).toBe('outcomes[2].interest');
    expect(fieldOf({ tookPlace: false, nextStep: 'second-interview' })).toBe('outcomes[2].nextStep');
    expect(codeOf({ tookPlace: false, interest: 'both' })).toBe('speeddate.no-show-has-no-outcome');
  });

  it('needs interest and next step for a conversation that took place', () => {
    expect(fieldOf({ tookPlace: true, interest: 'both', nextStep: 'proefplaatsing' })).toBeUndefined();
    expect(fieldOf({ tookPlace: true, nextStep: 'proefplaatsing' })).toBe('outcomes[2].interest');
    expect(fieldOf({ tookPlace: true, interest: 'both' })).toBe('outcomes[2].nextStep');
    expect(codeOf({ tookPlace: true, nextStep: 'proefplaatsing' })).toBe('speeddate.interest-required');
    expect(codeOf({ tookPlace: true, interest: 'both' })).toBe('speeddate.next-step-required');
  });

  it('names every field of the item that breaks a rule', () => {
    expect(problemsOf({ tookPlace: true }).map((problem) => problem.name)).toEqual([
      'outcomes[2].interest',
      'outcomes[2].nextStep',
    ]);
  });

  it('needs a reason for no match and for no interest', () => {
    expect(fieldOf({ tookPlace: true, interest: 'employer-only', nextStep: 'no-match' })).toBe('outcomes[2].reason');
    expect(fieldOf({ tookPlace: true, interest: 'none', nextStep: 'second-interview' })).toBe('outcomes[2].reason');
    expect(codeOf({ tookPlace: true, interest: 'none', nextStep: 'second-interview' })).toBe(
      'speeddate.reason-required',
    );
    expect(
      fieldOf({ tookPlace: true, interest: 'none', nextStep: 'no-match', reason: 'reistijd te lang' }),
    ).toBeUndefined();
  });
});

describe('followUpOf', () => {
  it('plans a second interview a week after the event and the other steps two weeks after', () => {
    expect(followUpOf('second-interview', '2026-12-28')).toEqual({ kind: 'second-interview', dueOn: '2027-01-04' });
    for (const step of ['proefplaatsing', 'werken-met-behoud', 'training', 'contract-offered'] as const) {
      expect(followUpOf(step, '2026-12-03')).toEqual({ kind: step, dueOn: '2026-12-17' });
    }
  });

  it('plans nothing after no match or a no-show', () => {
    expect(followUpOf('no-match', '2026-12-03')).toBeUndefined();
    expect(followUpOf(null, '2026-12-03')).toBeUndefined();
  });
});

describe('a no-match as the matcher learns it', () => {
  const noMatch = {
    tookPlace: true,
    interest: 'none',
    nextStep: 'no-match',
    reason: 'Geen heftruckcertificaat',
  } as const;

  it("takes the matcher's reason with a no-match only, and the competence with competence-missing only", () => {
    expect(problemsOf({ ...noMatch, rejectionReason: 'hours' })).toEqual([]);
    expect(problemsOf({ ...noMatch, rejectionReason: 'competence-missing', competence: 'forklift' })).toEqual([]);
    expect(problemsOf({ ...noMatch, rejectionReason: 'competence-missing' }).map((p) => [p.name, p.code])).toEqual([
      ['outcomes[2].competence', 'rejection.competence-required'],
    ]);
    expect(problemsOf({ ...noMatch, rejectionReason: 'hours', competence: 'forklift' }).map((p) => p.code)).toEqual([
      'rejection.competence-only-when-missing',
    ]);
    const secondInterview = { tookPlace: true, interest: 'both', nextStep: 'second-interview' } as const;
    expect(
      problemsOf({ ...secondInterview, rejectionReason: 'hours', competence: 'forklift' }).map((p) => [p.name, p.code]),
    ).toEqual([
      ['outcomes[2].rejectionReason', 'rejection.only-when-rejecting'],
      ['outcomes[2].competence', 'rejection.only-when-rejecting'],
    ]);
    expect(problemsOf({ tookPlace: false, rejectionReason: 'hours' }).map((p) => p.code)).toEqual([
      'rejection.only-when-rejecting',
    ]);
  });

  it("is feedback for a no-match only: its reason (else other) with the jobhunter's words as the note", () => {
    const logged = { ...noMatch, rejectionReason: null, competence: null };
    expect(feedbackOf(logged)).toEqual({ reason: 'other', competence: null, note: 'Geen heftruckcertificaat' });
    expect(feedbackOf({ ...logged, rejectionReason: 'competence-missing', competence: 'forklift' })).toEqual({
      reason: 'competence-missing',
      competence: 'forklift',
      note: 'Geen heftruckcertificaat',
    });
    expect(feedbackOf({ ...logged, nextStep: 'second-interview' })).toBeNull();
    expect(feedbackOf({ ...logged, tookPlace: false, nextStep: null })).toBeNull();
  });
});
