// `npm run docs`: writes docs/evaluation.md, docs/performance.md, docs/scale.md and the README's date-tagging table
// from the figures the evaluations and the benchmark left in eval/results/*.json and bench/latest.json, so that no
// figure in docs/ or the README is copied by hand. `--check` writes nothing and exits 1 when a page differs from what the results give.
//   node out/eval/docs/run.js [--check]
import * as fs from 'fs';
import * as path from 'path';
import { performancePage, scalePage, type BenchResults } from './bench';
import { evaluationPage, readmeTimexTable, type HtmlResults, type SummResults, type TimexResults } from './evaluation';
import { replaceBlock } from './markdown';

/** The repository's root, from out/eval/docs/ where this file runs compiled. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

function readJson<T>(root: string, file: string): T {
  return JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as T;
}

/** Each generated page (path under the root → its text), from the results committed under `root`. */
export function renderDocs(root: string): Map<string, string> {
  const bench = readJson<BenchResults>(root, 'bench/latest.json');
  const timex = readJson<TimexResults>(root, 'eval/results/timex.json');
  const pages = new Map([
    ['docs/evaluation.md', evaluationPage(
      timex,
      readJson<SummResults>(root, 'eval/results/summ.json'),
      readJson<HtmlResults>(root, 'eval/results/html.json'),
    )],
    ['docs/performance.md', performancePage(bench)],
    ['docs/scale.md', scalePage(bench)],
  ]);
  // The README's date-tagging table, between its timex-table markers (a root without a README has no such page).
  const readme = path.join(root, 'README.md');
  const withTable = fs.existsSync(readme) ? replaceBlock(fs.readFileSync(readme, 'utf8'), 'timex-table', readmeTimexTable(timex)) : undefined;
  if (withTable !== undefined) pages.set('README.md', withTable);
  return pages;
}

/** The generated pages whose file under `root` is missing or differs from what the results give. */
export function staleDocs(root: string): string[] {
  return [...renderDocs(root)].filter(([file, text]) => {
    const full = path.join(root, file);
    return !fs.existsSync(full) || fs.readFileSync(full, 'utf8') !== text;
  }).map(([file]) => file);
}

function main(args: readonly string[]): number {
  if (args.includes('--check')) {
    const stale = staleDocs(REPO_ROOT);
    for (const file of stale) console.error(`${file} is not what the results give; run npm run docs`);
    return stale.length ? 1 : 0;
  }
  for (const [file, text] of renderDocs(REPO_ROOT)) {
    fs.mkdirSync(path.dirname(path.join(REPO_ROOT, file)), { recursive: true });
    fs.writeFileSync(path.join(REPO_ROOT, file), text);
    console.log(`wrote ${file}`);
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
