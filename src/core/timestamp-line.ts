// A web page's time-stamp line: when the story was published or updated, with maybe the byline before it
// ("By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM", "November 19, 2019 | 4:20am |
// Updated November 19, 2019 | 9:32pm", "Published 3:04 PM EST, Mon March 4, 2024"). It is page metadata: not a
// summary sentence nor an event, but the story's own date.
import { MONTH_STEM, WEEKDAY, WEEKDAY_ABBREVIATION } from './lexicon';

const MONTH_WORD = new RegExp(`^${MONTH_STEM}$`, 'i');
const WEEKDAY_WORD = new RegExp(`^(?:${WEEKDAY}|${WEEKDAY_ABBREVIATION}\\.?)$`, 'i');
const NUMBER = /^\d{1,4}(?:st|nd|rd|th)?$|^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/i;
const CLOCK = /^\d{1,2}(?::\d\d){1,2}(?:[ap]\.?m\.?)?$|^\d{1,2}[ap]\.?m\.?$/i;
/** Words a stamp line is made of besides the date: the verbs, "at", "on", "by", am/pm, time zones. */
const STAMP_WORD = /^(?:published|updated|posted|modified|first|last|originally|at|on|by|staff|[ap]\.?m\.?|[A-Z]{1,3}T|UTC|GMT(?:[+-]\d{1,4})?|Z)$/;
const KEYWORD = /^(?:published|updated|posted|modified)$/i;
/** A byline's name may stand before the stamp: this many other words at most. */
const MAX_OTHER_WORDS = 4;

/** Whether `line` (one line of readable text) is a time-stamp line (see the file comment). */
export function isTimestampLine(raw: string): boolean {
  // A web page's line is padded with the blanked markup around it: its length is that of its words.
  if (raw.length > 4000) return false;
  const line = raw.replace(/\s+/g, ' ').trim();
  if (line.length > 160) return false;
  const words = line.split(/[\s|•·,;–—]+|\s-+\s/).map((w) => w.replace(/^[([:"]+|[)\]:."]+$/g, '')).filter((w) => w.length > 0);
  let date = false;
  let clock = false;
  let keyword = false;
  let other = 0;
  for (const w of words) {
    if (MONTH_WORD.test(w)) date = true;
    else if (CLOCK.test(w)) clock = true;
    else if (NUMBER.test(w) || WEEKDAY_WORD.test(w)) continue;
    else if (STAMP_WORD.test(w) || STAMP_WORD.test(w.toLowerCase())) keyword ||= KEYWORD.test(w);
    else if (++other > MAX_OTHER_WORDS) return false;
  }
  return (date || clock) && (keyword ? clock || date : clock && date && other === 0);
}
