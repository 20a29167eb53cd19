// wink-nlp with its English model, loaded once, on first use: loading the model is the slowest step of a first
// analysis, so activation and the CLI's argument checks never pay for it.
import winkNLP from 'wink-nlp';
import type WinkModel from 'wink-eng-lite-web-model';

export type WinkNlp = ReturnType<typeof winkNLP>;

let instance: WinkNlp | undefined;

export function getNlp(): WinkNlp {
  // Required here, not imported: evaluating the model's module takes some 24 MB, which a process that never reads a
  // text (the batch's main thread, `--help`, the extension before its first analysis) should not pay.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  instance ??= winkNLP(require('wink-eng-lite-web-model') as typeof WinkModel, ['sbd', 'pos']);
  return instance;
}

export function isNlpLoaded(): boolean {
  return instance !== undefined;
}
