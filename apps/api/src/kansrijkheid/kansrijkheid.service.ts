import { Injectable } from '@nestjs/common';
import { Clock, invalidInput } from '@werkbrug/common';
import { KansrijkheidEntry, TransactionHost } from '@werkbrug/database';
import { COMPETENCE_GROUPS, findOccupation, findRegion, sectorLabel, tensionLabel } from '@werkbrug/reference-data';
import { MatchingRequests } from '../shared/outbox/matching-requests';
import { KansrijkheidEntryDto } from './dto/kansrijkheid-entry.dto';
import { KansrijkheidRowFields, readCsv, readRow } from './kansrijkheid-rows';
import { KansrijkheidRepository, OpenVacancyPlace } from './kansrijkheid.repository';

/** A row with what it means in words, for the administrator's table. */
export type KansrijkheidListRow = KansrijkheidEntry & {
  regionName: string | undefined;
  sectorLabel: string | undefined;
  occupationGroupLabel: string | undefined;
  tensionLabel: string;
};

const GROUP_LABELS = new Map(COMPETENCE_GROUPS.map((group) => [group.code, group.label]));

/** Labour-market tension per region and sector (or occupation group); every change re-matches the open vacancies it bears on. */
@Injectable()
export class KansrijkheidService {
  constructor(
    private readonly db: TransactionHost,
    private readonly kansrijkheid: KansrijkheidRepository,
    private readonly matching: MatchingRequests,
    private readonly clock: Clock,
  ) {}

  async list(filter: { region?: string; sector?: string }): Promise<KansrijkheidListRow[]> {
    const rows = await this.kansrijkheid.list(filter);
    return rows.map((row) => ({
      ...row,
      regionName: findRegion(row.region)?.name,
      sectorLabel: sectorLabel(row.sector),
      occupationGroupLabel: row.occupationGroup ? GROUP_LABELS.get(row.occupationGroup) : undefined,
      tensionLabel: tensionLabel(row.tension),
    }));
  }

  /** Sets one row; the open vacancies it concerns are matched again. */
  async upsert(dto: KansrijkheidEntryDto): Promise<KansrijkheidEntry> {
    const read = readRow(dto);
    if (!('row' in read)) throw invalidInput(read.problems);
    const { entries } = await this.save([read.row]);
    return entries[0];
  }

  /** Sets every row of a CSV file, all or nothing; a bad row is named by its line. */
  async import(csv: string): Promise<{ rows: number; vacanciesRematched: number }> {
    const { entries, vacanciesRematched } = await this.save(readCsv(csv));
    return { rows: entries.length, vacanciesRematched };
  }

  private save(rows: KansrijkheidRowFields[]): Promise<{ entries: KansrijkheidEntry[]; vacanciesRematched: number }> {
    return this.db.transaction(async () => {
      const entries = await this.kansrijkheid.upsert(rows, this.clock.now());
      const vacancies = await this.kansrijkheid.openVacanciesIn([...new Set(rows.map((row) => row.region))]);
      const concerned = concernedBy(rows, vacancies);
      await this.matching.rematch(concerned);
      return { entries, vacanciesRematched: concerned.length };
    });
  }
}

/** The open vacancies whose region and sector (or occupation group) a changed row covers. */
function concernedBy(rows: KansrijkheidRowFields[], vacancies: OpenVacancyPlace[]): string[] {
  const changed = new Set(
    rows.map((row) => `${row.region}|${row.occupationGroup ? `*|${row.occupationGroup}` : row.sector}`),
  );
  return vacancies
    .filter(
      (v) =>
        changed.has(`${v.region}|${v.sector}`) || changed.has(`${v.region}|*|${findOccupation(v.occupation)?.group}`),
    )
    .map((v) => v.id);
}
