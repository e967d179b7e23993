import { TransactionHost } from '@werkbrug/database';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@werkbrug/common';

import { ShortlistOverviewView } from './shortlist-overview.response';

interface OverviewRow {
  vacancyId: string;
  requested: number;
  matched: number | null;
  matchedAt: Date | null;
  ranked: number;
  undecided: number;
  accepted: number;
  setAside: number;
  rejected: number;
  proposed: number;
}

@ApiTags('shortlists')
@ApiBearerAuth()
@Controller('shortlists')
export class ShortlistOverviewController {
  constructor(private readonly db: TransactionHost) {}

  /** The shortlist state of every open vacancy, for the accountmanager's work list: counts only, so nothing to audit. */
  @Get()
  @Roles('accountmanager', 'jobhunter', 'admin')
  async overview(): Promise<ShortlistOverviewView[]> {
    const rows: OverviewRow[] = await this.db.manager.query(
      `SELECT s.vacancy_id AS "vacancyId", s.requested_generation AS requested, s.matched_generation AS matched, s.matched_at AS "matchedAt",
              (SELECT count(*)::int FROM shortlist_entries e WHERE e.vacancy_id = s.vacancy_id) AS ranked,
              (SELECT count(*)::int FROM shortlist_entries e WHERE e.vacancy_id = s.vacancy_id
                  AND NOT EXISTS (SELECT 1 FROM shortlist_decisions d WHERE d.vacancy_id = e.vacancy_id AND d.candidate_id = e.candidate_id)) AS undecided,
              (SELECT count(*)::int FROM shortlist_decisions d WHERE d.vacancy_id = s.vacancy_id AND d.decision = 'accepted') AS accepted,
              (SELECT count(*)::int FROM shortlist_decisions d WHERE d.vacancy_id = s.vacancy_id AND d.decision = 'set-aside') AS "setAside",
              (SELECT count(*)::int FROM shortlist_decisions d WHERE d.vacancy_id = s.vacancy_id AND d.decision = 'rejected') AS rejected,
              (SELECT count(*)::int FROM proposals p WHERE p.vacancy_id = s.vacancy_id) AS proposed
         FROM shortlists s JOIN vacancies v ON v.id = s.vacancy_id
        WHERE v.status = 'open'
        ORDER BY v.created_at DESC`,
    );
    return rows.map(({ requested, matched, ...counts }) => ({
      ...counts,
      status: matched === requested ? 'ready' : 'pending',
    }));
  }
}
