import { Injectable } from '@nestjs/common';
import {
  addDays,
  Clock,
  DomainError,
  FieldErrors,
  InvalidParam,
  isPartner,
  Principal,
  RequestErrors,
} from '@werkbrug/common';
import {
  FOLLOWED_SOURCE_PREFIX,
  ImportCounts,
  ImportFormat,
  ImportRowResult,
  OWN_SOURCE,
  TransactionHost,
  Vacancy,
  VacancyImport,
} from '@werkbrug/database';
import { EmployersService } from '../employers/employers.service';
import { ImportedVacancyFields, VacanciesService } from '../vacancies/vacancies.service';
import { Notifier } from '../shared/notifications/notifier';
import { WorkItemWriter } from '../shared/worklist/work-item-writer.repository';
import { changedFields } from '../shared/vacancies/changed-fields';
import { ImportErrors } from './import.errors';
import { ImportRow, readImport } from './import-formats';
import { VacancyImportRepository } from './vacancy-import.repository';

/** What an import answers: each row's outcome, the counts, and (a real run) the record's id. */
export interface ImportResult {
  id: string | null;
  dryRun: boolean;
  format: ImportFormat;
  source: string | null;
  counts: ImportCounts;
  rows: ImportRowResult[];
  importedBy: string;
  createdAt: Date;
}

export interface ImportRequest {
  format: ImportFormat;
  body: unknown;
  /** The source for every row that names none. */
  source?: string;
  dryRun: boolean;
}

const SOURCE_PATTERN = /^[a-z0-9][a-z0-9.:-]{1,63}$/;
const PARTNER_SOURCE_PREFIX = 'partner:';

/** A partner's vacancies carry the partner as their source: its id, which never changes. */
export const partnerSource = (partnerId: string) => `${PARTNER_SOURCE_PREFIX}${partnerId}`;

/** A refused row: the first code names the problem, each invalid field with its own. */
class RowRefused extends Error {
  constructor(
    readonly code: string,
    readonly invalidParams: InvalidParam[],
  ) {
    super(code);
  }
}

const refuse = (params: InvalidParam[]): never => {
  throw new RowRefused(params[0]?.code ?? RequestErrors.invalidInput.code, params);
};

/** What one row will do once checked: all reads done, nothing written yet. */
type Plan =
  | { kind: 'unchanged'; vacancy: Vacancy }
  | { kind: 'update'; vacancy: Vacancy; fields: ImportedVacancyFields; changed: string[] }
  | {
      kind: 'create';
      fields: ImportedVacancyFields;
      kvkNumber: string;
      employerId: string | null;
      register: Registration | null;
    };

/** A registration checked as POST /employers checks it. */
type Registration = Parameters<EmployersService['create']>[0];

interface RunContext {
  dryRun: boolean;
  /** Each (source, reference) met so far, and where. */
  seen: Map<string, string>;
  /** KvK numbers registered by an earlier row of this import. */
  registered: Set<string>;
}

@Injectable()
export class VacancyImportsService {
  constructor(
    private readonly db: TransactionHost,
    private readonly vacancies: VacanciesService,
    private readonly employers: EmployersService,
    private readonly imports: VacancyImportRepository,
    private readonly notifier: Notifier,
    private readonly workItems: WorkItemWriter,
    private readonly clock: Clock,
  ) {}

  /**
   * Reads the upload, checks every row and (unless a dry run) writes each valid row in its own
   * transaction: a row is stored whole, with its employer if it registers one, or refused whole;
   * one refused row does not stop the others. A dry run runs the same checks and reads and answers
   * the same, writing nothing. A real run is recorded: who, when, source, counts, every row.
   */
  async import(request: ImportRequest, principal: Principal): Promise<ImportResult> {
    const requestSource = this.requestSource(request.source, principal);
    const rows = readImport(request.format, request.body);
    const context: RunContext = { dryRun: request.dryRun, seen: new Map(), registered: new Set() };
    const results: ImportRowResult[] = [];
    for (const row of rows) results.push(await this.importRow(row, requestSource, principal, context));
    const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, refused: 0 };
    for (const result of results) counts[result.outcome]++;
    const createdAt = this.clock.now();
    const answer = {
      dryRun: request.dryRun,
      format: request.format,
      source: requestSource ?? null,
      counts,
      rows: results,
      importedBy: principal.userId,
      createdAt,
    };
    if (request.dryRun) return { id: null, ...answer };
    const record = await this.db.transaction(async () => {
      const inserted = await this.imports.insert({
        importedBy: principal.userId,
        role: principal.role,
        partnerId: isPartner(principal) ? principal.partnerId : null,
        source: answer.source,
        format: request.format,
        counts,
        rows: results,
        createdAt,
      });
      if (counts.refused) await this.reportRefusedRows(inserted.id, counts, principal);
      return inserted;
    });
    return { id: record.id, ...answer };
  }

  /** An import as it was recorded; a partner sees its own only (another's is not found). */
  async get(id: string, principal: Principal): Promise<VacancyImport> {
    const where = isPartner(principal) ? { id, partnerId: principal.partnerId } : { id };
    return this.imports.getOrThrow(where, `Vacancy import ${id} not found.`);
  }

  /**
   * Rows refused by a real run: the werkgeversservicepunt's administrators, who look after the
   * exchange, are told once per import (not the one who ran it, who saw the answer), and their team
   * is given it on the worklist, to take up with the source (most imports come from a partner).
   */
  private async reportRefusedRows(importId: string, counts: ImportCounts, principal: Principal): Promise<void> {
    const rows = counts.created + counts.updated + counts.unchanged + counts.refused;
    const organisationId = await this.imports.wspOrganisationId();
    if (organisationId)
      await this.workItems.open({
        kind: 'vacancy-import-refused',
        sourceKey: `vacancy-import:${importId}`,
        organisationId,
        role: 'admin',
        link: '#/vacatures/import',
        params: { refused: counts.refused, rows },
        dueOn: addDays(this.clock.today(), 1),
        at: this.clock.now(),
      });
    await this.notifier.notify({
      kind: 'import-failed',
      eventKey: `import-failed:vacancies:${importId}`,
      recipientIds: (await this.notifier.wspAdmins()).filter((userId) => userId !== principal.userId),
      link: '#/vacatures/import',
      params: { importKind: 'vacancies', importId, refused: counts.refused, rows },
    });
  }

  private async importRow(
    row: ImportRow,
    requestSource: string | undefined,
    principal: Principal,
    { dryRun, seen, registered: registeredNow }: RunContext,
  ): Promise<ImportRowResult> {
    const source = typeof row.source === 'string' && row.source.trim() ? row.source.trim() : requestSource;
    const externalReference =
      typeof row.externalReference === 'string' && row.externalReference.trim() ? row.externalReference.trim() : null;
    const base = { ...row.position, source: source ?? null, externalReference };
    try {
      const checkedSource = this.rowSource(row, requestSource, principal);
      const reference = this.reference(row);
      const key = JSON.stringify([checkedSource, reference]);
      const earlier = seen.get(key);
      if (earlier) refuse([ImportErrors.repeatedReference.param('externalReference', `the same as ${earlier}`)]);
      seen.set(key, 'line' in row.position ? `line ${row.position.line}` : `index ${row.position.index}`);
      const plan = await this.plan(row, checkedSource, reference, registeredNow);
      if (plan.kind === 'unchanged') return { ...base, outcome: 'unchanged', vacancyId: plan.vacancy.id };
      if (plan.kind === 'update') {
        if (!dryRun) await this.vacancies.updateImported(plan.vacancy, plan.fields);
        return { ...base, outcome: 'updated', vacancyId: plan.vacancy.id, changedFields: plan.changed };
      }
      const registered = plan.register !== null;
      // A dry run registers nobody: a later row of the same new employer finds it "registered" as a real run would.
      if (plan.register && dryRun) registeredNow.add(plan.register.kvkNumber);
      if (dryRun)
        return { ...base, outcome: 'created', vacancyId: null, ...(registered ? { employerRegistered: true } : {}) };
      const vacancy = await this.db.transaction(async () => {
        const employerId = plan.register
          ? (await this.employers.create(plan.register, principal)).id
          : (plan.employerId ?? (await this.employers.idByKvkNumber(plan.kvkNumber)))!;
        return this.vacancies.createImported(plan.fields, employerId, {
          source: checkedSource,
          externalReference: reference,
        });
      });
      return {
        ...base,
        outcome: 'created',
        vacancyId: vacancy.id,
        ...(registered ? { employerRegistered: true } : {}),
      };
    } catch (error) {
      if (error instanceof RowRefused)
        return { ...base, outcome: 'refused', vacancyId: null, code: error.code, invalidParams: error.invalidParams };
      // A rule of the vacancies or the register (a closing date in the past, a KvK number taken meanwhile).
      if (error instanceof DomainError)
        return {
          ...base,
          outcome: 'refused',
          vacancyId: null,
          code: error.code,
          invalidParams: error.invalidParams.length
            ? error.invalidParams
            : [{ name: '', code: error.code, reason: error.detail }],
        };
      throw error;
    }
  }

  /** Every check of a row and the reads it needs; the only errors left for the write are the database's. */
  private async plan(row: ImportRow, source: string, reference: string, registeredNow: Set<string>): Promise<Plan> {
    const fields = await this.vacancies.importedFields({ ...row.vacancy });
    const explained = row.explained ?? [];
    const repeats = (param: InvalidParam) =>
      param.code === FieldErrors.required.code &&
      explained.some((field) => param.name === field || param.name.startsWith(`${field}.`));
    const params = [...row.errors, ...(Array.isArray(fields) ? fields.filter((param) => !repeats(param)) : [])];
    const given = row.employer.kvkNumber;
    const kvkNumber = typeof given === 'string' || typeof given === 'number' ? String(given).replace(/\s/g, '') : '';
    if (!/^\d{8}$/.test(kvkNumber))
      params.push(
        kvkNumber
          ? FieldErrors.wrongFormat.param('employer.kvkNumber', 'a KvK number has 8 digits')
          : ImportErrors.kvkRequired.param('employer.kvkNumber'),
      );
    if (params.length || Array.isArray(fields)) return refuse(params);
    const employerId = await this.employers.idByKvkNumber(kvkNumber);
    const current = await this.vacancies.findImported(source, reference);
    if (current) {
      if (current.employerId !== employerId)
        refuse([ImportErrors.otherEmployer.param('employer.kvkNumber', `vacancy ${current.id} has another employer`)]);
      this.vacancies.checkImportedUpdate(current);
      const changed = changedFields(current, fields);
      return changed.length
        ? { kind: 'update', vacancy: current, fields, changed }
        : { kind: 'unchanged', vacancy: current };
    }
    if (employerId || registeredNow.has(kvkNumber))
      return { kind: 'create', fields, kvkNumber, employerId, register: null };
    return {
      kind: 'create',
      fields,
      kvkNumber,
      employerId: null,
      register: await this.registration(row, kvkNumber),
    };
  }

  /**
   * An employer the register does not know is registered from the row, when the row gives its name,
   * sector and postcode (checked as POST /employers checks them); otherwise the row is refused.
   */
  private async registration(row: ImportRow, kvkNumber: string): Promise<Registration> {
    const { name, sector, postcode } = row.employer;
    if (name === undefined && sector === undefined && postcode === undefined)
      refuse([ImportErrors.unknownEmployer.param('employer.kvkNumber', `no employer has KvK number ${kvkNumber}`)]);
    const dto = await this.employers.checkRegistration({ name, sector, postcode, kvkNumber });
    return Array.isArray(dto) ? refuse(dto) : dto;
  }

  /** The request's source: a partner's own (it may name only that), or what staff name, if anything. */
  private requestSource(source: string | undefined, principal: Principal): string | undefined {
    if (isPartner(principal)) {
      const own = partnerSource(principal.partnerId);
      if (source !== undefined && source !== own)
        throw ImportErrors.foreignSource.at('source', `a partner imports into ${own} only`);
      return own;
    }
    if (source === undefined) return undefined;
    const problem = sourceProblem(source);
    if (problem) throw problem.at('source');
    return source;
  }

  private rowSource(row: ImportRow, requestSource: string | undefined, principal: Principal): string {
    if (row.source === undefined || row.source === null || row.source === '') {
      if (!requestSource) refuse([ImportErrors.sourceRequired.param('source')]);
      return requestSource!;
    }
    if (typeof row.source !== 'string') return refuse([FieldErrors.notText.param('source')]);
    const source = row.source.trim();
    if (isPartner(principal) && source !== requestSource)
      refuse([ImportErrors.foreignSource.param('source', `a partner imports into ${requestSource} only`)]);
    if (requestSource && source !== requestSource)
      refuse([ImportErrors.sourceMismatch.param('source', `the request names ${requestSource}`)]);
    const problem = isPartner(principal) ? undefined : sourceProblem(source);
    if (problem) refuse([problem.param('source')]);
    return source;
  }

  private reference(row: ImportRow): string {
    const reference = row.externalReference;
    if (typeof reference === 'number') return String(reference);
    if (typeof reference !== 'string' || !reference.trim() || reference.trim().length > 200)
      refuse([ImportErrors.referenceRequired.param('externalReference')]);
    return (reference as string).trim();
  }
}

/** Staff name sources of their own; Werkbrug's own and partners' are not theirs to write into. */
function sourceProblem(source: string) {
  if (!SOURCE_PATTERN.test(source)) return ImportErrors.invalidSource;
  if (source === OWN_SOURCE || source.startsWith(PARTNER_SOURCE_PREFIX) || source.startsWith(FOLLOWED_SOURCE_PREFIX))
    return ImportErrors.reservedSource;
  return undefined;
}
