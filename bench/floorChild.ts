// The floor of the whole-process measure (bench/wholeProcess.ts): a Node process that loads wink-nlp and its model,
// reads a JSON Lines file and calls readDoc on each line's text, nothing else.
//   node out/bench/floorChild.js FILE
import * as fs from 'fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model, ['sbd', 'pos']);
let n = 0;
for (const line of fs.readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  nlp.readDoc((JSON.parse(line) as { text: string }).text);
  n++;
}
process.stdout.write(`${n}\n`);
