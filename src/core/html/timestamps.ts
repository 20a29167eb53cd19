// A web page's publication time stamp as the publisher's local date. Pages often give the time in UTC
// ("2019-11-19T03:05:46Z", "Tue Nov 19 2019 03:05:46 GMT+0000") beside another stamp in the newsroom's own offset
// ("2019-11-18T22:15:39-05:00"): the story's date is the newsroom's, 18 November, not UTC's 19th (6 of 40 benchmark
// pages with a date in their URL). A stamp with no offset, or a page with none in another zone, is left as it is.

/** A date and time of day with an explicit offset: Z, UTC, GMT, GMT+0000, +00:00, -0500. */
const STAMP_WITH_OFFSET = /\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|(?:GMT|UTC)(?:[+-]\d\d:?\d\d)?|[+-]\d\d:?\d\d)(?![\w:])/i;
/** An ISO time stamp in an offset other than UTC: the publisher's zone, from the page's own metadata. */
const LOCAL_STAMP = /\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?([+-])(\d\d):?(\d\d)(?![\d:])/g;

/** The first non-UTC offset of an ISO time stamp in `html`, in minutes east of UTC; undefined when there is none. */
export function publisherOffset(html: string): number | undefined {
  LOCAL_STAMP.lastIndex = 0;
  for (let m = LOCAL_STAMP.exec(html); m !== null; m = LOCAL_STAMP.exec(html)) {
    const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
    if (minutes !== 0 && Math.abs(minutes) <= 14 * 60) return minutes;
  }
  return undefined;
}

/**
 * The date of the time stamp `raw` in the zone `offset` minutes east of UTC ("2019-11-19T03:05:46Z", -300 →
 * "2019-11-18"); undefined when `raw` carries no offset of its own or does not parse.
 */
export function localDateOf(raw: string, offset: number): string | undefined {
  if (!STAMP_WITH_OFFSET.test(raw)) return undefined;
  const ms = Date.parse(raw.trim());
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms + offset * 60_000).toISOString().slice(0, 10);
}
