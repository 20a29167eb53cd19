// `npm run bench:instructions`: instructions per analysis, counted by valgrind (cachegrind, no cache simulation) on
// `node --single-threaded`, which do not drift with the machine's load as timings do. Two counted processes load the
// engine and the model and analyse the first 100 CNN/DM-500 articles once (compiling the code); one stops there, the
// other then analyses them PASSES more times. The difference over 100 × PASSES is the figure: instructions per
// analysis of a warm engine, the model's load and the first pass cancelled out.
// With --stages, each step's share of those instructions too: a step's instructions are those a run that calls it
// twice per analysis (the first result thrown away) counts over a plain run, so no timer and no load sways them.
//   node out/bench/instructions.js [DATA_DIR] [--passes N] [--stages]      (needs valgrind on the PATH)
import { spawn } from 'child_process';
import * as path from 'path';
import articleModule = require('../src/core/article');
import referenceDateModule = require('../src/core/referenceDate');
import summarizeModule = require('../src/core/summarize');
// The tagger's own module: `temporal/index` re-exports it through a getter, which cannot be replaced.
import taggerModule = require('../src/core/temporal/tagger');
import timelineModule = require('../src/core/timeline');
import { analyze } from '../src/core/analyze';
import { getNlp } from '../src/core/nlp';
import { loadCnndm } from './corpus';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const ARTICLES = 100;

type AnyFunction = (...args: never[]) => unknown;

/** The steps --stages counts, each by the module export analyze() calls it through. */
const STAGES: Record<string, () => [object, string]> = {
  readDoc: () => [getNlp(), 'readDoc'],
  readArticle: () => [articleModule, 'readArticle'],
  resolveReferenceDate: () => [referenceDateModule, 'resolveReferenceDate'],
  tagTimexes: () => [taggerModule, 'tagTimexes'],
  summarize: () => [summarizeModule, 'summarize'],
  buildTimeline: () => [timelineModule, 'buildTimeline'],
};

/** Makes `module[name]` run twice per call, returning the second result. */
function doubled(module: object, name: string): void {
  const target = module as Record<string, AnyFunction>;
  const original = target[name];
  if (typeof original !== 'function') throw new Error(`instructions: ${name} is not a function`);
  target[name] = function twice(this: unknown, ...args: never[]) {
    original.apply(this, args);
    return original.apply(this, args);
  };
  if (target[name] === original) throw new Error(`instructions: cannot wrap ${name}`);
}

/** The counted process: a first pass, then `passes` more; `stage` (if any) runs twice per call. */
function child(dataDir: string, passes: number, stage?: string): void {
  if (stage) {
    const [module, name] = STAGES[stage]();
    doubled(module, name);
  }
  const texts = loadCnndm(dataDir)
    .slice(0, ARTICLES)
    .map((a) => a.text);
  let sentences = 0;
  for (let pass = 0; pass <= passes; pass++) for (const t of texts) sentences += analyze(t).summary.length;
  process.stdout.write(`${sentences}\n`);
}

/** Instructions valgrind counted in a child run with `passes` passes after the first. */
function count(dataDir: string, passes: number, stage?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const args = ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--single-threaded', __filename, '--child', dataDir, String(passes), ...(stage ? [stage] : [])];
    const run = spawn('valgrind', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    run.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-20000)));
    run.on('error', reject);
    run.on('exit', (code) => {
      const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr)?.[1];
      if (code !== 0 || !refs) reject(new Error(`valgrind failed (exit ${code}): ${stderr.slice(-2000)}`));
      else resolve(Number(refs.replace(/,/g, '')));
    });
  });
}

async function main(argv: readonly string[]): Promise<void> {
  const dataDir = path.resolve(argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--passes') ?? path.join(REPO_ROOT, '..', 'shared', 'eval'));
  const at = argv.indexOf('--passes');
  const passes = at >= 0 ? Number(argv[at + 1]) : 3;
  // The two counts are independent: on two cores they run side by side.
  const [base, full] = await Promise.all([count(dataDir, 0), count(dataDir, passes)]);
  const per = (full - base) / (ARTICLES * passes);
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  process.stdout.write(`load + first pass: ${fmt(base)} instructions; with ${passes} more passes: ${fmt(full)}\n`);
  process.stdout.write(`instructions per analysis (${ARTICLES} CNN/DM-500 articles x ${passes}): ${fmt(per)}\n`);
  if (!argv.includes('--stages')) return;
  let counted = 0;
  for (const stage of Object.keys(STAGES)) {
    const [b, f] = await Promise.all([count(dataDir, 0, stage), count(dataDir, passes, stage)]);
    const own = (f - b) / (ARTICLES * passes) - per;
    // readDoc runs inside readArticle: only readArticle's count goes into the sum.
    if (stage !== 'readDoc') counted += own;
    process.stdout.write(`  ${stage}: ${fmt(own)} (${((100 * own) / per).toFixed(1)}%)\n`);
  }
  process.stdout.write(`  other (checks, notices, output): ${fmt(per - counted)} (${((100 * (per - counted)) / per).toFixed(1)}%)\n`);
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') child(argv[1], Number(argv[2]), argv[3]);
  else
    main(argv).catch((e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    });
}
