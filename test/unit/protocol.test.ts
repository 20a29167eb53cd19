// The panel is a separate process that shows other people's text, so the host trusts none of its messages: every
// one goes through parsePageMessage. These tests start from each valid message and break it every way a buggy or
// hostile page could (missing fields, wrong types, out-of-range numbers, wrong type tags, non-objects), and check
// that only well-formed messages get through.
import * as assert from 'assert';
import { MAX_SENTENCES, MIN_SENTENCES, parsePageMessage, parsePageState, type PageMessage } from '../../src/protocol';
import { pick, seededRandom } from './support/random';

const URI = 'file:///work/article.md';

const VALID: readonly PageMessage[] = [
  { type: 'ready' },
  { type: 'reveal', uri: URI, version: 3, start: 10, end: 18 },
  { type: 'reveal', uri: URI, version: 0, start: 0, end: 0 },
  { type: 'insertSummary', uri: URI, version: 7 },
  { type: 'copy', what: 'summary', uri: URI, version: 1 },
  { type: 'copy', what: 'timeline', uri: URI, version: 1 },
  { type: 'setSentences', uri: URI, sentences: MIN_SENTENCES },
  { type: 'setSentences', uri: URI, sentences: MAX_SENTENCES },
  { type: 'changeReferenceDate', uri: URI },
  { type: 'correctDate', uri: URI, version: 4, start: 10, end: 16, value: '2022-03-25' },
  { type: 'correctDate', uri: URI, version: 4, start: 0, end: 4, value: '2024-Q3' },
  { type: 'uncorrectDate', uri: URI, start: 10 },
  { type: 'resetCorrections', uri: URI },
];

/** Values no field of any message may take. */
const WRONG_ANY: readonly unknown[] = [undefined, null, true, {}, [], [1], () => 1, Symbol('x'), BigInt(3)];
/** Values that are wrong for a number field: offsets and versions are non-negative safe integers. */
const WRONG_NUMBER: readonly unknown[] = [...WRONG_ANY, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, '3', '', -0.5];
/** Values that are wrong for a URI field. */
const WRONG_URI: readonly unknown[] = [...WRONG_ANY, '', 0, 42, 'x'.repeat(5000)];

function wrongValuesFor(message: PageMessage, field: string): readonly unknown[] {
  if (field === 'uri') return WRONG_URI;
  if (field === 'what') return [...WRONG_ANY, 'Summary', 'all', '', 0];
  if (field === 'sentences') return [...WRONG_NUMBER, MIN_SENTENCES - 1, MAX_SENTENCES + 1, 0, 1000];
  if (field === 'value') return [...WRONG_ANY, '', 0, 2022, '2', 'x'.repeat(40), '<b>2022</b>', '2022-03-25 ', 'friday'];
  if (field === 'type') return [...WRONG_ANY, 'Ready', 'eval', 'reveal ', '', 1, `${message.type}x`];
  return WRONG_NUMBER;
}

/** Every message made by breaking one field of a valid message. */
function singleFieldBreakages(): Array<{ why: string; message: unknown }> {
  const out: Array<{ why: string; message: unknown }> = [];
  for (const valid of VALID) {
    for (const field of Object.keys(valid)) {
      const without: Record<string, unknown> = { ...valid };
      delete without[field];
      if (field !== 'type' || valid.type !== 'ready') out.push({ why: `${valid.type} without ${field}`, message: without });
      for (const value of wrongValuesFor(valid, field)) {
        out.push({ why: `${valid.type}.${field} = ${show(value)}`, message: { ...valid, [field]: value } });
      }
    }
  }
  return out;
}

function show(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x.length > 20 ? `${x.slice(0, 20)}…` : x);
  if (typeof x === 'bigint' || typeof x === 'symbol' || typeof x === 'function') return typeof x;
  return JSON.stringify(x) ?? String(x);
}

describe('page → host message guards', () => {
  it('accepts every well-formed message, unchanged', () => {
    for (const m of VALID) assert.strictEqual(parsePageMessage(m), m, JSON.stringify(m));
    // Extra fields do not make a message invalid (the page may be newer), but they are never read.
    assert.ok(parsePageMessage({ type: 'insertSummary', uri: URI, version: 2, extra: '<script>' }));
  });

  it('rejects non-objects and objects without a known type', () => {
    const junk: unknown[] = [
      undefined, null, 0, 1, NaN, '', 'ready', '{"type":"ready"}', true, [], [{ type: 'ready' }], ['ready'],
      {}, { type: null }, { type: 'unknown' }, { type: 'update', model: { kind: 'idle' } }, { type: 'status', text: 'x' },
      { type: 'insertDone', uri: URI }, { type: '__proto__' }, { type: 'constructor' }, { type: 'toString' },
      Object.create(null) as unknown, new Date(), /ready/, new Map([['type', 'ready']]),
    ];
    for (const j of junk) assert.strictEqual(parsePageMessage(j), undefined, show(j));
  });

  it('rejects every message with one field missing or of the wrong type or range', () => {
    const broken = singleFieldBreakages();
    assert.ok(broken.length > 250, `${broken.length} broken messages`);
    for (const { why, message } of broken) assert.strictEqual(parsePageMessage(message), undefined, why);
  });

  it('rejects a correction of an empty range', () => {
    assert.strictEqual(parsePageMessage({ type: 'correctDate', uri: URI, version: 1, start: 8, end: 8, value: '2022' }), undefined);
  });

  it('rejects a reveal whose range ends before it starts', () => {
    assert.strictEqual(parsePageMessage({ type: 'reveal', uri: URI, version: 1, start: 9, end: 8 }), undefined);
    assert.strictEqual(parsePageMessage({ type: 'reveal', uri: URI, version: 1, start: Number.MAX_SAFE_INTEGER, end: 0 }), undefined);
  });

  it('never accepts a randomly mutated message unless it is well formed (20,000 seeded cases)', () => {
    const random = seededRandom(6);
    const values: readonly unknown[] = [...WRONG_NUMBER, ...WRONG_URI, 0, 1, 2, 5, 20, 21, URI, 'summary', 'timeline', 'ready', 'reveal', 'insertSummary', 'copy', 'setSentences', 'changeReferenceDate'];
    const fields = ['type', 'uri', 'version', 'start', 'end', 'what', 'sentences'];
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      const m: Record<string, unknown> = { ...pick(random, VALID) };
      const changes = 1 + Math.floor(random() * 3);
      for (let c = 0; c < changes; c++) {
        const field = pick(random, fields);
        if (random() < 0.2) delete m[field];
        else m[field] = pick(random, values);
      }
      const parsed = parsePageMessage(m);
      assert.strictEqual(parsed !== undefined, wellFormed(m), JSON.stringify(m, (_k, v: unknown) => (typeof v === 'bigint' ? 'bigint' : v)));
      if (parsed) accepted++;
    }
    // Some mutations land on valid values; most do not. Both paths are exercised.
    assert.ok(accepted > 500 && accepted < 15_000, `${accepted} accepted`);
  });

  it('reads saved page state defensively', () => {
    assert.deepStrictEqual(parsePageState(undefined), {});
    assert.deepStrictEqual(parsePageState('x'), {});
    assert.deepStrictEqual(parsePageState({ uri: 5, sentences: 99, scrollY: -4 }), {});
    assert.deepStrictEqual(parsePageState({ uri: '', sentences: 2.5, scrollY: NaN }), {});
    assert.deepStrictEqual(parsePageState({ uri: URI, sentences: 4, scrollY: 120 }), { uri: URI, sentences: 4, scrollY: 120 });
  });
});

/** An independent statement of the protocol, written from its types, to check the guards against. */
function wellFormed(m: Record<string, unknown>): boolean {
  const offset = (x: unknown) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
  const uri = (x: unknown) => typeof x === 'string' && x.length > 0 && x.length < 4096;
  switch (m.type) {
    case 'ready':
      return true;
    case 'reveal':
      return uri(m.uri) && offset(m.version) && offset(m.start) && offset(m.end) && (m.start as number) <= (m.end as number);
    case 'insertSummary':
      return uri(m.uri) && offset(m.version);
    case 'copy':
      return (m.what === 'summary' || m.what === 'timeline') && uri(m.uri) && offset(m.version);
    case 'setSentences':
      return uri(m.uri) && Number.isInteger(m.sentences) && (m.sentences as number) >= MIN_SENTENCES && (m.sentences as number) <= MAX_SENTENCES;
    case 'changeReferenceDate':
    case 'resetCorrections':
      return uri(m.uri);
    case 'uncorrectDate':
      return uri(m.uri) && offset(m.start);
    case 'correctDate':
      return uri(m.uri) && offset(m.version) && offset(m.start) && offset(m.end) && (m.start as number) < (m.end as number) && typeof m.value === 'string' && /^[0-9A-Z:T-]{2,32}$/.test(m.value);
    default:
      return false;
  }
}
