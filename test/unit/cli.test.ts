import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_MAX_LENGTH } from '../../src/core/analyze';
import { REPO_ROOT } from './support/fixtures';
import { runCli as run } from './support/cli';

const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'engine', 'quarry-dispute.txt');

describe('newsline CLI', function () {
  this.timeout(30000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsline-cli-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints a summary and a timeline for a person', () => {
    const r = run(['analyze', FIXTURE, '--date', '2023-10-14']);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /^Quarry Dispute Heads to Court/);
    assert.match(r.out, /Reference date: 2023-10-14 \(given\)/);
    assert.match(r.out, /Summary\n {2}- /);
    assert.match(r.out, /Timeline\n[\s\S]*Fri 3 Nov 2023: The judge set the first hearing for Nov\. 3\./);
  });

  it('writes the analysis as JSON and as Markdown, from a file or standard input', () => {
    const json = run(['analyze', '-', '--format', 'json', '--sentences', '2'], fs.readFileSync(FIXTURE, 'utf8'));
    assert.strictEqual(json.code, 0, json.err);
    const analysis = JSON.parse(json.out);
    assert.strictEqual(analysis.summary.length, 2);
    assert.strictEqual(analysis.referenceDate.source, 'document');
    const md = run(['analyze', FIXTURE, '--format', 'markdown']);
    assert.match(md.out, /^# Quarry Dispute Heads to Court\n/);
    assert.match(md.out, /## Timeline\n\n- \*\*/);
  });

  it('refuses what it cannot read, with a message and exit code 1', () => {
    const missing = run(['analyze', path.join(dir, 'nope.txt')]);
    assert.strictEqual(missing.code, 1);
    assert.match(missing.err, /no such file/);
    const binary = path.join(dir, 'blob.bin');
    fs.writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    const b = run(['analyze', binary]);
    assert.strictEqual(b.code, 1);
    assert.match(b.err, /binary/);
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '\n  \n');
    const e = run(['analyze', empty]);
    assert.strictEqual(e.code, 1);
    assert.match(e.err, /empty/);
  });

  it('refuses a document over --max-length, saying how to raise it, and analyses it when raised', () => {
    const size = fs.readFileSync(FIXTURE, 'utf8').length;
    const refused = run(['analyze', FIXTURE, '--max-length', String(size - 1)]);
    assert.strictEqual(refused.code, 1);
    assert.match(refused.err, /over the limit of .*--max-length/);
    const raised = run(['analyze', FIXTURE, '--max-length', String(size), '--format', 'json']);
    assert.strictEqual(raised.code, 0, raised.err);
    assert.ok(JSON.parse(raised.out).summary.length > 0);
  });

  it('uses the same default size limit as the extension setting', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const setting = manifest.contributes.configuration.properties['newsline.maxDocumentLength'];
    assert.strictEqual(setting.default, DEFAULT_MAX_LENGTH);
  });

  it('rejects a bad date, a bad N and unknown options with exit code 2', () => {
    for (const args of [['analyze', FIXTURE, '--date', '2022-02-30'], ['analyze', FIXTURE, '--sentences', '0'], ['analyze', FIXTURE, '--sentences', 'three'], ['analyze', FIXTURE, '--bogus'], ['analyze', FIXTURE, '--max-length', '1e6'], ['analyze', FIXTURE, '--max-length', '0'], ['summarise', FIXTURE], ['analyze']]) {
      const r = run(args);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.err, /^newsline: /);
    }
  });

  it('analyses JSON Lines one per line, reporting a malformed line by number and keeping the rest', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'The mayor resigned on Friday. The council met.', date: '2022-04-01' }),
      '{not json',
      JSON.stringify({ id: 'c', text: 'The plant closed in 1986.', sentences: 1 }),
      JSON.stringify({ id: 'd', text: 42 }),
    ].join('\n');
    const r = run(['analyze', '--jsonl', '-'], lines);
    assert.strictEqual(r.code, 1);
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(out.map((o) => o.id), ['a', 'c']);
    assert.strictEqual(out[0].timeline[0].date.value, '2022-04-01');
    assert.strictEqual(out[1].timeline[0].date.value, '1986');
    assert.match(r.err, /line 2: not valid JSON/);
    assert.match(r.err, /line 4: "text" must be a string/);
  });
});
