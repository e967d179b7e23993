import { Injectable, Logger } from '@nestjs/common';
import {
  addDays,
  Clock,
  DomainError,
  FieldErrors,
  InvalidParam,
  Principal,
  staffOrganisationOf,
} from '@werkbrug/common';
import {
  Candidate,
  CandidateImport,
  CandidateImportCounts,
  CandidateImportFormat,
  CandidateImportMode,
  RefusedCandidateRow,
  TransactionHost,
} from '@werkbrug/database';
import { isDateString } from 'class-validator';
import {
  CandidatesService,
  CheckedCandidateProfile,
  ImportedAvailability,
  ImportedCandidateWrite,
} from '../candidates/candidates.service';
import { Notifier } from '../shared/notifications/notifier';
import type { CandidateReach } from '../shared/outbox/shortlist-generation.repository';
import { WorkItemWriter } from '../shared/worklist/work-item-writer.repository';
import { CandidateImportErrors } from './candidate-import.errors';
import { CandidateImportRow, readCandidateImport } from './candidate-import-formats';
import { CandidateImportRepository, ClaimedImport } from './candidate-import.repository';

/** Rows checked, and in per-row mode written, per transaction; progress is recorded after each. */
export const IMPORT_BATCH_SIZE = 500;

export interface CandidateImportRequest {
  format: CandidateImportFormat;
  body: unknown;
  dryRun: boolean;
  mode: CandidateImportMode;
}

const IMPORTED_AVAILABILITIES: readonly ImportedAvailability[] = ['available', 'temporarily-unavailable', 'placed'];

/** What one row will do, once checked: all reads done, nothing written yet. */
type Plan =
  | { outcome: 'refused'; row: RefusedCandidateRow }
  | { outcome: 'unchanged' }
  | { outcome: 'created' | 'updated' | 'left'; write: ImportedCandidateWrite };

/** A row past the checks that need no reads. */
type Checked =
  | { kind: 'refused'; params: InvalidParam[] }
  | { kind: 'profile'; clientNumber: string; dto: CheckedCandidateProfile; availability: ImportedAvailability | null }
  | { kind: 'leave'; clientNumber: string; leftOn: string };

const zeroCounts = (): CandidateImportCounts => ({ created: 0, updated: 0, unchanged: 0, left: 0, refused: 0 });

/**
 * Candidates in bulk from the organisation's case system, keyed by its client number: the same number
 * again updates, identical data is "unchanged" (no write, no matching); a day of leaving sets the
 * candidate left. The upload is read when it arrives (a file that cannot be read is refused at once)
 * and run as a job (see CandidateImportJobs): rows checked as POST /candidates checks a body, written
 * in batches, progress recorded after each, and matching asked once at the end for everyone written.
 */
@Injectable()
export class CandidateImportsService {
  private readonly logger = new Logger(CandidateImportsService.name);

  constructor(
    private readonly db: TransactionHost,
    private readonly candidates: CandidatesService,
    private readonly imports: CandidateImportRepository,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly workItems: WorkItemWriter,
  ) {}

  /** Reads the upload (refusing one that cannot be read) and records it, queued; the caller queues the job. */
  async submit(request: CandidateImportRequest, principal: Principal): Promise<CandidateImport> {
    const upload =
      request.format === 'csv'
        ? typeof request.body === 'string'
          ? request.body
          : ''
        : JSON.stringify(request.body ?? null);
    const rows = readCandidateImport(request.format, upload);
    const record = await this.imports.insert({
      organisationId: staffOrganisationOf(principal),
      importedBy: principal.userId,
      format: request.format,
      mode: request.mode,
      dryRun: request.dryRun,
      status: 'queued',
      totalRows: rows.length,
      processedRows: 0,
      counts: zeroCounts(),
      refusedRows: [],
      upload,
      createdAt: this.clock.now(),
    });
    delete (record as { upload?: unknown }).upload;
    return record;
  }

  /** An import of the caller's organisation; another organisation's is not found. */
  get(id: string, principal: Principal): Promise<CandidateImport> {
    return this.imports.getOrThrow(
      { id, organisationId: staffOrganisationOf(principal) },
      `Candidate import ${id} not found.`,
    );
  }

  /** The job: runs a queued import to its end (done or failed). An import already taken is left alone. */
  async run(id: string): Promise<void> {
    const record = await this.imports.claim(id, this.clock.now());
    if (!record) return;
    try {
      await this.process(record);
    } catch (error) {
      const code = error instanceof DomainError ? error.code : CandidateImportErrors.failed.code;
      this.logger.error({ msg: 'candidate import failed', importId: id, error: String(error) });
      await this.recordFailure(record, { errorCode: code });
    }
  }

  /**
   * Imports whose run stopped midway (embedded: every running one at start-up; with Redis: the one a
   * dead worker left) are failed as interrupted; per row, the batches committed before stay in.
   */
  async failInterrupted(ids?: string[]): Promise<void> {
    const running = await this.imports.runningIds();
    for (const id of ids ? running.filter((id) => ids.includes(id)) : running) {
      await this.recordFailure(await this.imports.getOrThrow({ id }), {
        errorCode: CandidateImportErrors.interrupted.code,
      });
    }
  }

  queuedIds(): Promise<string[]> {
    return this.imports.queuedIds();
  }

  private async process(record: ClaimedImport): Promise<void> {
    const rows = readCandidateImport(record.format, record.upload);
    const counts = zeroCounts();
    const refused: RefusedCandidateRow[] = [];
    const seen = new Set<string>();
    const reaches: CandidateReach[] = [];
    const tally = (plans: Plan[]) => {
      for (const plan of plans) {
        counts[plan.outcome]++;
        if (plan.outcome === 'refused') refused.push(plan.row);
      }
    };
    const writesOf = (plans: Plan[]) => plans.flatMap((plan) => ('write' in plan ? [plan.write] : []));
    let processed = 0;

    if (record.mode === 'per-row' && !record.dryRun) {
      // Each batch whole or not at all, with its progress; a refused row stops nothing.
      for (const batch of batches(rows)) {
        await this.db.transaction(async () => {
          const plans = await this.plan(batch, record.organisationId, seen);
          reaches.push(...(await this.candidates.writeImported(record.organisationId, writesOf(plans))));
          tally(plans);
          processed += batch.length;
          await this.imports.progress(record.id, processed, counts);
        });
      }
      await this.db.transaction(async () => {
        await this.candidates.rematchForImported(reaches);
        await this.finish(record.id, 'done', null, processed, counts, refused);
      });
      return;
    }

    // All or nothing, or a dry run: every row checked first, nothing written yet.
    const planned: Plan[] = [];
    for (const batch of batches(rows)) {
      const plans = await this.plan(batch, record.organisationId, seen);
      planned.push(...plans);
      tally(plans);
      processed += batch.length;
      await this.imports.progress(record.id, processed, counts);
    }
    if (record.dryRun) return this.finish(record.id, 'done', null, processed, counts, refused);
    if (counts.refused)
      return this.recordFailure(record, {
        errorCode: CandidateImportErrors.rowsRefused.code,
        processedRows: processed,
        counts,
        refusedRows: refused,
      });
    await this.imports.phase(record.id, 'writing');
    await this.db.transaction(async () => {
      for (const batch of batches(writesOf(planned)))
        reaches.push(...(await this.candidates.writeImported(record.organisationId, batch)));
      await this.candidates.rematchForImported(reaches);
      await this.finish(record.id, 'done', null, processed, counts, refused);
    });
  }

  private finish(
    id: string,
    status: 'done' | 'failed',
    errorCode: string | null,
    processedRows: number,
    counts: CandidateImportCounts,
    refusedRows: RefusedCandidateRow[],
  ): Promise<void> {
    return this.imports.finish(id, { status, errorCode, processedRows, counts, refusedRows, at: this.clock.now() });
  }

  /**
   * A failed import, and its organisation's administrators told and given it on their worklist in
   * the same transaction (once per import): they look after the link with the case system that the
   * file came from. The one who ran it sees its status on the import screen.
   */
  private recordFailure(
    { id, organisationId, importedBy }: Pick<CandidateImport, 'id' | 'organisationId' | 'importedBy'>,
    outcome: {
      errorCode: string;
      processedRows?: number;
      counts?: CandidateImportCounts;
      refusedRows?: RefusedCandidateRow[];
    },
  ): Promise<void> {
    return this.db.transaction(async () => {
      const at = this.clock.now();
      await this.imports.finish(id, { status: 'failed', ...outcome, at });
      await this.workItems.open({
        kind: 'candidate-import-failed',
        sourceKey: `candidate-import:${id}`,
        organisationId,
        role: 'admin',
        link: '#/kandidaten/import',
        params: { errorCode: outcome.errorCode },
        dueOn: addDays(this.clock.today(), 1),
        at,
      });
      await this.notifier.notify({
        kind: 'import-failed',
        eventKey: `import-failed:candidates:${id}`,
        recipientIds: (await this.notifier.staff(organisationId, 'admin')).filter((userId) => userId !== importedBy),
        link: '#/kandidaten/import',
        params: { importKind: 'candidates', importId: id, errorCode: outcome.errorCode },
      });
    });
  }

  /** What each row of a batch will do: its checks, then one read for the batch's client numbers. */
  private async plan(batch: CandidateImportRow[], organisationId: string, seen: Set<string>): Promise<Plan[]> {
    const today = this.clock.today();
    const checked: Checked[] = [];
    for (const row of batch) checked.push(await this.check(row, seen, today));
    const numbers = checked.flatMap((row) => (row.kind === 'refused' ? [] : [row.clientNumber]));
    const stored = new Map(
      (await this.candidates.findByClientNumbers(organisationId, numbers)).map((candidate) => [
        candidate.clientNumber!,
        candidate,
      ]),
    );
    return checked.map((row, at): Plan => {
      const refuse = (params: InvalidParam[]): Plan => ({
        outcome: 'refused',
        row: {
          ...batch[at].position,
          code: params[0]?.code ?? FieldErrors.invalid.code,
          fields: params.map(({ name, code }) => ({ name, code })),
        },
      });
      if (row.kind === 'refused') return refuse(row.params);
      const candidate = stored.get(row.clientNumber);
      if (row.kind === 'leave') {
        if (!candidate) return refuse([CandidateImportErrors.leftNotKnown.param('leftOn')]);
        if (candidate.anonymisedAt || (candidate.availability === 'left' && candidate.leftOn === row.leftOn))
          return { outcome: 'unchanged' };
        return { outcome: 'left', write: { kind: 'leave', candidate, leftOn: row.leftOn } };
      }
      if (!candidate)
        return {
          outcome: 'created',
          write: {
            kind: 'create',
            clientNumber: row.clientNumber,
            profile: row.dto,
            availability: row.availability ?? 'available',
          },
        };
      if (candidate.anonymisedAt) return refuse([CandidateImportErrors.anonymised.param('clientNumber')]);
      const profileChanged = !sameProfile(candidate, row.dto);
      const availability =
        row.availability !== null && row.availability !== candidate.availability ? row.availability : null;
      if (!profileChanged && !availability) return { outcome: 'unchanged' };
      return {
        outcome: 'updated',
        write: { kind: 'update', candidate, profile: profileChanged ? row.dto : null, availability },
      };
    });
  }

  /** The checks of one row that need no reads: client number, repeats, day of leaving, availability, the profile. */
  private async check(row: CandidateImportRow, seen: Set<string>, today: string): Promise<Checked> {
    const given = row.clientNumber;
    const clientNumber =
      typeof given === 'string' || typeof given === 'number' ? String(given).trim().replace(/\s+/g, ' ') : '';
    if (!clientNumber || clientNumber.length > 50)
      return { kind: 'refused', params: [CandidateImportErrors.clientNumberRequired.param('clientNumber')] };
    if (seen.has(clientNumber))
      return { kind: 'refused', params: [CandidateImportErrors.repeatedClientNumber.param('clientNumber')] };
    seen.add(clientNumber);
    if (row.leftOn !== undefined && row.leftOn !== null && row.leftOn !== '') {
      const leftOn = row.leftOn;
      if (typeof leftOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(leftOn) || !isDateString(leftOn, { strict: true }))
        return { kind: 'refused', params: [FieldErrors.notDate.param('leftOn')] };
      if (leftOn > today) return { kind: 'refused', params: [CandidateImportErrors.leftInFuture.param('leftOn')] };
      // Leaving needs nothing else of the row: the profile of someone who left is not kept up to date.
      return { kind: 'leave', clientNumber, leftOn };
    }
    const params: InvalidParam[] = row.errors.map(({ name, code }) => ({ name, code, reason: code }));
    let availability: ImportedAvailability | null = null;
    if (row.availability !== undefined && row.availability !== null && row.availability !== '') {
      if (IMPORTED_AVAILABILITIES.includes(row.availability as ImportedAvailability))
        availability = row.availability as ImportedAvailability;
      else params.push(CandidateImportErrors.unknownAvailability.param('availability'));
    }
    const dto = await this.candidates.checkImportedProfile(row.profile);
    if (Array.isArray(dto)) {
      // A field that could not be read is named once, not again as "required".
      const repeats = (param: InvalidParam) =>
        param.code === FieldErrors.required.code &&
        row.explained.some((field) => param.name === field || param.name.startsWith(`${field}.`));
      params.push(...dto.filter((param) => !repeats(param)));
    }
    if (params.length || Array.isArray(dto)) return { kind: 'refused', params };
    return { kind: 'profile', clientNumber, dto, availability };
  }
}

function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let at = 0; at < items.length; at += IMPORT_BATCH_SIZE) yield items.slice(at, at + IMPORT_BATCH_SIZE);
}

/** The profile and identity as stored against what the row gives: equal means nothing to write. */
function sameProfile(candidate: Candidate, dto: CheckedCandidateProfile): boolean {
  const stored = {
    name: candidate.identity?.name,
    email: candidate.identity?.email ?? null,
    phone: candidate.identity?.phone ?? null,
    birthYear: candidate.birthYear,
    postcode: candidate.postcode,
    travel: candidate.travel,
    educationLevel: candidate.educationLevel,
    competences: candidate.competences,
    wishes: candidate.wishes,
    belastbaarheid: candidate.belastbaarheid,
    benefitStartedOn: candidate.benefitStartedOn,
    participatieladder: candidate.participatieladder,
    // Left out of the row, they are kept: only what the row gives is compared.
    ...(dto.workHistory ? { workHistory: candidate.workHistory } : {}),
    ...(dto.instruments ? { instruments: candidate.instruments } : {}),
  };
  const given = {
    name: dto.name,
    email: dto.email ?? null,
    phone: dto.phone ?? null,
    birthYear: dto.birthYear,
    postcode: dto.postcode,
    travel: dto.travel,
    educationLevel: dto.educationLevel ?? null,
    competences: dto.competences,
    wishes: dto.wishes,
    belastbaarheid: dto.belastbaarheid ?? null,
    benefitStartedOn: dto.benefitStartedOn,
    participatieladder: dto.participatieladder,
    ...(dto.workHistory ? { workHistory: dto.workHistory.map((job) => ({ ...job, until: job.until ?? null })) } : {}),
    ...(dto.instruments ? { instruments: dto.instruments } : {}),
  };
  return canonical(stored) === canonical(given);
}

/** JSON with keys in order and undefined left out: jsonb keeps no key order, arrays keep theirs. */
function canonical(value: unknown): string {
  const sorted = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(sorted);
    if (item && typeof item === 'object')
      return Object.fromEntries(
        Object.entries(item)
          .filter(([, inner]) => inner !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([key, inner]) => [key, sorted(inner)]),
      );
    return item;
  };
  return JSON.stringify(sorted(value));
}
