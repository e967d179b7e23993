import { Injectable } from '@nestjs/common';
import type { CandidateProfile } from '@werkbrug/matching';

/** About 1.5 KB a profile: 200,000 stay well inside the matcher's memory budget. */
const DEFAULT_CAPACITY = 200_000;

/**
 * The matcher's memory of candidate profiles, keyed by id and row version (PostgreSQL's `xmin`,
 * which changes with every update of the row). A job asks the database which candidates are in
 * reach, with their versions, and reads only the profiles it has not seen in that version: parsing
 * thousands of JSON profiles per job was most of a shortlist's time.
 */
@Injectable()
export class CandidateProfileCache {
  private readonly entries = new Map<string, { version: string; profile: CandidateProfile }>();

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  get(id: string, version: string): CandidateProfile | undefined {
    const entry = this.entries.get(id);
    return entry?.version === version ? entry.profile : undefined;
  }

  set(id: string, version: string, profile: CandidateProfile): void {
    this.entries.delete(id);
    this.entries.set(id, { version, profile });
    // A Map iterates in insertion order: the first key is the least recently stored.
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
