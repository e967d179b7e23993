// Made once: building a formatter with its time zone costs far more than formatting a date.
const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date where Werkbrug is used (the Netherlands), as YYYY-MM-DD: due dates are local dates. */
export function localToday(now = new Date()): string {
  return AMSTERDAM_DATE.format(now);
}
