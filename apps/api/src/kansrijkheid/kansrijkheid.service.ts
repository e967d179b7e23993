import { Injectable } from '@nestjs/common';
import { InvalidInputException, InvalidParam, invalidField, toInvalidParams } from '@werkbrug/common';
import { KansrijkheidEntry, TransactionHost } from '@werkbrug/database';
import { findOccupation, findRegion, TensionClass, tensionLabel, tensionOfRatio } from '@werkbrug/reference-data';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EntityManager } from 'typeorm';
import { requestRematch } from '../shared/outbox/matching-requests';
import { OutboxRelay } from '../shared/outbox/outbox-relay.service';
import { parseCsv } from '../shared/csv/csv';
import { KansrijkheidEntryDto } from './dto/kansrijkheid-entry.dto';

export const CSV_COLUMNS = ['region', 'sector', 'occupation_group', 'tension', 'ratio', 'source'] as const;

@Injectable()
export class KansrijkheidService {
  constructor(
    private readonly db: TransactionHost,
    private readonly outbox: OutboxRelay,
  ) {}

  async list(filter: { region?: string; sector?: string }) {
    const where = { ...(filter.region && { region: filter.region }), ...(filter.sector && { sector: filter.sector }) };
    const rows = await this.db.manager
      .getRepository(KansrijkheidEntry)
      .find({ where, order: { region: 'ASC', sector: 'ASC', occupationGroup: 'ASC' } });
    return rows.map((row) => ({
      ...row,
      regionName: findRegion(row.region)?.name,
      tensionLabel: tensionLabel(row.tension),
    }));
  }

  /** Sets one row; the open vacancies it concerns are matched again. */
  async upsert(dto: KansrijkheidEntryDto): Promise<KansrijkheidEntry> {
    const row = this.toRow(dto, (field, reason) => invalidField(field, reason));
    await this.save([row]);
    return row;
  }

  /** Sets every row of a CSV file, all or nothing; a bad row is named by its line. */
  async import(csv: string): Promise<{ rows: number; vacanciesRematched: number }> {
    const [header, ...lines] = parseCsv(csv);
    if (!header || header.map((h) => h.trim().toLowerCase()).join(',') !== CSV_COLUMNS.join(',')) {
      throw invalidField('body', `the first line must be the header ${CSV_COLUMNS.join(',')}`);
    }
    if (lines.length > 10_000) throw invalidField('body', 'at most 10,000 rows per file');
    const problems: InvalidParam[] = [];
    const rows = lines.map((cells, index) => {
      const line = index + 2;
      const plain = Object.fromEntries(
        CSV_COLUMNS.map((column, i) => [
          column === 'occupation_group' ? 'occupationGroup' : column,
          cells[i]?.trim() || undefined,
        ]),
      );
      return this.toRow(plain, (field, reason) => {
        problems.push({ name: `line ${line}: ${field}`, code: 'field.invalid', reason });
        return undefined;
      });
    });
    if (problems.length) throw new InvalidInputException(problems.slice(0, 100));
    const vacanciesRematched = await this.save(rows as KansrijkheidEntry[]);
    return { rows: rows.length, vacanciesRematched };
  }

  private toRow(plain: object, fail: (field: string, reason: string) => unknown): KansrijkheidEntry {
    const dto = plainToInstance(KansrijkheidEntryDto, plain);
    const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
    for (const param of toInvalidParams(errors)) fail(param.name, param.reason);
    if (errors.length) return undefined as never;
    if (dto.tension === undefined && dto.ratio === undefined)
      fail('tension', 'give the tension class (1-5) or the ratio');
    if ((dto.sector === '*') !== Boolean(dto.occupationGroup))
      fail('sector', 'use * exactly when the row is for an occupation group');
    const tension = (dto.tension ?? tensionOfRatio(dto.ratio ?? 0)) as TensionClass;
    return Object.assign(new KansrijkheidEntry(), {
      region: dto.region,
      sector: dto.sector,
      occupationGroup: dto.occupationGroup ?? '',
      tension,
      ratio: dto.ratio ?? null,
      source: dto.source,
    });
  }

  private async save(rows: KansrijkheidEntry[]): Promise<number> {
    const rematched = await this.db.transaction(async (manager) => {
      await manager.upsert(KansrijkheidEntry, rows, ['region', 'sector', 'occupationGroup']);
      const affected = await this.openVacanciesConcerned(manager, rows);
      await requestRematch(manager, affected);
      return affected.length;
    });
    this.outbox.kick();
    return rematched;
  }

  /** Open vacancies whose region and sector (or occupation group) a changed row covers. */
  private async openVacanciesConcerned(manager: EntityManager, rows: KansrijkheidEntry[]): Promise<string[]> {
    const regions = [...new Set(rows.map((row) => row.region))];
    const changed = new Set(
      rows.map((row) => `${row.region}|${row.occupationGroup ? `*|${row.occupationGroup}` : row.sector}`),
    );
    const vacancies: { id: string; region: string; sector: string; occupation: string }[] = await manager.query(
      `SELECT id, region, sector, occupation FROM vacancies WHERE status = 'open' AND region = ANY($1)`,
      [regions],
    );
    return vacancies
      .filter(
        (v) =>
          changed.has(`${v.region}|${v.sector}`) || changed.has(`${v.region}|*|${findOccupation(v.occupation)?.group}`),
      )
      .map((v) => v.id);
  }
}
