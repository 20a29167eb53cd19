// The panel's Export… button sends `exportTimeline`; the host accepts it only well formed.
import * as assert from 'assert';
import { parsePageMessage } from '../../src/protocol';

describe('protocol: exportTimeline', () => {
  const URI = 'file:///work/article.md';
  it('accepts the message the Export… button sends', () => {
    assert.deepStrictEqual(parsePageMessage({ type: 'exportTimeline', uri: URI, version: 4 }), { type: 'exportTimeline', uri: URI, version: 4 });
  });
  it('rejects it without a document or version, or with wrong types', () => {
    for (const m of [{ type: 'exportTimeline' }, { type: 'exportTimeline', uri: URI }, { type: 'exportTimeline', uri: '', version: 1 }, { type: 'exportTimeline', uri: URI, version: -1 }, { type: 'exportTimeline', uri: 5, version: 1 }, { type: 'exporttimeline', uri: URI, version: 1 }]) {
      assert.strictEqual(parsePageMessage(m), undefined, JSON.stringify(m));
    }
  });
});
