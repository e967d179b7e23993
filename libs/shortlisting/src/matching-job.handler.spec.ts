import { matchVacancyJobOf } from './matching-job.handler';

describe('a match-vacancy job read from the queue', () => {
  const vacancyId = '6f1c2b1e-8a4d-4c1e-9b7a-2d3e4f5a6b7c';

  it('keeps a vacancy id and a generation, and nothing else', () => {
    expect(matchVacancyJobOf({ vacancyId, generation: 3, extra: 'x' })).toEqual({ vacancyId, generation: 3 });
  });

  it.each([
    [null, 'vacancyId'],
    [{ generation: 1 }, 'vacancyId'],
    [{ vacancyId: "1'; DROP TABLE shortlists; --", generation: 1 }, 'vacancyId'],
    [{ vacancyId }, 'generation'],
    [{ vacancyId, generation: 0 }, 'generation'],
    [{ vacancyId, generation: 1.5 }, 'generation'],
    [{ vacancyId, generation: '2' }, 'generation'],
  ])('refuses %j, naming %s', (payload, field) => {
    expect(() => matchVacancyJobOf(payload)).toThrow(field);
  });
});
