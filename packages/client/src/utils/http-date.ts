/**
 * HTTP-dates (RFC 9110, section 5.6.7), as a Retry-After header may give one.
 *
 * @module
 */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
// The three HTTP-date forms of RFC 9110 (section 5.6.7), and nothing else: `Date.parse` reads
// "-1", "5.5" or "5, 6" (a repeated header) as dates, which would turn them into "now".
const IMF_FIXDATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d) ([A-Z][a-z]{2}) (\d{4}) (\d\d):(\d\d):(\d\d) GMT$/;
const RFC_850 =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d\d)-([A-Z][a-z]{2})-(\d\d) (\d\d):(\d\d):(\d\d) GMT$/;
const ASCTIME = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) ([ \d]\d) (\d\d):(\d\d):(\d\d) (\d{4})$/;

/** Milliseconds since the epoch of an HTTP-date, or undefined when `text` is not one. */
export function parseHttpDate(text: string, now: number): number | undefined {
  // [day, month, year, hours, minutes, seconds] of whichever form matches.
  let parts: (string | undefined)[];
  let year: number;
  let match: RegExpExecArray | null;
  if ((match = IMF_FIXDATE.exec(text))) {
    parts = match.slice(1);
    year = Number(parts[2]);
  } else if ((match = RFC_850.exec(text))) {
    parts = match.slice(1);
    // A two-digit year more than 50 years ahead is in the past century (RFC 9110, section 5.6.7).
    year = 2000 + Number(parts[2]);
    if (year > new Date(now).getUTCFullYear() + 50) year -= 100;
  } else if ((match = ASCTIME.exec(text))) {
    const [, month, day, h, m, s, y] = match;
    parts = [day, month, y, h, m, s];
    year = Number(y);
  } else return undefined;
  const monthIndex = MONTHS.indexOf(parts[1] ?? "");
  const day = Number(parts[0]?.trim());
  const [hours, minutes, secs] = [Number(parts[3]), Number(parts[4]), Number(parts[5])];
  if (monthIndex < 0 || hours > 23 || minutes > 59 || secs > 60) return undefined;
  // setUTCFullYear, unlike Date.UTC, does not read years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  // A day the month does not have (31 Feb) rolls over into the next month: not a date.
  if (day < 1 || date.getUTCDate() !== day) return undefined;
  // A leap second reads as the second before it.
  return date.setUTCHours(hours, minutes, Math.min(secs, 59));
}
