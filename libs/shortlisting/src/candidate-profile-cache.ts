import { Injectable } from '@nestjs/common';
import type { CandidateProfile } from '@werkbrug/matching';

/**
 * The matcher's memory of candidate profiles, keyed by id and row version (PostgreSQL's `xmin`,
 * which changes with every update of the row). A job asks the database which candidates are in
 * reach, with their versions, and reads only the profiles it has not seen in that version: parsing
 * thousands of JSON profiles per job was most of a shortlist's time.
 */
@Injectable()
export class CandidateProfileCache {
  private readonly entries = new Map<string, { version: string; profile: CandidateProfile }>();

  /** A profile takes a few KB in memory: the capacity (MATCHER_PROFILE_CACHE_SIZE) bounds the matcher's memory. */
  constructor(private readonly capacity: number) {}

  get(id: string, version: string): CandidateProfile | undefined {
    const entry = this.entries.get(id);
    return entry?.version === version ? entry.profile : undefined;
  }

  set(id: string, version: string, profile: CandidateProfile): void {
    if (this.capacity === 0) return;
    this.entries.delete(id);
    this.entries.set(id, { version, profile });
    // A Map iterates in insertion order: the first key is the least recently stored.
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
