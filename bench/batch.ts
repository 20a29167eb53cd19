// `npm run bench:batch` (also the last step of `npm run bench`): the CLI's streaming JSON Lines batch at archive
// scale, as a newsroom would run it. Throughput of `newsline analyze --jsonl` (the bundled dist/cli.js) with 1 and
// 2 jobs on CNN/DM-500 repeated to 50,000 articles, and its peak resident memory on files of 100 MB and 1 GB
// (goal: under 300 MB and flat). Writes `batch` into bench/latest.json beside the other rows.
//   node out/bench/batch.js [DATA_DIR] [--quick]   --quick: 5,000 articles, files of 10 and 100 MB
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadCnndm, type Article } from './corpus';
import { spreadOf, type GoalRow } from './stats';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const MB = 1024 * 1024;

export interface BatchRun {
  readonly jobs: number;
  readonly articles: number;
  readonly inputMB: number;
  readonly seconds: number;
  readonly articlesPerSecond: number;
  readonly peakRssMB: number;
  /** CPU time of the whole process (all threads), s: unlike wall time, not stretched by other load on the machine. */
  readonly cpuSeconds: number;
  /** CPU time of the main thread (reads, orders and writes every line) per article, ms: the batch's serial part. */
  readonly mainCpuMsPerArticle: number;
}

export interface BatchFigures {
  readonly throughput: readonly BatchRun[];
  /** Two jobs over one, on the same file. */
  readonly speedup: number;
  readonly memory: readonly BatchRun[];
  readonly cores: number;
  readonly loadBefore: readonly number[];
}

/** A JSON Lines file of the articles in turn (ids made unique), until `articles` lines or `bytes` bytes. */
function writeBatchFile(file: string, corpus: readonly Article[], limit: { articles?: number; bytes?: number }): { articles: number; bytes: number } {
  const fd = fs.openSync(file, 'w');
  let articles = 0;
  let bytes = 0;
  try {
    let buffer: string[] = [];
    let buffered = 0;
    while ((limit.articles === undefined || articles < limit.articles) && (limit.bytes === undefined || bytes < limit.bytes)) {
      const a = corpus[articles % corpus.length];
      const line = JSON.stringify({ id: `${a.id}-${articles}`, text: a.text }) + '\n';
      buffer.push(line);
      buffered += line.length;
      bytes += Buffer.byteLength(line);
      articles++;
      if (buffered > 4 * MB) {
        fs.writeSync(fd, buffer.join(''));
        buffer = [];
        buffered = 0;
      }
    }
    fs.writeSync(fd, buffer.join(''));
  } finally {
    fs.closeSync(fd);
  }
  return { articles, bytes };
}

/** Peak resident memory of a process so far, from Linux's /proc (worker threads are in the same process). */
function peakRssMB(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU seconds (user + system) of a process, or of one of its threads, from Linux's /proc. */
function cpuSeconds(pid: number, tid?: number): number | undefined {
  try {
    const stat = fs.readFileSync(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`, 'utf8');
    // Fields after the command name in parentheses (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** Linux's clock ticks a second for /proc times (USER_HZ, 100 on every common platform). */
const CLOCK_TICKS = 100;

/** Runs the batch on `file` with `jobs`, output discarded; wall time and the last peak-memory reading before exit. */
function runCli(file: string, jobs: number, articles: number): Promise<BatchRun> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [CLI, 'analyze', '--jsonl', file, '--jobs', String(jobs)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    let cpu = 0;
    let mainCpu = 0;
    let errors = '';
    child.stderr.on('data', (d: Buffer) => (errors = (errors + d.toString()).slice(-2000)));
    // The last readings before the process exits (the main thread's id is the process's).
    const poll = setInterval(() => {
      peak = Math.max(peak, peakRssMB(child.pid!) ?? 0);
      cpu = cpuSeconds(child.pid!) ?? cpu;
      mainCpu = cpuSeconds(child.pid!, child.pid!) ?? mainCpu;
    }, 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return reject(new Error(`the batch exited ${code}: ${errors}`));
      const inputMB = fs.statSync(file).size / MB;
      resolve({ jobs, articles, inputMB: round(inputMB, 1), seconds: round(seconds, 1), articlesPerSecond: round(articles / seconds, 1), peakRssMB: round(peak, 0), cpuSeconds: round(cpu, 1), mainCpuMsPerArticle: round((mainCpu * 1000) / articles, 3) });
    });
  });
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export async function batchBench(dataDir: string, quick: boolean, log: (line: string) => void): Promise<BatchFigures> {
  const corpus = loadCnndm(dataDir);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsline-bench-batch-'));
  const loadBefore = os.loadavg().map((x) => round(x, 2));
  try {
    const count = quick ? 5_000 : 50_000;
    const file = path.join(dir, 'articles.jsonl');
    writeBatchFile(file, corpus, { articles: count });
    const throughput: BatchRun[] = [];
    for (const jobs of [1, 2]) {
      const run = await runCli(file, jobs, count);
      throughput.push(run);
      log(`  batch, ${jobs} job${jobs > 1 ? 's' : ''}: ${count.toLocaleString('en-US')} articles (${run.inputMB} MB) in ${run.seconds} s, ${run.articlesPerSecond} articles/s, peak RSS ${run.peakRssMB} MB; CPU ${run.cpuSeconds} s, main thread ${run.mainCpuMsPerArticle} ms/article`);
    }
    fs.rmSync(file);
    const memory: BatchRun[] = [];
    for (const size of quick ? [10 * MB, 100 * MB] : [100 * MB, 1024 * MB]) {
      const big = path.join(dir, `size-${size}.jsonl`);
      const { articles } = writeBatchFile(big, corpus, { bytes: size });
      const run = await runCli(big, 2, articles);
      memory.push(run);
      fs.rmSync(big);
      log(`  batch, 2 jobs, ${run.inputMB} MB file (${articles.toLocaleString('en-US')} articles): peak RSS ${run.peakRssMB} MB, ${run.seconds} s`);
    }
    const speedup = round(throughput[1].articlesPerSecond / throughput[0].articlesPerSecond, 2);
    log(`  batch: 2 jobs ${speedup}x 1 job on ${os.cpus().length} cores (goal >= 1.8x on 2 cores); peak RSS ${memory.map((m) => `${m.peakRssMB} MB at ${Math.round(m.inputMB)} MB`).join(', ')} (goal < 300 MB, flat)`);
    return { throughput, speedup, memory, cores: os.cpus().length, loadBefore };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The batch's two rows of the bench's goals table. */
export function batchGoals(batch: BatchFigures): GoalRow[] {
  return [
    {
      measure: `CLI batch, 2 jobs over 1 (${batch.throughput[0].articles.toLocaleString('en-US')} articles)`,
      goal: '≥ 1.8x on 2 cores',
      value: spreadOf([batch.speedup]),
      unit: 'x',
      pass: batch.cores >= 2 ? batch.speedup >= 1.8 : null,
      note: `${batch.throughput.map((t) => `${t.jobs} job${t.jobs > 1 ? 's' : ''} ${t.articlesPerSecond} articles/s`).join(', ')}; ${batch.cores} cores`,
    },
    {
      measure: `CLI batch peak RSS, ${batch.memory.map((m) => `${Math.round(m.inputMB)} MB`).join(' and ')} files`,
      goal: '< 300 MB, flat',
      value: spreadOf(batch.memory.map((m) => m.peakRssMB)),
      unit: ' MB',
      pass: Math.max(...batch.memory.map((m) => m.peakRssMB)) < 300,
      note: batch.memory.map((m) => `${m.peakRssMB} MB at ${Math.round(m.inputMB)} MB (${m.articles.toLocaleString('en-US')} articles, ${m.seconds} s)`).join('; '),
    },
  ];
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const dataDir = path.resolve(argv.find((a) => !a.startsWith('--')) ?? path.join(REPO_ROOT, '..', 'shared', 'eval'));
  const quick = argv.includes('--quick');
  void batchBench(dataDir, quick, (line) => process.stdout.write(line + '\n')).then((figures) => {
    if (quick) return;
    const latest = path.join(REPO_ROOT, 'bench', 'latest.json');
    const all = fs.existsSync(latest) ? (JSON.parse(fs.readFileSync(latest, 'utf8')) as Record<string, unknown>) : {};
    // The goals table's batch rows follow this run, not the full bench run's.
    const goals = Array.isArray(all.goals) ? (all.goals as GoalRow[]).filter((g) => !g.measure.startsWith('CLI batch')).concat(batchGoals(figures)) : undefined;
    fs.writeFileSync(latest, JSON.stringify({ ...all, ...(goals ? { goals } : {}), batch: { date: new Date().toISOString(), command: 'npm run bench:batch', ...figures } }, null, 2) + '\n');
  });
}
