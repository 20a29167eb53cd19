// wink-nlp with its English model, loaded once, on first use: loading the model is the slowest step of a first
// analysis, so activation and the CLI's argument checks never pay for it.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type WinkNlp = ReturnType<typeof winkNLP>;

let instance: WinkNlp | undefined;

export function getNlp(): WinkNlp {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}

export function isNlpLoaded(): boolean {
  return instance !== undefined;
}
