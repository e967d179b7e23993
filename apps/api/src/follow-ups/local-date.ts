/** Today's date where Werkbrug is used (the Netherlands), as YYYY-MM-DD: due dates are local dates. */
export function localToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
