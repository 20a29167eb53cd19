// Before/after check for plain text and Markdown: the analysis JSON (as the CLI prints it) of every seed, fixture and
// evaluation text, one line per document with a hash of that JSON, so two runs can be compared line by line:
//   node out/eval/html/snapshot.js ../shared > before.tsv; (change the code, rebuild); ... > after.tsv; diff before.tsv after.tsv
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core/analyze';

const TODAY = '2026-12-02';

function line(id: string, text: string, fileName?: string, referenceDate?: string): string {
  const json = JSON.stringify(analyze(text, { fileName, referenceDate, today: TODAY }));
  return `${id}\t${createHash('sha1').update(json).digest('hex').slice(0, 16)}`;
}

function main(): void {
  const shared = path.resolve(process.argv[2] ?? '../shared');
  const out: string[] = [];
  const files = [path.join(shared, 'seed', 'belgorod-article.txt')];
  for (const dir of ['test/fixtures/articles', 'test/fixtures/engine']) {
    for (const f of fs.readdirSync(dir).sort()) files.push(path.join(dir, f));
  }
  for (const f of files) out.push(line(path.basename(f), fs.readFileSync(f, 'utf8'), f));
  const sets = ['summ/bbc.jsonl', 'summ/cnndm_test.jsonl', 'summ/cnndm_val500.jsonl', 'timex/esc.jsonl', 'timex/meantime-en.jsonl', 'timex/test.jsonl', 'timex/train.jsonl', 'timex/tweets.jsonl', 'timex/wikiwars.jsonl'];
  for (const set of sets) {
    const rows = fs.readFileSync(path.join(shared, 'eval', set), 'utf8').split('\n').filter((l) => l.trim());
    rows.forEach((row, i) => {
      const r = JSON.parse(row) as { id?: string; text: string; dct?: string };
      out.push(line(`${set}:${r.id ?? i}`, r.text));
      // The timex sets are also read against their own document date, as the timex evaluation does.
      if (r.dct) out.push(line(`${set}:${r.id ?? i}@dct`, r.text, undefined, r.dct));
    });
  }
  process.stdout.write(out.join('\n') + '\n');
}

main();
