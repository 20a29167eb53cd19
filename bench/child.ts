// Measurements that need a process of their own: peak memory (RSS only grows, so each measurement needs a fresh
// process) and the first analysis in a fresh process, model load included. Prints one JSON object on stdout.
//   node out/bench/child.js memory DATA_DIR CHARS          (memory-readDoc: wink-nlp's readDoc alone, the floor)
//   node out/bench/child.js first DATA_DIR WORDS BUNDLE
import { performance } from 'perf_hooks';
import { articleNear, loadCnndm, textOfSize } from './corpus';

export interface MemoryFigures {
  /** `analyze` (the full analysis) or `readDoc` (wink-nlp alone, in the engine's chunks, nothing kept: the floor). */
  readonly what: 'analyze' | 'readDoc';
  readonly chars: number;
  /** UTF-8 bytes of the text. */
  readonly bytes: number;
  /** RSS with node and the engine's code loaded, before the model. */
  readonly rssBeforeModel: number;
  /** RSS with the model loaded and the text in memory, before the analysis. */
  readonly rssBaseline: number;
  /** Peak RSS of the process (getrusage maxrss) after the analysis. */
  readonly peakRss: number;
  readonly analysisMs: number;
}

export interface FirstRunFigures {
  readonly words: number;
  /** Milliseconds from process start to the line before loading the bundle (node's own start-up). */
  readonly nodeStartMs: number;
  /** Loading the bundled engine (the model's code included, the model not yet built). */
  readonly loadMs: number;
  /** The first analysis: the model is built here. */
  readonly analysisMs: number;
  /** load + first analysis: what a fresh extension host pays for its first article. */
  readonly firstAnalysisMs: number;
}

interface BundledWorker {
  handleRequest(request: { id: number; text: string; options: object }): { ok: boolean };
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function memory(dataDir: string, chars: number, what: MemoryFigures['what']): Promise<MemoryFigures> {
  const text = textOfSize(loadCnndm(dataDir), chars);
  const { analyze } = await import('../src/core/analyze');
  const { chunksOf } = await import('../src/core/article');
  const { getNlp } = await import('../src/core/nlp');
  gc();
  const rssBeforeModel = process.memoryUsage().rss;
  analyze('The council met on Friday. It voted to close the quarry on 3 March 2024.');
  gc();
  const rssBaseline = process.memoryUsage().rss;
  const t0 = performance.now();
  if (what === 'analyze') {
    if (analyze(text).sentenceCount === 0) throw new Error('the 5 MB text read as no sentences');
  } else {
    // The anchor of the speed rows, readDoc, on the same chunks the engine reads, keeping nothing.
    let tokens = 0;
    for (const [from, to] of chunksOf(text)) tokens += getNlp().readDoc(text.slice(from, to)).tokens().length();
    if (tokens === 0) throw new Error('readDoc found no tokens in the 5 MB text');
  }
  const analysisMs = performance.now() - t0;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  return { what, chars: text.length, bytes: Buffer.byteLength(text), rssBeforeModel, rssBaseline, peakRss, analysisMs };
}

function first(dataDir: string, words: number, bundle: string): FirstRunFigures {
  const article = articleNear(loadCnndm(dataDir), words);
  const nodeStartMs = performance.now();
  const t0 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engine = require(bundle) as BundledWorker;
  const t1 = performance.now();
  const reply = engine.handleRequest({ id: 1, text: article.text, options: {} });
  const t2 = performance.now();
  if (!reply.ok) throw new Error('the first analysis failed');
  return { words: article.words, nodeStartMs, loadMs: t1 - t0, analysisMs: t2 - t1, firstAnalysisMs: t2 - t0 };
}

async function main(): Promise<void> {
  const [task, dataDir, arg, bundle] = process.argv.slice(2);
  const result = task === 'memory' || task === 'memory-readDoc' ? await memory(dataDir, Number(arg), task === 'memory' ? 'analyze' : 'readDoc') : task === 'first' ? first(dataDir, Number(arg), bundle) : undefined;
  if (!result) throw new Error(`unknown task ${task}`);
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
