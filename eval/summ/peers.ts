// Adapters for the npm summarizers Newsline is compared with (node-summary, textrank, lexrank, sum), loaded from
// eval/node_modules, never extension dependencies. Each takes the article text and a sentence count and gives the
// chosen sentences. They run in a child process (peer-worker.ts) because `textrank` can hang on some inputs.
import { createRequire } from 'module';
import * as path from 'path';

export type PeerName = 'node-summary' | 'textrank' | 'lexrank' | 'sum';
export const PEERS: readonly PeerName[] = ['node-summary', 'textrank', 'lexrank', 'sum'];

export type Summarizer = (text: string, count: number) => string[];

interface NodeSummary {
  getSortedSentences(content: string, n: number, callback: (err: unknown, sentences: string[] | string) => void): void;
}
interface TextRankModule {
  TextRank: new (text: string, settings: { extractAmount: number; summaryType: 'array' }) => { summarizedArticle: string[] | string };
}
interface LexRank {
  summarize(text: string, lines: number, callback: (err: unknown, top: Array<{ text: string; index: number }>) => void): void;
}
type Sum = (options: { corpus: string; nSentences: number }) => { sentences: string[]; summary: string };

function asList(value: string[] | string | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : value === '' ? [] : [value];
}

/** The peer's summarizer; all four call back synchronously, so the result is read straight after the call. */
export function loadPeer(repoRoot: string, name: PeerName): Summarizer {
  const req = createRequire(path.join(repoRoot, 'eval', 'package.json'));
  switch (name) {
    case 'node-summary': {
      // Its lib is ES2015 module source that the package compiles on load with babel-register, as its README does.
      const register = req('babel-register') as (options: object) => void;
      register({ presets: [req.resolve('babel-preset-es2015')], only: /node-summary/, babelrc: false });
      const lib = req('node-summary') as NodeSummary;
      return (text, count) => {
        let out: string[] = [];
        lib.getSortedSentences(text, count, (err, sentences) => (out = err ? [] : asList(sentences)));
        return out;
      };
    }
    case 'textrank': {
      const lib = req('textrank') as TextRankModule;
      return (text, count) => asList(new lib.TextRank(text, { extractAmount: count, summaryType: 'array' }).summarizedArticle);
    }
    case 'lexrank': {
      const lib = req('lexrank') as LexRank;
      return (text, count) => {
        let out: string[] = [];
        lib.summarize(text, count, (err, top) => (out = err ? [] : top.map((t) => t.text)));
        return out;
      };
    }
    case 'sum': {
      const lib = req('sum') as Sum;
      return (text, count) => lib({ corpus: text, nSentences: count }).sentences;
    }
  }
}
