// Issue 22's edge contracts, against the built CLI: the calendar's first and last years, an empty summary that says
// why, a reader that goes away, a count too large for a number inside a batch, and ids that repeat.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from './support/fixtures';
import { CLI, runCli as run } from './support/cli';

const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'engine', 'quarry-dispute.txt');

describe('newsline CLI edges (issue 22)', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsline-edges-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes --date 0001-01-01 as the year 1, not 1901', () => {
    const r = run(['analyze', '-', '--date', '0001-01-01', '--format', 'json'], 'The board met on Jan. 3. It voted to build a bridge.');
    assert.strictEqual(r.code, 0, r.err);
    const a = JSON.parse(r.out);
    assert.strictEqual(a.referenceDate.value, '0001-01-01');
    assert.deepStrictEqual(a.timeline.map((e: { date: { value: string } }) => e.date.value), ['0001-01-03']);
  });

  it('at --date 9999-12-31 leaves dates past 9999 off with a notice, and "next century" is no decade', () => {
    const text = 'The board meets tomorrow. Next century it ends. It opened March 3.';
    const r = run(['analyze', '-', '--date', '9999-12-31', '--format', 'json'], text);
    assert.strictEqual(r.code, 0, r.err);
    const a = JSON.parse(r.out);
    assert.ok(!a.timexes.some((t: { value: string }) => t.value === '100' || t.value === '1000'), JSON.stringify(a.timexes));
    assert.deepStrictEqual(a.timeline.map((e: { date: { value: string } }) => e.date.value), ['9999-03-03']);
    assert.ok(a.notices.some((n: { code: string; message: string }) => n.code === 'beyond-calendar' && /after 9999 is left off the timeline/.test(n.message)), JSON.stringify(a.notices));
    const shown = run(['analyze', '-', '--date', '9999-12-31'], text);
    assert.match(shown.out, /Note: .*after 9999/);
  });

  it('says why the summary of "Hi. Hi. Hi. Hi." is empty', () => {
    const r = run(['analyze', '-', '--date', '2022-01-01'], 'Hi. Hi. Hi. Hi.');
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /Note: No sentence could be chosen for the summary/);
  });

  it('stops quietly when its reader goes away (| head -c 100)', function () {
    if (process.platform === 'win32') this.skip();
    // Long enough that the JSON cannot sit whole in the pipe's buffer when head has gone.
    const file = path.join(dir, 'long.txt');
    fs.writeFileSync(file, fs.readFileSync(FIXTURE, 'utf8').repeat(60));
    const errFile = path.join(dir, 'stderr.txt');
    const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const r = spawnSync('bash', ['-c', `set -o pipefail; ${q(process.execPath)} ${q(CLI)} analyze ${q(file)} --format json 2>${q(errFile)} | head -c 100`], { encoding: 'utf8' });
    assert.strictEqual(r.stdout.length, 100);
    assert.strictEqual(fs.readFileSync(errFile, 'utf8'), '');
    assert.strictEqual(r.status, 0);
  });

  it('keeps a batch line with a 400-digit count before "years", as a duration of unknown length', () => {
    const lines = [JSON.stringify({ id: 'big', text: `It lasted ${'9'.repeat(400)} years.`, date: '2022-01-01' }), JSON.stringify({ id: 'next', text: 'The board met on Friday.', date: '2022-01-01' })].join('\n');
    const r = run(['analyze', '--jsonl', '-', '--jobs', '1'], lines);
    assert.strictEqual(r.code, 0, r.err);
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(out.map((o) => o.id), ['big', 'next']);
    assert.deepStrictEqual(out[0].timexes.map((t: { type: string; value: string }) => [t.type, t.value]), [['DURATION', 'PXY']]);
  });

  it('names a repeated id once, however often it repeats, and analyses every line', () => {
    const lines = ['x', 'y', 'x', 'x', 'y', 'x'].map((id, i) => JSON.stringify({ id, text: `The council met on Friday, March ${i + 1}, 2024.` })).join('\n');
    const r = run(['analyze', '--jsonl', '-', '--jobs', '1'], lines);
    assert.strictEqual(r.code, 0, r.err);
    assert.deepStrictEqual(r.out.trim().split('\n').map((l) => JSON.parse(l).id), ['x', 'y', 'x', 'x', 'y', 'x']);
    assert.deepStrictEqual(r.err.trim().split('\n'), ['newsline: line 3: the id "x" repeats line 1\'s', 'newsline: line 5: the id "y" repeats line 2\'s']);
  });
});
