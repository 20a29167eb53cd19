// docs/evaluation.md: the temporal tagging, summary and web-page evaluations, written from the files their runs
// leave in eval/results/ (`npm run eval:timex`, `npm run eval:summ`, `npm run eval:html`).
import { goalVerdicts, type PrfInterval, type SetResult, type SystemFigures, type TimexResults, type Verdict } from '../timex/figures';
import { TIMEX_MEASURES, type Goals } from '../timex/sets';
import { count, fixed, generatedNotice, percent, table } from './markdown';

export type { TimexResults } from '../timex/figures';

interface Rouge {
  readonly docs: number;
  readonly r1: number;
  readonly r2: number;
  readonly rL: number;
  readonly rLsum: number;
  readonly words: number;
}

type Split = 'dev' | 'test' | 'whole';
const SPLITS: readonly Split[] = ['dev', 'test', 'whole'];

interface SummSystem {
  readonly dev: Rouge;
  readonly test: Rouge;
  readonly whole: Rouge;
  readonly msPerDoc: number;
  readonly timeouts: number;
  readonly errors: number;
}

interface Margin {
  readonly mean: number;
  readonly low: number;
  readonly high: number;
}

/** A system's figures, or (under "Newsline - LEAD-3") Newsline's margin over the baseline per split. */
type SummEntry = SummSystem | Readonly<Record<Split, { readonly r1: Margin; readonly r2: Margin }>>;

export interface SummResults {
  readonly command: string;
  readonly rouge: string;
  readonly splits: string;
  readonly summaryLength: string;
  readonly newslineInput: string;
  readonly peerTimeoutMs: number;
  readonly results: Readonly<Record<string, Readonly<Record<string, SummEntry>>>>;
}

interface Extraction {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly pages: number;
  readonly failures: number;
}

interface PageFigures {
  readonly pages: number;
  readonly summaryPrecision: number;
  readonly summarySentences: number;
  readonly pagesWithAllSummaryFromArticle: number;
  readonly timelinePrecision: number;
  readonly timelineEntries: number;
  readonly timelineOutsidePerPage: number;
  readonly timelineOutsideMax: number;
  readonly referenceDate: {
    readonly goldPages: number;
    readonly goldEqual: number;
    readonly urlDatePages: number;
    readonly urlDateWithinOneDay: number;
    readonly fellBackToToday: number;
  };
  readonly msPerPage: { readonly median: number; readonly max: number };
}

export interface HtmlResults {
  readonly data: string;
  readonly method: string;
  /** Published extraction F1 per system, and `pages`, the number of pages they were measured on. */
  readonly published: Readonly<Record<string, number>>;
  readonly splits: Readonly<Record<string, { readonly extraction: Readonly<Record<string, Extraction>>; readonly article: PageFigures; readonly wholePage: PageFigures }>>;
}

/** The project's summary goal on CNN/DM (ROUGE-1 / ROUGE-2 F, ×100). */
const SUMM_GOAL = { set: 'cnndm_test', r1: 31.5, r2: 12.5 } as const;

const SUMM_SET_NAMES: Readonly<Record<string, string>> = { cnndm_test: 'CNN/DM', cnndm_val500: 'CNN/DM validation (dev only)', bbc: 'BBC' };
const MARGIN_PREFIX = 'Newsline - ';

function bold(cell: string, when: boolean): string {
  return when ? `**${cell}**` : cell;
}

/** A figure with its 95% interval: `79.3 (72.6–85.4)`. */
function withInterval(figure: number, low: number, high: number): string {
  return `${fixed(figure, 1)} (${fixed(low, 1)}–${fixed(high, 1)})`;
}

function f1WithInterval(prf: PrfInterval): string {
  return withInterval(prf.f1, prf.low, prf.high);
}

const MEASURE_NAMES: Readonly<Record<string, string>> = { strict: 'strict', relaxed: 'relaxed', type: 'type', value: 'value', right: 'cases right' };

/** A set's goals as a cell: `value ≥ 82, strict ≥ 85`. */
function goalsCell(goals: Goals | undefined): string {
  return Object.entries(goals ?? {}).map(([m, g]) => `${MEASURE_NAMES[m]} ≥ ${g}${m === 'right' ? '%' : ''}`).join(', ');
}

/** `met` / `not met`, and whether the run settles it: a goal inside the interval is within a draw of documents. */
function verdictWords(v: Verdict): string {
  return `${MEASURE_NAMES[v.measure]} ${fixed(v.figure, 1)} against ${v.goal}, ${v.met ? 'met' : 'not met'}${v.settled ? '' : ' (the goal lies inside the interval)'}`;
}

function setCell(set: SetResult): string {
  return set.kind === 'cases' ? `${set.label}, ${count(set.documents)} cases` : `${set.label}, ${count(set.timexes ?? 0)} timexes`;
}

function splitCell(set: SetResult): string {
  return set.role === 'test' ? 'test, report only' : 'dev';
}

/** One row per set and system (and per published system on the set): F1 per measure, or the share of cases right. */
export function timexTableRows(results: TimexResults): string[][] {
  const rows: string[][] = [];
  for (const set of Object.values(results.results)) {
    const systemRow = (name: string, s: SystemFigures): string[] => {
      const isNewsline = name === 'Newsline';
      const cells = [
        ...TIMEX_MEASURES.map((m) => (s.f1 ? f1WithInterval(s.f1[m]) : '–')),
        s.right ? withInterval(s.right.share, s.right.low, s.right.high) : '–',
      ];
      const goal = isNewsline ? goalVerdicts(set.goals, s).map((v) => `${MEASURE_NAMES[v.measure]} ≥ ${v.goal}: ${v.met ? 'met' : 'not met'}`).join('; ') : '';
      return [setCell(set), splitCell(set), bold(name, isNewsline), ...cells.map((c) => bold(c, isNewsline && c !== '–')), goal, fixed(s.msPerDoc, 1)];
    };
    for (const [name, s] of Object.entries(set.systems)) rows.push(systemRow(name, s));
    for (const p of set.published ?? []) {
      rows.push([setCell(set), splitCell(set), p.name, ...TIMEX_MEASURES.map((m) => (p.f1[m] === undefined ? '–' : fixed(p.f1[m]!, 2))), '–', '', '']);
    }
  }
  return rows;
}

/** Each set's goals against Newsline's figures, one line per set that has goals. */
function timexVerdicts(results: TimexResults): string[] {
  return Object.values(results.results).flatMap((set) => {
    const newsline = set.systems.Newsline;
    const verdicts = newsline ? goalVerdicts(set.goals, newsline) : [];
    return verdicts.length ? [`- ${set.label} (${splitCell(set)}): ${verdicts.map(verdictWords).join('; ')}.`] : [];
  });
}

/**
 * Figures quoted for a set by an earlier measurement beside this run's, system by system. For a peer library of the
 * same version the system did not change, so a difference there is the judging's.
 */
function quotedNotes(results: TimexResults): string[] {
  return Object.values(results.results).flatMap((set) => {
    const q = set.quoted;
    if (!q) return [];
    const pairs = Object.entries(q.figures).flatMap(([name, quoted]) => {
      const s = set.systems[name];
      const now = q.measure === 'right' ? s?.right?.share : s?.f1?.[q.measure].f1;
      return now === undefined ? [] : [`${name} ${fixed(quoted, 1)} quoted, ${fixed(now, 1)} here`];
    });
    if (!pairs.length) return [];
    const differs = Object.entries(q.figures).some(([name, quoted]) => {
      const s = set.systems[name];
      const now = q.measure === 'right' ? s?.right?.share : s?.f1?.[q.measure].f1;
      return now !== undefined && Math.abs(now - quoted) >= 0.05;
    });
    return [
      `${q.source} quote other figures for the ${set.label} (${MEASURE_NAMES[q.measure]}, %): ${pairs.join('; ')}.` +
        (differs
          ? ' They come from another judging than `eval/timex/cases.ts`, which counts a case right only when the values over its' +
            ' expression are exactly the expected ones and nothing else; where the same library version differs, the judging is what' +
            ' differs, so the quoted figures are not comparable with the table\'s.'
          : ''),
    ];
  });
}

/** Each system's share of cases right per suite of the peer sets, one line per system. */
function suiteLines(results: TimexResults): string[] {
  return Object.values(results.results).flatMap((set) =>
    Object.entries(set.systems).flatMap(([name, s]) => {
      const bySuite = s.right?.bySuite;
      return bySuite ? [`- ${name}: ${Object.entries(bySuite).map(([suite, share]) => `${suite} ${fixed(share, 1)}%`).join(', ')}`] : [];
    }),
  );
}

function timexSection(results: TimexResults): string {
  const quoted = quotedNotes(results);
  const suites = suiteLines(results);
  return [
    '## Temporal tagging',
    '',
    `\`${results.command}\` runs Newsline's tagger, chrono-node and compromise-dates (the peers are installed in`,
    '`eval/node_modules` only) on every set of the data folder\'s `timex/` and writes `eval/results/timex.json`.',
    `Scoring: ${results.scorer}. Intervals: ${results.interval}.`,
    'The rules were developed on the sets marked dev alone; the test sets are run to report, and their errors are never',
    'written out. How the scorer aligns timexes, and how the peers\' output is turned into TimeML values:',
    '[eval/timex/README.md](../eval/timex/README.md). Many of the strict-span errors left on train are where TimeBank',
    'and AQUAINT draw the same expression differently ("earlier this week" or "this week", "Friday night" or "Friday").',
    '',
    'F1 in % on the annotated sets (TempEval-3 Task A), and on the peer libraries\' own test suites the share of cases',
    'right, % (a case is right when the values of the timexes over its expression are exactly the expected ones); each',
    'with its 95% interval; ms/doc is the time per document (per case) of the run. Published figures exist for the',
    'TempEval-3 platinum set alone (the other sets are cut or mapped from their originals). Goals are issue 20\'s:',
    '',
    table(['set', 'split', 'system', ...TIMEX_MEASURES, 'cases right', 'goal', 'ms/doc'], timexTableRows(results)),
    '',
    'Against the goals (a goal inside the interval is not settled by this run: another draw of documents of the same',
    'kind could fall on its other side):',
    '',
    ...timexVerdicts(results),
    ...(suites.length ? ['', 'Cases right per suite:', '', ...suites] : []),
    ...(quoted.length ? ['', ...quoted] : []),
  ].join('\n');
}

/** The README's table: each set's value F1 (cases right on the peer suites) per system, with HeidelTime's. */
export function readmeTimexTable(results: TimexResults): string {
  const sets = Object.values(results.results);
  const systems = [...new Set(sets.flatMap((set) => Object.keys(set.systems)))];
  const published = [...new Set(sets.flatMap((set) => (set.published ?? []).filter((p) => p.f1.value !== undefined).map((p) => p.name)))];
  const rows = sets.map((set) => {
    const cell = (s: SystemFigures | undefined): string =>
      s?.right ? `${withInterval(s.right.share, s.right.low, s.right.high)}% right` : s?.f1 ? f1WithInterval(s.f1.value) : '–';
    const pub = published.map((name) => {
      const v = set.published?.find((p) => p.name === name)?.f1.value;
      return v === undefined ? '–' : fixed(v, 2);
    });
    return [setCell(set), splitCell(set), goalsCell(set.goals), ...systems.map((name) => bold(cell(set.systems[name]), name === 'Newsline')), ...pub];
  });
  return table(['set', 'split', 'goal', ...systems, ...published], rows);
}

function isSystem(entry: SummEntry): entry is SummSystem {
  return 'msPerDoc' in entry;
}

/** `—` for a split the set does not have (cnndm_val500 is development data only: it has no test split). */
function rougeCell(r: Rouge | undefined): string {
  if (!r) return '—';
  return `${fixed(r.r1, 2)} / ${fixed(r.r2, 2)} / ${fixed(r.rL, 2)} / ${fixed(r.rLsum, 2)}`;
}

function marginCell(m: Margin): string {
  return `${m.mean >= 0 ? '+' : ''}${fixed(m.mean, 2)} [${fixed(m.low, 2)}, ${fixed(m.high, 2)}]`;
}

function systemLabel(name: string, s: SummSystem): string {
  const problems = [s.timeouts ? `${s.timeouts} timeout${s.timeouts > 1 ? 's' : ''}` : '', s.errors ? `${s.errors} error${s.errors > 1 ? 's' : ''}` : ''].filter(Boolean);
  return problems.length ? `${name} (${problems.join(', ')})` : name;
}

function summSection(results: SummResults): string {
  const systemRows: string[][] = [];
  const marginRows: string[][] = [];
  for (const [setKey, systems] of Object.entries(results.results)) {
    const setName = SUMM_SET_NAMES[setKey] ?? setKey;
    for (const [name, entry] of Object.entries(systems)) {
      if (isSystem(entry)) {
        const isNewsline = name === 'Newsline';
        systemRows.push([setName, bold(systemLabel(name, entry), isNewsline), bold(rougeCell(entry.test), isNewsline), bold(rougeCell(entry.whole), isNewsline), fixed(entry.whole.words, 1), fixed(entry.msPerDoc, 2)]);
      } else if (name.startsWith(MARGIN_PREFIX)) {
        for (const split of SPLITS.filter((sp) => entry[sp])) marginRows.push([setName, `over ${name.slice(MARGIN_PREFIX.length)}`, split, marginCell(entry[split].r1), marginCell(entry[split].r2)]);
      }
    }
  }
  const goalEntry = results.results[SUMM_GOAL.set]?.Newsline;
  const goal = goalEntry && isSystem(goalEntry)
    ? (['test', 'whole'] as const).map((split) => {
        const r = goalEntry[split];
        const met = r.r1 >= SUMM_GOAL.r1 && r.r2 >= SUMM_GOAL.r2;
        return `the ${split === 'test' ? 'test split' : 'whole file'} ${fixed(r.r1, 2)} / ${fixed(r.r2, 2)}, ${met ? 'met' : 'not met'}`;
      })
    : [];
  return [
    '## Summaries',
    '',
    `\`${results.command}\` scores LEAD, Newsline and the npm summarizers (installed in \`eval/node_modules\` only) on`,
    'the CNN/DailyMail test articles (`cnndm_test.jsonl`) and the BBC articles (`bbc.jsonl`) of the data folder\'s `summ/`,',
    'and writes `eval/results/summ.json`.',
    '',
    `- ROUGE: ${results.rouge} (\`eval/summ/rouge.ts\`, which reproduces the published LEAD-3 and LEAD-k figures of`,
    '  these sets to 0.01).',
    `- Splits: ${results.splits}. The scorer's weights are learned on dev (\`node out/eval/summ/tune.js\`); test is for`,
    '  reporting.',
    `- Summary length: ${results.summaryLength}.`,
    `- Newsline's input: ${results.newslineInput}.`,
    `- Peers run in a child process with a ${results.peerTimeoutMs / 1000} s limit per document; a timeout or an error`,
    '  scores 0.',
    '',
    'ROUGE-1 / ROUGE-2 / ROUGE-L / ROUGE-Lsum; words is the mean length of a summary over the whole file, ms/doc the',
    'time per document of that run:',
    '',
    table(['set', 'system', 'test split', 'whole file', 'words', 'ms/doc'], systemRows),
    '',
    'Newsline\'s margin over the LEAD baseline, ROUGE-1 and ROUGE-2, with a 95% paired bootstrap interval (10,000',
    'seeded resamples of the articles, `eval/bootstrap.ts`). An interval that holds 0 cannot tell the two apart:',
    '',
    table(['set', 'margin', 'split', 'ROUGE-1', 'ROUGE-2'], marginRows),
    '',
    goal.length ? `The goal on ${SUMM_SET_NAMES[SUMM_GOAL.set]} is ROUGE-1 ${SUMM_GOAL.r1} and ROUGE-2 ${SUMM_GOAL.r2}: ${goal.join('; ')}.` : '',
    'What was tried on dev, kept or left out, and why the model is what it is: [eval/summ/NOTES.md](../eval/summ/NOTES.md).',
  ].join('\n');
}

const EXTRACTOR_NAMES: Readonly<Record<string, string>> = { newsline: 'Newsline', 'whole-page': 'whole page (no extraction)' };

function htmlSection(results: HtmlResults): string {
  const splitNames = Object.keys(results.splits);
  const extractors = [...new Set(splitNames.flatMap((s) => Object.keys(results.splits[s].extraction)))];
  const extractionRows = extractors.map((key) => {
    const isNewsline = key === 'newsline';
    return [
      bold(EXTRACTOR_NAMES[key] ?? key, isNewsline),
      ...splitNames.map((s) => {
        const e = results.splits[s].extraction[key];
        return e ? bold(`${fixed(e.f1, 3)} (${fixed(e.precision, 3)} / ${fixed(e.recall, 3)})`, isNewsline) : '';
      }),
    ];
  });
  const extractionPages = splitNames.map((s) => `${s} ${Object.values(results.splits[s].extraction)[0]?.pages ?? 0} pages`);
  const { pages: publishedPages, ...published } = results.published;
  const publishedList = Object.entries(published).map(([name, f1]) => `${name} ${fixed(f1, 3)}`).join(', ');

  type Measure = [string, (p: PageFigures) => string];
  const measures: readonly Measure[] = [
    ['pages', (p) => count(p.pages)],
    ['summary sentences from the article', (p) => `${percent(p.summaryPrecision)} of ${count(p.summarySentences)}`],
    ['pages whose whole summary is article text', (p) => `${count(p.pagesWithAllSummaryFromArticle)} of ${count(p.pages)}`],
    ['timeline entries from the article', (p) => `${percent(p.timelinePrecision)} of ${count(p.timelineEntries)}`],
    ['timeline entries from outside it, per page (most on a page)', (p) => `${fixed(p.timelineOutsidePerPage, 2)} (${p.timelineOutsideMax})`],
    ['reference date equal to the page\'s published date', (p) => `${p.referenceDate.goldEqual} of ${p.referenceDate.goldPages}`],
    ['reference date within a day of the date in the URL', (p) => `${p.referenceDate.urlDateWithinOneDay} of ${p.referenceDate.urlDatePages}`],
    ['no date found (today used)', (p) => `${p.referenceDate.fellBackToToday} of ${p.pages}`],
    ['ms per page, median (slowest)', (p) => `${fixed(p.msPerPage.median, 1)} (${fixed(p.msPerPage.max, 1)})`],
  ];
  const pageRows = measures.map(([label, show]) => [label, ...splitNames.flatMap((s) => [show(results.splits[s].article), show(results.splits[s].wholePage)])]);

  return [
    '## Web pages',
    '',
    `\`npm run eval:html\` runs on ${results.data}, split into dev (to develop on) and test (to report), and writes`,
    '`eval/results/html.json`.',
    `Method: ${results.method}`,
    '',
    `Extraction of the article's text from the page, F1 (precision / recall), ${extractionPages.join(', ')}:`,
    '',
    table(['extractor', ...splitNames], extractionRows),
    '',
    `Published F1 on the benchmark's ${publishedPages} pages: ${publishedList}.`,
    '',
    'What reaches the summary and the timeline when the article found in the page is analysed, and when the whole page',
    'is (the panel\'s whole-page control, the CLI\'s `--whole-page`):',
    '',
    table(['measure', ...splitNames.flatMap((s) => [`${s}: article`, `${s}: whole page`])], pageRows),
  ].join('\n');
}

export function evaluationPage(timex: TimexResults, summ: SummResults, html: HtmlResults): string {
  return [
    generatedNotice(['`eval/results/timex.json`', '`eval/results/summ.json`', '`eval/results/html.json`']),
    '',
    '# Evaluation',
    '',
    'How well Newsline tags dates, summarises and finds the article in a web page, beside the libraries a developer',
    'would otherwise use. Every figure below comes from the last run of the command named in its section; to refresh',
    'the page after a run, `npm run docs`. Development data and test data are kept apart: the rules and weights were',
    'tuned on the dev sets and splits alone, and the test figures are reported, never tuned on.',
    '',
    timexSection(timex),
    '',
    summSection(summ),
    '',
    htmlSection(html),
    '',
  ].join('\n');
}
