import { toInvalidParams } from '@werkbrug/common';
import { findCompetence } from '@werkbrug/reference-data';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateVacancyDto } from './create-vacancy.dto';

const valid = {
  title: '  Orderpicker   nachtploeg ',
  occupation: 'order-picker',
  postcode: '1315 AB',
  positions: 1,
  hoursPerWeek: 32,
  contractType: 'temporary',
  requiredCompetences: [{ code: 'forklift-driving', level: 2 }],
  desirableCompetences: [],
  demands: [{ item: 'lifting', level: 20 }],
  openToProefplaatsing: false,
  trainingOffered: true,
};

async function check(body: object) {
  const dto = plainToInstance(CreateVacancyDto, body);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  return { dto, invalid: toInvalidParams(errors).map((p) => p.name) };
}

describe('CreateVacancyDto', () => {
  it('accepts a valid vacancy and normalises title, postcode and codes', async () => {
    const forklift = findCompetence('forklift-driving')!;
    const { dto, invalid } = await check({
      ...valid,
      requiredCompetences: [{ code: forklift.label.toUpperCase(), level: 2 }],
    });
    expect(invalid).toEqual([]);
    expect(dto.title).toBe('Orderpicker nachtploeg');
    expect(dto.postcode).toBe('1315');
    expect(dto.requiredCompetences[0].code).toBe('forklift-driving');
  });

  it.each([
    ['hoursPerWeek', { hoursPerWeek: 41 }],
    ['hoursPerWeek', { hoursPerWeek: 0 }],
    ['positions', { positions: 0 }],
    ['postcode', { postcode: '0000' }],
    ['postcode', { postcode: 'Almere' }],
    ['occupation', { occupation: 'astronaut' }],
    ['contractType', { contractType: 'forever' }],
    ['requiredCompetences[0].code', { requiredCompetences: [{ code: 'juggling', level: 1 }] }],
    ['requiredCompetences[0].level', { requiredCompetences: [{ code: 'forklift-driving', level: 4 }] }],
    ['demands[0].item', { demands: [{ item: 'flying', level: 1 }] }],
    ['demands[0].level', { demands: [{ item: 'walking', level: 7 }] }],
    ['title', { title: 'x' }],
    ['salary', { salary: 3000 }],
    ['salary.min', { salary: { min: 14.555, max: 16, currency: 'EUR', period: 'hour' } }],
    ['salary.currency', { salary: { min: 14, max: 16, currency: 'USD', period: 'hour' } }],
    ['salary.period', { salary: { min: 14, max: 16, currency: 'EUR', period: 'week' } }],
    ['validThrough', { validThrough: '2027-02-30' }],
    ['workingTimes.parts', { workingTimes: { parts: ['mornings'] } }],
    ['application.url', { application: { url: 'werkenbij.example.nl' } }],
    ['application.email', { application: { email: 'geen adres' } }],
    ['application.phone', { application: { phone: 'bel maar' } }],
  ])('names %s when it is wrong', async (field, change) => {
    const { invalid } = await check({ ...valid, ...change });
    expect(invalid).toContain(field);
  });

  it('names every missing required field', async () => {
    const { invalid } = await check({});
    expect(invalid).toEqual(
      expect.arrayContaining([
        'title',
        'occupation',
        'postcode',
        'positions',
        'hoursPerWeek',
        'contractType',
        'requiredCompetences',
        'demands',
      ]),
    );
  });
});
