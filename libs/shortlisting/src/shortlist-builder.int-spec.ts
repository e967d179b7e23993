import { Logger } from '@nestjs/common';
import { FixedClock, parseConfig } from '@werkbrug/common';
import { Candidate, CandidateIdentity, Employer, Shortlist, ShortlistEntry, Vacancy } from '@werkbrug/database';
import { openDataSource } from '@werkbrug/database';
import { DEFAULT_WEIGHTS } from '@werkbrug/matching';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { orderPickerCandidate, orderPickerVacancy, saveMunicipality } from '../../../test/support/matching-fixtures';
import { createTestDatabase, TestDatabase } from '../../../test/support/test-database';
import { MatchableCandidates } from './matchable-candidates';
import { MatchableCandidatesRepository } from './matchable-candidates.repository';
import { ShortlistBuilder } from './shortlist-builder.service';

describe('ShortlistBuilder', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let builder: ShortlistBuilder;
  let vacancyId: string;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    database = await createTestDatabase();
    dataSource = await openDataSource({ databaseUrl: database.databaseUrl, pglite: database.pglite, dataDir: '' });
    builder = new ShortlistBuilder(
      dataSource,
      parseConfig({ WERKBRUG_DATA_DIR: mkdtempSync(join(tmpdir(), 'werkbrug-')) }),
      new MatchableCandidates(new MatchableCandidatesRepository(), dataSource),
      new FixedClock('2026-11-02T09:00:00Z'),
      DEFAULT_WEIGHTS,
    );
    const employer = await dataSource
      .getRepository(Employer)
      .save({ name: 'DC', sector: 'H', postcode: '1316', contactEmail: null });
    const organisationId = await saveMunicipality(dataSource);
    // Two candidates identical but for their age, and one who is not available.
    for (const [birthYear, availability] of [
      [1960, 'available'],
      [1978, 'available'],
      [1970, 'placed'],
    ] as const) {
      const candidate = await dataSource
        .getRepository(Candidate)
        .save(orderPickerCandidate({ organisationId, birthYear, availability }));
      await dataSource
        .getRepository(CandidateIdentity)
        .save({ candidateId: candidate.id, name: `Kandidaat ${birthYear}`, email: null, phone: null });
    }
    const vacancy = await dataSource.getRepository(Vacancy).save(orderPickerVacancy(employer.id));
    vacancyId = vacancy.id;
    await dataSource.getRepository(Shortlist).insert({ vacancyId, requestedGeneration: 1 });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('builds one shortlist however often, and however concurrently, the job runs', async () => {
    const outcomes = await Promise.all([
      builder.build({ vacancyId, generation: 1 }),
      builder.build({ vacancyId, generation: 1 }),
    ]);
    expect(outcomes.sort()).toEqual(['already-matched', 'matched']);
    expect(await builder.build({ vacancyId, generation: 1 })).toBe('already-matched');
    const entries = await dataSource
      .getRepository(ShortlistEntry)
      .find({ where: { vacancyId }, order: { rank: 'ASC' } });
    expect(entries).toHaveLength(2);
    expect(await dataSource.getRepository(Shortlist).findOneByOrFail({ vacancyId })).toMatchObject({
      matchedGeneration: 1,
      candidatesConsidered: 2,
    });
  });

  it('gives candidates who differ only in age the same score', async () => {
    const entries = await dataSource.getRepository(ShortlistEntry).find({ where: { vacancyId } });
    expect(entries[0].score).toBe(entries[1].score);
    expect(entries[0].parts).toEqual(entries[1].parts);
    expect(entries[0].reasons).toEqual(entries[1].reasons);
  });

  it('skips a job for a generation that a newer request replaced', async () => {
    await dataSource.getRepository(Shortlist).update({ vacancyId }, { requestedGeneration: 3 });
    expect(await builder.build({ vacancyId, generation: 2 })).toBe('superseded');
    expect(await builder.build({ vacancyId, generation: 3 })).toBe('matched');
  });

  it('never matches a closed or expired vacancy again, nor a draft, and keeps its last shortlist as it was', async () => {
    const matched = async (id: string) =>
      (await dataSource.getRepository(Shortlist).findOneByOrFail({ vacancyId: id })).matchedGeneration;
    const employerId = (await dataSource.getRepository(Vacancy).findOneByOrFail({ id: vacancyId })).employerId;
    for (const [status, closeReason] of [
      ['closed', 'filled-elsewhere'],
      ['expired', null],
      ['draft', null],
    ] as const) {
      const { id } = await dataSource.getRepository(Vacancy).save(orderPickerVacancy(employerId));
      await dataSource.getRepository(Shortlist).insert({ vacancyId: id, requestedGeneration: 1 });
      expect(await builder.build({ vacancyId: id, generation: 1 })).toBe('matched');
      const before = await dataSource
        .getRepository(ShortlistEntry)
        .find({ where: { vacancyId: id }, order: { rank: 'ASC' } });
      expect(before).toHaveLength(2);

      await dataSource.getRepository(Vacancy).update({ id }, { status, closeReason });
      await dataSource.getRepository(Shortlist).update({ vacancyId: id }, { requestedGeneration: 2 });
      expect(await builder.build({ vacancyId: id, generation: 2 })).toBe('not-matched');
      // An ended vacancy's shortlist answers the request as it stands (ready, final); a draft's waits.
      expect(await matched(id)).toBe(status === 'draft' ? 1 : 2);
      expect(
        await dataSource.getRepository(ShortlistEntry).find({ where: { vacancyId: id }, order: { rank: 'ASC' } }),
      ).toEqual(before);
    }
  });

  it('keeps matching a vacancy on hold, so its shortlist is current when it resumes', async () => {
    await dataSource.getRepository(Vacancy).update({ id: vacancyId }, { status: 'on-hold' });
    await dataSource.getRepository(Shortlist).update({ vacancyId }, { requestedGeneration: 4 });
    expect(await builder.build({ vacancyId, generation: 4 })).toBe('matched');
    await dataSource.getRepository(Vacancy).update({ id: vacancyId }, { status: 'open' });
  });
});
