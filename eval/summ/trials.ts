// `node out/eval/summ/trials.js [dataDir]` (after `npm run compile`): development split only. ROUGE and the dangling
// share of the committed MODEL under the ways of choosing tried for issue 23 (eval/summ/NOTES.md, step 8).
import { bodyCountOf, longness, MODEL } from '../../src/core/summarize';
import { devDocs } from './data';
import type { Links } from '../../src/core/summarize';
import { countDanglingChosen } from './dangling';
import { chosenBy, dataDirOf, evaluate, prepare, type Prepared } from './tune';

function danglingShare(docs: readonly Prepared[]): string {
  const { dangling: n, sentences: all } = countDanglingChosen(docs, (d) => chosenBy(d, MODEL));
  return `${n}/${all} ${((100 * n) / Math.max(1, all)).toFixed(2)}%`;
}

function main(): void {
  const dir = dataDirOf(process.argv[2]);
  const only = process.env.SUMM_TRIALS?.split(',');
  const ways: [string, (d: Prepared) => Prepared][] = [
    ['committed', (d) => d],
    ['no name rule', (d) => ({ ...d, links: { ...d.links, personal: undefined } as Links })],
  ];
  for (const set of ['cnndm_test', 'bbc']) {
    const docs = prepare(dir, set);
    const lines = devDocs(dir, set).map((d) => d.reference.split('\n').filter((l) => l.trim() !== '').length);
    const counted = (d: Prepared, count: number): Prepared => ({ ...d, count, long: longness(count, bodyCountOf(d.article)) });
    const more: [string, (d: Prepared, i: number) => Prepared][] = [
      ['reference count', (d, i) => counted(d, lines[i])],
      ['2 sentences', (d) => counted(d, 2)],
    ];
    for (const [name, way] of more) {
      if (!only?.includes(name)) continue;
      const ds = docs.map(way);
      const s = evaluate(ds, MODEL);
      console.log(`${set} dev (${ds.length}) ${name.padEnd(16)} R1 ${(s.r1 * 100).toFixed(2)} R2 ${(s.r2 * 100).toFixed(2)} dangling ${danglingShare(ds)}`);
    }
    for (const [name, way] of ways) {
      if (only && !only.includes(name)) continue;
      const ds = docs.map(way);
      const s = evaluate(ds, MODEL);
      console.log(`${set} dev (${ds.length}) ${name.padEnd(16)} R1 ${(s.r1 * 100).toFixed(2)} R2 ${(s.r2 * 100).toFixed(2)} dangling ${danglingShare(ds)}`);
    }
  }
}

main();
