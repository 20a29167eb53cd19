// `npm run bench:whole`: the whole-process CLI batch against the floor of any engine built on wink-nlp, each a fresh
// Node process on the same JSON Lines file (CNN/DM-500), output discarded. The CLI is `node dist/cli.js analyze
// --jsonl FILE --jobs 1` (one thread, as the floor has); the floor (bench/floorChild.ts) is a process that loads
// wink-nlp and its model, reads the same lines and calls readDoc on each text, nothing else. Node's start and the
// model's load are in both.
// Runs alternate so that drift on a shared machine favours neither; with --instructions both are also counted by
// valgrind (cachegrind, `node --single-threaded`), which does not drift.
//   node out/bench/wholeProcess.js [DATA_DIR] [--runs N] [--instructions]
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

const commands = (file: string): Record<'cli' | 'floor', string[]> => ({
  cli: [CLI, 'analyze', '--jsonl', file, '--jobs', '1'],
  floor: [path.join(__dirname, 'floorChild.js'), file],
});

function seconds(args: string[]): number {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function instructions(args: string[]): number {
  const run = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--single-threaded', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const refs = /I\s+refs:\s+([\d,]+)/.exec(run.stderr ?? '')?.[1];
  if (run.status !== 0 || !refs) throw new Error(`valgrind exited ${run.status}: ${(run.stderr ?? '').slice(-2000)}`);
  return Number(refs.replace(/,/g, ''));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main(argv: readonly string[]): void {
  const at = argv.indexOf('--runs');
  const runs = at >= 0 ? Number(argv[at + 1]) : 5;
  const dataDir = path.resolve(argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--runs') ?? path.join(REPO_ROOT, '..', 'shared', 'eval'));
  const file = path.join(dataDir, 'summ', 'cnndm_test.jsonl');
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const cmd = commands(file);
  const cli: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      base.push(seconds(cmd.floor));
      cli.push(seconds(cmd.cli));
    } else {
      cli.push(seconds(cmd.cli));
      base.push(seconds(cmd.floor));
    }
  }
  const ratios = cli.map((c, i) => c / base[i]);
  const f = (x: number) => x.toFixed(2);
  process.stdout.write(`CLI batch ${f(median(cli))} s, wink-nlp readDoc process ${f(median(base))} s (medians of ${runs}); ratio ${f(median(ratios))}x (${f(Math.min(...ratios))}-${f(Math.max(...ratios))})\n`);
  if (argv.includes('--instructions')) {
    const c = instructions(cmd.cli);
    const b = instructions(cmd.floor);
    process.stdout.write(`instructions: CLI batch ${c.toLocaleString('en-US')}, readDoc process ${b.toLocaleString('en-US')}; ratio ${(c / b).toFixed(3)}x\n`);
  }
}

if (require.main === module) main(process.argv.slice(2));
