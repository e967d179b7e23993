import { Injectable } from '@nestjs/common';
import { CalendarDate, dutchDay } from './calendar';

/**
 * The one source of "now" in Werkbrug. Everything that stamps a time or asks for today's date
 * injects it, so a test or a benchmark can set the moment (`FixedClock`) and "today" is always the
 * Dutch day, never the UTC one: between midnight and 01:00 (02:00 in summer) those differ.
 */
export abstract class Clock {
  abstract now(): Date;

  /** Today in the Netherlands. */
  today(): CalendarDate {
    return dutchDay(this.now());
  }
}

@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still until it is set or moved: for tests and benchmarks. */
export class FixedClock extends Clock {
  private instant: number;

  constructor(at: Date | string) {
    super();
    this.instant = new Date(at).getTime();
  }

  now(): Date {
    return new Date(this.instant);
  }

  set(at: Date | string): void {
    this.instant = new Date(at).getTime();
  }

  advance(milliseconds: number): void {
    this.instant += milliseconds;
  }
}
