// The layers of src/, top to bottom: extension (and the CLI) → commands → panel → host → runner → core. A file may
// import its own layer and the layers below it, never one above: an arrow running back up ties a service to its
// callers (the panel importing a command did). The engine, the worker and the page's protocol run where `vscode`
// does not exist (the CLI, a worker thread, the webview), so they never import it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SRC = path.join(ROOT, 'src');

/** Higher numbers are lower layers. `protocol.ts` is the typed messages host and page share: it stands on core only. */
const LAYERS: ReadonlyArray<readonly [RegExp, string, number]> = [
  [/^extension\.ts$/, 'extension', 0],
  [/^cli\.ts$/, 'extension', 0],
  [/^testHooks\.ts$/, 'extension', 0],
  [/^commands\//, 'commands', 1],
  [/^panel\//, 'panel', 2],
  [/^host\//, 'host', 3],
  // The CLI's JSON Lines batch: what the host is to the extension, with no vscode.
  [/^batch\//, 'batch', 3],
  [/^runner\//, 'runner', 4],
  [/^protocol\.ts$/, 'protocol', 4],
  [/^core\//, 'core', 5],
];

/** Where `vscode` cannot be loaded. */
const NO_VSCODE = new Set(['core', 'runner', 'protocol', 'batch']);

interface Layer {
  readonly name: string;
  readonly rank: number;
}

function layerOf(file: string): Layer | undefined {
  const rel = path.relative(SRC, file).split(path.sep).join('/');
  const found = LAYERS.find(([re]) => re.test(rel));
  return found && { name: found[1], rank: found[2] };
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every module a file names: static imports, `export ... from`, `import type`, `import()` and `require()`. */
export function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** A relative specifier as the file it names (`../host/analyzer` → src/host/analyzer.ts, `../runner` → its index.ts). */
function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, path.join(base, 'index.ts'), base].find((p) => fs.existsSync(p) && fs.statSync(p).isFile());
}

interface Arrow {
  readonly from: string;
  readonly to: string;
  readonly specifier: string;
}

function arrows(): Arrow[] {
  return sourceFiles(SRC).flatMap((file) =>
    importsOf(fs.readFileSync(file, 'utf8')).map((specifier) => ({ from: file, to: resolveLocal(file, specifier) ?? specifier, specifier })),
  );
}

const rel = (p: string) => path.relative(ROOT, p);

describe('layers: imports run downwards', () => {
  const all = arrows();

  it('finds the imports of the real tree (a parser that saw nothing would pass everything)', () => {
    assert.ok(sourceFiles(SRC).length > 40, 'src/ has its files');
    const panelToHost = all.some((a) => rel(a.from) === path.join('src', 'panel', 'panel.ts') && rel(a.to) === path.join('src', 'host', 'analyzer.ts'));
    assert.ok(panelToHost, 'panel.ts → host/analyzer.ts is seen');
    assert.ok(all.some((a) => a.specifier === 'vscode'), 'imports of vscode are seen');
  });

  it('reads every form of import', () => {
    const source = [
      "import * as a from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "const d = require('./d');",
      "async function e() { return import('./e'); }",
      "import './f';",
    ].join('\n');
    assert.deepStrictEqual(importsOf(source).sort(), ['../b', './a', './c', './d', './e', './f']);
  });

  it('places every file of src/ in a layer', () => {
    const unplaced = sourceFiles(SRC).filter((f) => !layerOf(f)).map(rel);
    assert.deepStrictEqual(unplaced, [], 'add the new place to LAYERS');
  });

  it('has no import from a lower layer to a higher one', () => {
    const upwards = all.flatMap((a) => {
      const from = layerOf(a.from);
      const to = a.to.startsWith(SRC) ? layerOf(a.to) : undefined;
      return from && to && to.rank < from.rank ? [`${rel(a.from)} (${from.name}) imports ${rel(a.to)} (${to.name})`] : [];
    });
    assert.deepStrictEqual(upwards, []);
  });

  it('keeps vscode out of the engine, the worker and the protocol', () => {
    const offending = all.filter((a) => a.specifier === 'vscode' && NO_VSCODE.has(layerOf(a.from)?.name ?? '')).map((a) => rel(a.from));
    assert.deepStrictEqual(offending, []);
  });

  it('resolves every relative import to a file in src/', () => {
    const dangling = all.filter((a) => a.specifier.startsWith('.') && !a.to.startsWith(SRC)).map((a) => `${rel(a.from)}: ${a.specifier}`);
    assert.deepStrictEqual(dangling, []);
  });
});
