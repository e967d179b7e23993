import {
  defaultKansrijkheidTable,
  DEFAULT_KANSRIJKHEID_SOURCE,
  findPostcodeArea,
  regionOfPostcode,
  travelLimitKm,
} from '@werkbrug/reference-data';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The full matching model: where candidates and vacancies are and how far a candidate reaches (so
 * SQL can find who is in reach of a workplace through an index), availability with a reason,
 * incomplete profiles, the kansrijkheid table with its default, feedback from proposals, and
 * shortlists matched by generation (any change can ask for a re-match, not only a new vacancy version).
 */
export class MatchingModel1763900000000 implements MigrationInterface {
  name = 'MatchingModel1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE candidates
        ALTER COLUMN education_level DROP NOT NULL,
        ALTER COLUMN belastbaarheid DROP NOT NULL,
        ADD COLUMN latitude double precision,
        ADD COLUMN longitude double precision,
        ADD COLUMN travel_km real,
        ADD COLUMN unavailable_reason text,
        ADD COLUMN unavailable_until date`);
    for (const row of await db.query(`SELECT id, postcode, travel FROM candidates`)) {
      const area = findPostcodeArea(row.postcode);
      await db.query(`UPDATE candidates SET latitude = $2, longitude = $3, travel_km = $4 WHERE id = $1`, [
        row.id,
        area?.latitude,
        area?.longitude,
        travelLimitKm(row.travel),
      ]);
    }
    await db.query(
      `ALTER TABLE candidates ALTER COLUMN latitude SET NOT NULL, ALTER COLUMN longitude SET NOT NULL, ALTER COLUMN travel_km SET NOT NULL`,
    );
    // The area a candidate can reach, as a circle on a flat km grid (x scaled by cos 52.2°). It is
    // drawn 5% + 1 km wider than the limit: the index only narrows, the exact distance decides.
    await db.query(`
      ALTER TABLE candidates
        ADD COLUMN reach circle GENERATED ALWAYS AS (circle(point(longitude * 68.2, latitude * 111.2), travel_km * 1.05 + 1)) STORED,
        ADD COLUMN profile_complete boolean GENERATED ALWAYS AS (
          education_level IS NOT NULL AND belastbaarheid IS NOT NULL AND jsonb_array_length(competences) > 0) STORED`);
    await db.query(
      `CREATE INDEX ix_candidates_reach ON candidates USING gist (reach) WHERE availability = 'available' AND profile_complete`,
    );
    // Counting who is matchable (for the shortlist's exclusion counts) from the index alone.
    await db.query(
      `CREATE INDEX ix_candidates_matchable ON candidates (profile_complete) WHERE availability = 'available'`,
    );

    await db.query(
      `ALTER TABLE vacancies ADD COLUMN latitude double precision, ADD COLUMN longitude double precision, ADD COLUMN region text`,
    );
    for (const row of await db.query(`SELECT id, postcode FROM vacancies`)) {
      const area = findPostcodeArea(row.postcode);
      await db.query(`UPDATE vacancies SET latitude = $2, longitude = $3, region = $4 WHERE id = $1`, [
        row.id,
        area?.latitude,
        area?.longitude,
        regionOfPostcode(row.postcode),
      ]);
    }
    await db.query(
      `ALTER TABLE vacancies ALTER COLUMN latitude SET NOT NULL, ALTER COLUMN longitude SET NOT NULL, ALTER COLUMN region SET NOT NULL`,
    );
    await db.query(`CREATE INDEX ix_vacancies_open_region ON vacancies (region, sector) WHERE status = 'open'`);

    await db.query(`ALTER TABLE shortlists DROP COLUMN status`);
    await db.query(`ALTER TABLE shortlists RENAME COLUMN requested_version TO requested_generation`);
    await db.query(`ALTER TABLE shortlists RENAME COLUMN matched_version TO matched_generation`);

    await db.query(`
      CREATE TABLE kansrijkheid (
        region text NOT NULL,
        sector text NOT NULL,
        occupation_group text NOT NULL DEFAULT '',
        tension smallint NOT NULL CHECK (tension BETWEEN 1 AND 5),
        ratio real,
        source text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region, sector, occupation_group)
      )`);
    const rows = defaultKansrijkheidTable();
    for (let start = 0; start < rows.length; start += 200) {
      const chunk = rows.slice(start, start + 200);
      const values = chunk
        .map((_, i) => `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4}, $${chunk.length * 4 + 1})`)
        .join(', ');
      await db.query(`INSERT INTO kansrijkheid (region, sector, occupation_group, tension, source) VALUES ${values}`, [
        ...chunk.flatMap((r) => [r.region, r.sector, r.occupationGroup, r.tension]),
        DEFAULT_KANSRIJKHEID_SOURCE,
      ]);
    }

    await db.query(`
      CREATE TABLE match_feedback (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
        vacancy_id uuid NOT NULL REFERENCES vacancies (id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        reason text NOT NULL,
        competence text,
        note text,
        given_by text NOT NULL,
        given_by_role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_match_feedback_employer ON match_feedback (employer_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE match_feedback`);
    await db.query(`DROP TABLE kansrijkheid`);
    await db.query(`ALTER TABLE shortlists RENAME COLUMN matched_generation TO matched_version`);
    await db.query(`ALTER TABLE shortlists RENAME COLUMN requested_generation TO requested_version`);
    await db.query(`ALTER TABLE shortlists ADD COLUMN status text NOT NULL DEFAULT 'pending'`);
    await db.query(`ALTER TABLE vacancies DROP COLUMN latitude, DROP COLUMN longitude, DROP COLUMN region`);
    await db.query(`ALTER TABLE candidates DROP COLUMN reach, DROP COLUMN profile_complete, DROP COLUMN latitude, DROP COLUMN longitude,
      DROP COLUMN travel_km, DROP COLUMN unavailable_reason, DROP COLUMN unavailable_until`);
  }
}
