// docs/performance.md and docs/scale.md: speed, growth, memory and the worker, written from bench/latest.json
// (`npm run bench`).
import * as path from 'path';
import type { BatchFigures } from '../../bench/batch';
import { formatSpread, type GoalRow, type Spread } from '../../bench/stats';
import { count, fixed, generatedNotice, table } from './markdown';

interface MemoryRun {
  readonly what: string;
  readonly bytes: number;
  readonly rssBaseline: number;
  readonly peakRss: number;
  readonly analysisMs: number;
}

interface EventLoopFigures {
  readonly maxDelayMs: Spread;
  readonly p99DelayMs: Spread;
  readonly wallMs: Spread;
}

export interface BenchResults {
  readonly date: string;
  readonly command: string;
  readonly machine: { readonly cpus: number; readonly cpu: string; readonly node: string };
  readonly data: { readonly file: string; readonly articles: number; readonly words: number; readonly split: string };
  readonly quick: boolean;
  readonly goals: readonly GoalRow[];
  readonly perArticle: Readonly<Record<'readDocMsPerArticle' | 'analyzeMsPerArticle' | 'readDocMsPer1000Words' | 'analyzeMsPer1000Words' | 'winkReadingMsPerArticle' | 'winkReadingRatio' | 'ratio', Spread>>;
  readonly stages: { readonly steps: readonly { readonly name: string; readonly share: Spread }[]; readonly totalMsPerArticle: number };
  readonly peers: {
    readonly summarizers: readonly { readonly name: string; readonly medianMsPerArticle: number; readonly completed: number; readonly timedOut: number; readonly failed: number }[];
    readonly fastest: string;
    readonly articles: number;
    readonly chronoMsPerArticle: Spread;
    readonly summarizerMsPerArticle: Spread;
    readonly newslineMsPerArticle: Spread;
    readonly ratio: Spread;
  };
  readonly growth: readonly { readonly label: string; readonly analyzeMs: Spread; readonly analyzeMsPerKb: Spread; readonly readDocMsPerKb: Spread }[];
  readonly memory: readonly MemoryRun[];
  readonly memoryFloor: readonly MemoryRun[];
  readonly firstAnalysis: readonly { readonly nodeStartMs: number; readonly loadMs: number; readonly analysisMs: number; readonly firstAnalysisMs: number; readonly words: number }[];
  readonly runner: {
    readonly inlineLimit: number;
    readonly threshold: readonly { readonly chars: number; readonly inlineMs: Spread; readonly workerMs: Spread }[];
    readonly eventLoop5MB: { readonly inline: EventLoopFigures; readonly worker: EventLoopFigures };
  };
  /** Absent from runs made before the streaming batch. */
  readonly batch?: BatchFigures;
}

const SOURCE = '`bench/latest.json`';
const MB = 1024 * 1024;

function verdict(pass: boolean | null): string {
  return pass === null ? '—' : pass ? 'yes' : 'no';
}

/** The run this page reports: when, on what machine, on which data. */
function runLine(b: BenchResults): string {
  const quick = b.quick ? ' A quick run (`--quick`: fewer repetitions).' : '';
  return `Last run: ${b.date.slice(0, 10)}, ${b.machine.cpus} ${b.machine.cpu} cores, Node ${b.machine.node.replace(/^v/, '')};`
    + ` CNN/DM-500 = the ${count(b.data.articles)} articles (${count(b.data.words)} words) of \`${path.basename(b.data.file)}\`.${quick}`
    + ' Figures are medians with (min–max, n = runs).';
}

function ms(s: Spread): string {
  return formatSpread(s, 2, ' ms');
}

export function performancePage(b: BenchResults): string {
  const goals = table(['measure', 'goal', 'measured', 'met', 'how'], b.goals.map((g) => [
    g.measure,
    g.goal,
    g.value ? formatSpread(g.value, g.unit === ' ms' ? 1 : 2, g.unit) : '—',
    verdict(g.pass),
    g.note,
  ]));
  const per = b.perArticle;
  const perArticle = table(['what', 'per article', 'per 1,000 words'], [
    ['Newsline `analyze()` (summary and timeline)', ms(per.analyzeMsPerArticle), ms(per.analyzeMsPer1000Words)],
    ['wink-nlp `readDoc` alone', ms(per.readDocMsPerArticle), ms(per.readDocMsPer1000Words)],
    ['`readDoc` and reading its tokens back (`readWithWink`)', `${ms(per.winkReadingMsPerArticle)}, ${formatSpread(per.winkReadingRatio, 2, '×')} \`readDoc\``, ''],
    ['`analyze()` / `readDoc`', formatSpread(per.ratio, 2, '×'), ''],
  ]);
  const stages = table(['step of `analyze()`', 'share of its time'], b.stages.steps.map((s) => [s.name, formatSpread(s.share, 1, '%')]));
  const peers = b.peers;
  const peerTable = table(['summarizer', 'ms per article (median)', 'finished', 'timed out', 'failed'], peers.summarizers.map((s) => [
    s.name, fixed(s.medianMsPerArticle, 2), count(s.completed), count(s.timedOut), count(s.failed),
  ]));
  const first = table(['run', 'node start', 'bundle load', 'first analysis', 'load + analysis'], b.firstAnalysis.map((f, i) => [
    String(i + 1), fixed(f.nodeStartMs, 0), fixed(f.loadMs, 0), fixed(f.analysisMs, 0), fixed(f.firstAnalysisMs, 0),
  ]));
  return [
    generatedNotice([SOURCE]),
    '',
    '# Performance',
    '',
    `\`${b.command}\` (\`node --expose-gc out/bench/run.js [dataDir] [--quick]\`) measures each speed goal side by side in`,
    'one run and writes `bench/latest.json`; this page is written from that file by `npm run docs`. The activation and',
    'panel rows come from the end-to-end run\'s `test-results/` (`npm run test:timing`), which the benchmark reads when',
    'it is there. Growth, memory and the worker thread are on [scale.md](scale.md).',
    '',
    runLine(b),
    '',
    '## Goals',
    '',
    goals,
    '',
    '## Per article',
    '',
    'Each timed pass starts after a full garbage collection, so no pass pays for the garbage of the one before it.',
    'The machine\'s speed drifts between runs, and a ratio of two timings taken in the same run drifts less than',
    'either: compare ratios, and compare a change against a run made just before it.',
    '',
    perArticle,
    '',
    'wink-nlp\'s `readDoc` is the floor of any analysis built on it; the engine cannot use it without reading its tokens',
    'back out (text, tags, word ids, sentence spans), which is what `readWithWink` times. Everything Newsline adds',
    '(markup, sentence classes, date rules, scoring, the timeline) is the rest of `analyze()`.',
    '',
    '## Where the time goes',
    '',
    `Shares of \`analyze()\`'s time, the pipeline's steps timed on their modules' exports (\`bench/stages.ts\`), so the real`,
    `\`analyze()\` is measured; ${fixed(b.stages.totalMsPerArticle, 2)} ms per article with the timers in place:`,
    '',
    stages,
    '',
    'Because wall-clock figures drift on a shared machine, work on speed is also checked in instructions, which do not:',
    'valgrind\'s cachegrind on `node --single-threaded`, counting 300 analyses of 100 CNN/DM articles after a first pass',
    'that compiles the code. Those counts are not in `bench/latest.json`; a commit that changes them gives them in its',
    'message.',
    '',
    '## Against the npm libraries',
    '',
    `What a developer would otherwise combine: chrono-node for the dates and the fastest npm summarizer (${peers.fastest}),`,
    `in one process, on the ${count(peers.articles)} articles every summarizer finished (each summarizer runs in a child`,
    'process with a time limit first, to find them):',
    '',
    table(['what', 'ms per article'], [
      ['chrono-node', ms(peers.chronoMsPerArticle)],
      [peers.fastest, ms(peers.summarizerMsPerArticle)],
      ['Newsline `analyze()`', ms(peers.newslineMsPerArticle)],
      ['(chrono-node + summarizer) / Newsline', formatSpread(peers.ratio, 2, '×')],
    ]),
    '',
    peerTable,
    '',
    '## First analysis',
    '',
    `A fresh Node process loads the engine's bundle and analyses ${count(b.firstAnalysis[0]?.words ?? 0)} words, model load`,
    'included (ms; node\'s own start is not counted):',
    '',
    first,
    '',
  ].join('\n');
}

function memoryRows(runs: readonly MemoryRun[], label: string): string[][] {
  return runs.map((r) => [
    label,
    fixed(r.rssBaseline / MB, 0),
    fixed(r.peakRss / MB, 0),
    `${fixed((r.peakRss - r.rssBaseline) / r.bytes, 1)}×`,
    fixed(r.analysisMs, 0),
  ]);
}

/** The batch section: its figures when this run has them, and how to spread an archive over machines. */
function batchSection(b: BenchResults): string[] {
  const figures = b.batch
    ? [
      table(['what', 'articles', 'input', 'jobs', 'time', 'articles/s', 'peak RSS'], [
        ...b.batch.throughput.map((t) => ['throughput', count(t.articles), `${fixed(t.inputMB, 0)} MB`, String(t.jobs), `${fixed(t.seconds, 1)} s`, fixed(t.articlesPerSecond, 1), `${fixed(t.peakRssMB, 0)} MB`]),
        ...b.batch.memory.map((t) => ['memory', count(t.articles), `${fixed(t.inputMB, 0)} MB`, String(t.jobs), `${fixed(t.seconds, 1)} s`, fixed(t.articlesPerSecond, 1), `${fixed(t.peakRssMB, 0)} MB`]),
      ]),
      '',
      `Two jobs run ${fixed(b.batch.speedup, 2)}× as fast as one on ${b.batch.cores} cores (load average before: ${b.batch.loadBefore.map((x) => fixed(x, 2)).join(', ')}).`,
    ]
    : ['This run has no batch figures (it was made before the streaming batch); `npm run bench:batch` measures them alone.'];
  return [
    '## Archives: the CLI batch',
    '',
    '`newsline analyze --jsonl FILE --jobs N` reads one JSON object a line and writes one analysis a line, in the same',
    'order, streaming: at most 16 lines a job are read ahead of the output, so memory stays flat in the file\'s size.',
    'The bundled CLI (`dist/cli.js`) on CNN/DM-500 repeated to the given number of articles, output discarded; peak',
    'RSS is the whole process, worker threads included (Linux `VmHWM`):',
    '',
    ...figures,
    '',
    '### Across machines',
    '',
    'Each line is analysed on its own, so an archive shards by lines with any engine that splits JSON Lines. With GNU',
    'parallel over ssh (each host with Node.js and `newsline` on its PATH, `npm install -g newsline.tgz` or the',
    'repository\'s `dist/cli.js`), keeping the input order:',
    '',
    '```sh',
    'parallel --pipepart -a archive.jsonl --block 50M --keep-order -S host1,host2,host3 \\',
    '  newsline analyze --jsonl - --jobs 2 > analyses.jsonl',
    '```',
    '',
    'In Spark, as a step of a job over the same file (`newsline` installed on every executor):',
    '',
    '```python',
    'sc.textFile("hdfs:///archive/*.jsonl").pipe("newsline analyze --jsonl - --jobs 1").saveAsTextFile("hdfs:///analyses")',
    '```',
    '',
    'A line that fails is reported on the command\'s stderr by its line number within its shard, and the command exits',
    '1; every output line carries its input\'s `id` (the line number when it has none, so give ids before sharding).',
    '',
  ];
}

export function scalePage(b: BenchResults): string {
  const growth = table(['text', 'analysis', 'ms per KB', '`readDoc` ms per KB'], b.growth.map((g) => [
    g.label, formatSpread(g.analyzeMs, 1, ' ms'), formatSpread(g.analyzeMsPerKb, 3), formatSpread(g.readDocMsPerKb, 3),
  ]));
  const memory = table(['what', 'RSS before (MB)', 'peak RSS (MB)', 'peak beyond that, × the text', 'ms'], [
    ...memoryRows(b.memory, 'Newsline `analyze()`'),
    ...memoryRows(b.memoryFloor, 'wink-nlp `readDoc` alone, keeping nothing'),
  ]);
  const threshold = table(['characters', 'inline', 'in the worker'], b.runner.threshold.map((t) => [
    count(t.chars), formatSpread(t.inlineMs, 1, ' ms'), formatSpread(t.workerMs, 1, ' ms'),
  ]));
  const loop = b.runner.eventLoop5MB;
  const eventLoop = table(['5 MB analysed', 'longest event-loop delay', '99th percentile delay', 'wall time'], (['inline', 'worker'] as const).map((where) => [
    where === 'inline' ? 'on the calling thread' : 'in the worker',
    formatSpread(loop[where].maxDelayMs, 0, ' ms'),
    formatSpread(loop[where].p99DelayMs, 0, ' ms'),
    formatSpread(loop[where].wallMs, 0, ' ms'),
  ]));
  return [
    generatedNotice([SOURCE]),
    '',
    '# Scale',
    '',
    'How time and memory grow with the text, and what the worker thread buys. From the same `npm run bench` run as',
    '[performance.md](performance.md), written by `npm run docs`.',
    '',
    runLine(b),
    '',
    '## Growth',
    '',
    'Synthetic articles of each size, built from CNN/DM text. Time per KB should stay flat: no input makes a step',
    'slower than linear. Texts over 128K characters are read by wink-nlp in chunks of about 64K cut at blank lines.',
    '',
    growth,
    '',
    '## Memory',
    '',
    'Peak resident memory of a child process analysing 5 MB, against its resident memory with the model loaded',
    'before the text is read. The peak is set while the text is read: wink-nlp\'s `readDoc` alone, keeping nothing,',
    'is the floor; much of it is garbage that V8 collects late, and an extension cannot force collections in VS Code\'s',
    'extension host.',
    '',
    memory,
    '',
    '## The worker thread',
    '',
    `Documents over ${count(b.runner.inlineLimit)} characters are analysed in a worker thread, off the extension host's main`,
    'thread. Time of one analysis, inline and through the worker (its start and the copy of the result included):',
    '',
    threshold,
    '',
    'How long the calling thread\'s event loop is held while 5 MB is analysed:',
    '',
    eventLoop,
    '',
    ...batchSection(b),
  ].join('\n');
}
