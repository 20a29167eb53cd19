// docs/ is written by `npm run docs` from the committed results: regenerating must give the same bytes, so a figure
// in docs/ cannot be edited by hand or left behind when a run updates eval/results/ or bench/latest.json.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { replaceBlock } from '../../eval/docs/markdown';
import { renderDocs, staleDocs } from '../../eval/docs/run';
import { REPO_ROOT } from './support/fixtures';

const RESULT_FILES = ['eval/results/timex.json', 'eval/results/summ.json', 'eval/results/html.json', 'bench/latest.json'];

/** A copy of the results under a temporary root, with `edit` applied to one file's parsed JSON. */
function resultsWith(file: string, edit: (json: Record<string, unknown>) => void): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsline-docs-'));
  roots.push(root);
  for (const f of RESULT_FILES) {
    fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    const json = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, f), 'utf8')) as Record<string, unknown>;
    if (f === file) edit(json);
    fs.writeFileSync(path.join(root, f), JSON.stringify(json));
  }
  return root;
}

const roots: string[] = [];
after(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

function changedLines(before: string, after: string): string[] {
  const old = new Set(before.split('\n'));
  return after.split('\n').filter((line) => !old.has(line));
}

describe('docs/ generated from the results', () => {
  it('is up to date with eval/results/*.json and bench/latest.json (else run npm run docs)', () => {
    assert.deepStrictEqual(staleDocs(REPO_ROOT), []);
  });

  it('npm run docs -- --check agrees', () => {
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'out', 'eval', 'docs', 'run.js'), '--check'], { encoding: 'utf8' });
    assert.strictEqual(run.status, 0, run.stderr);
  });

  it('shows a changed test-set figure where it belongs, and nothing else changes', () => {
    const root = resultsWith('eval/results/timex.json', (json) => {
      const results = json.results as Record<string, { systems: Record<string, { f1: Record<string, { f1: number }> }> }>;
      results.test.systems.Newsline.f1.strict.f1 = 12.3;
    });
    const before = renderDocs(REPO_ROOT).get('docs/evaluation.md')!;
    const after = renderDocs(root).get('docs/evaluation.md')!;
    const changed = changedLines(before, after);
    assert.ok(changed.some((line) => line.startsWith('| TempEval-3 platinum test, 138 timexes | test, report only | **Newsline** | **12.3 (')), changed.join('\n'));
    assert.ok(changed.some((line) => line.startsWith('- TempEval-3 platinum test (test, report only): strict 12.3 against 85, not met')), changed.join('\n'));
    assert.strictEqual(changed.length, 2, changed.join('\n'));
    assert.strictEqual(renderDocs(root).get('docs/performance.md'), renderDocs(REPO_ROOT).get('docs/performance.md'));
  });

  it('takes the bench goals table from bench/latest.json', () => {
    const root = resultsWith('bench/latest.json', (json) => {
      const goals = json.goals as { measure: string; pass: boolean | null; value?: Record<string, number> }[];
      // A bench run without a packaged .vsix has no value in this row: set a whole one.
      const vsix = goals.find((g) => g.measure === '.vsix size')!;
      vsix.value = { median: 2.5, min: 2.5, max: 2.5, q1: 2.5, q3: 2.5, runs: 1 };
      vsix.pass = false;
    });
    const changed = changedLines(renderDocs(REPO_ROOT).get('docs/performance.md')!, renderDocs(root).get('docs/performance.md')!);
    assert.strictEqual(changed.length, 1, changed.join('\n'));
    assert.match(changed[0], /^\| \.vsix size \| ≤ 2 MB \| 2\.50 MB \([^|]*\) \| no \| /);
  });

  it('shows a changed value F1 in the README table, with its interval', () => {
    const root = resultsWith('eval/results/timex.json', (json) => {
      const results = json.results as Record<string, { systems: Record<string, { f1: Record<string, { f1: number; low: number; high: number }> }> }>;
      Object.assign(results.meantime.systems.Newsline.f1.value, { f1: 81.2, low: 77.7, high: 84.4 });
    });
    fs.copyFileSync(path.join(REPO_ROOT, 'README.md'), path.join(root, 'README.md'));
    const changed = changedLines(renderDocs(REPO_ROOT).get('README.md')!, renderDocs(root).get('README.md')!);
    assert.strictEqual(changed.length, 1, changed.join('\n'));
    assert.match(changed[0], /^\| MEANTIME English \(Wikinews\), 368 timexes \| test, report only \| value ≥ 80 \| \*\*81\.2 \(77\.7–84\.4\)\*\* \| /);
  });

  it('replaces only what lies between a block\'s markers, and leaves a page without them alone', () => {
    const page = 'intro\n<!-- t:start (generated) -->\nold\nlines\n<!-- t:end -->\nafter\n';
    assert.strictEqual(replaceBlock(page, 't', 'new'), 'intro\n<!-- t:start (generated) -->\nnew\n<!-- t:end -->\nafter\n');
    assert.strictEqual(replaceBlock(replaceBlock(page, 't', 'new')!, 't', 'new'), replaceBlock(page, 't', 'new'));
    assert.strictEqual(replaceBlock('no markers here\n', 't', 'new'), undefined);
    assert.strictEqual(replaceBlock('<!-- t:start -->\nunclosed\n', 't', 'new'), undefined);
  });
});
