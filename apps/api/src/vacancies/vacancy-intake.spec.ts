import { DomainError } from '@werkbrug/common';
import { CreateVacancyDto } from './dto/create-vacancy.dto';
import { normaliseVacancy } from './vacancy-intake';

const TODAY = '2026-12-07';

const dto = (overrides: Partial<CreateVacancyDto> = {}): CreateVacancyDto =>
  Object.assign(new CreateVacancyDto(), {
    title: 'Orderpicker',
    occupation: 'order-picker',
    postcode: '1315',
    positions: 2,
    hoursPerWeek: 24,
    contractType: 'temporary',
    requiredCompetences: [],
    desirableCompetences: [],
    demands: [{ item: 'lifting', level: 15 }],
    openToProefplaatsing: true,
    trainingOffered: false,
    ...overrides,
  });

function rejection(input: CreateVacancyDto) {
  try {
    normaliseVacancy(input, TODAY);
  } catch (error) {
    if (error instanceof DomainError) return error.invalidParams;
    throw error;
  }
  throw new Error('expected the vacancy to be refused');
}

describe('normaliseVacancy', () => {
  it("takes the occupation's sector when none is given, and keeps an explicit one", () => {
    expect(normaliseVacancy(dto(), TODAY).sector).toBe('H');
    expect(normaliseVacancy(dto({ sector: 'G' }), TODAY).sector).toBe('G');
  });

  it('turns the hours into the hours-per-week demand the matcher checks', () => {
    expect(normaliseVacancy(dto(), TODAY).demands).toEqual([
      { item: 'lifting', level: 15 },
      { item: 'hours-per-week', level: 24 },
    ]);
  });

  it('refuses hours per week given twice', () => {
    expect(rejection(dto({ demands: [{ item: 'hours-per-week', level: 20 }] }))).toEqual([
      { name: 'demands[0]', code: 'vacancy.hours-in-demands', reason: expect.stringContaining('hoursPerWeek') },
    ]);
  });

  it('refuses a repeated demand or competence, and a competence both required and desirable', () => {
    expect(
      rejection(
        dto({
          demands: [
            { item: 'lifting', level: 5 },
            { item: 'lifting', level: 10 },
          ],
        }),
      )[0],
    ).toMatchObject({ name: 'demands[1]', code: 'field.repeated-items' });
    const required = [{ code: 'forklift-driving', level: 1 as const }];
    expect(rejection(dto({ requiredCompetences: [...required, ...required] }))[0]).toMatchObject({
      name: 'requiredCompetences[1]',
      code: 'field.repeated-items',
    });
    expect(rejection(dto({ requiredCompetences: required, desirableCompetences: required }))[0]).toMatchObject({
      name: 'desirableCompetences[0]',
      code: 'vacancy.required-and-desirable',
    });
  });

  it('refuses a start date in the past and empties a blank description', () => {
    expect(rejection(dto({ startDate: '2020-01-01' }))[0]).toMatchObject({
      name: 'startDate',
      code: 'vacancy.start-date-in-past',
    });
    expect(normaliseVacancy(dto({ description: '   ' }), TODAY).description).toBeNull();
  });

  it("takes today's date as given (the Dutch day), so a start today is fine and yesterday is refused", () => {
    expect(normaliseVacancy(dto({ startDate: TODAY }), TODAY).startDate).toBe(TODAY);
    expect(rejection(dto({ startDate: '2026-12-06' }))[0].name).toBe('startDate');
  });

  it('bounds the closing date by today and a year ahead, but not by the start date', () => {
    expect(rejection(dto({ validThrough: '2026-12-06' }))).toEqual([
      expect.objectContaining({ name: 'validThrough', code: 'vacancy.valid-through-in-past' }),
    ]);
    expect(rejection(dto({ validThrough: '2027-12-09' }))).toEqual([
      expect.objectContaining({ name: 'validThrough', code: 'vacancy.valid-through-too-far' }),
    ]);
    // Applications close before the work starts.
    expect(normaliseVacancy(dto({ validThrough: '2027-01-04', startDate: '2027-02-01' }), TODAY).validThrough).toBe(
      '2027-01-04',
    );
    expect(normaliseVacancy(dto(), TODAY).validThrough).toBeNull();
  });

  it('refuses a salary range upside down, and a working time named twice', () => {
    expect(rejection(dto({ salary: { min: 17, max: 15, currency: 'EUR', period: 'hour' } }))).toEqual([
      expect.objectContaining({ name: 'salary.max', code: 'vacancy.salary-min-above-max' }),
    ]);
    expect(rejection(dto({ workingTimes: { parts: ['evenings', 'weekends', 'evenings'] } }))).toEqual([
      expect.objectContaining({ name: 'workingTimes.parts[2]', code: 'field.repeated-items' }),
    ]);
  });

  it('stores working times as said, and drops an application contact with nothing in it', () => {
    const normalised = normaliseVacancy(
      dto({ workingTimes: { parts: ['shifts'], note: '  ' }, application: { instructions: ' ', url: '' } }),
      TODAY,
    );
    expect(normalised.workingTimes).toEqual({ parts: ['shifts'], note: null });
    expect(normalised.application).toBeNull();
    expect(normaliseVacancy(dto(), TODAY)).toMatchObject({ workingTimes: { parts: [], note: null }, salary: null });
  });
});
