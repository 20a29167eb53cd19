// Two kinds of bundle: Node (the extension host entry, the engine, its worker and the CLI, `vscode` left external) and
// the browser page of the panel. Type checking is `tsc` (npm run typecheck), so a bundle never hides a type error.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

/**
 * The engine (wink-nlp's model is most of it) is bundled once, in dist/engine.js, and required from there by the
 * extension's runner (only at the first analysis) and by the worker: bundled into both it was in the .vsix twice
 * (2.1 MB), and the extension bundle the host parses at activation was 4 MB.
 */
const ENGINE = path.resolve('src/core/analyze.ts');
const engineOutside = {
  name: 'engine-outside',
  setup(build) {
    build.onResolve({ filter: /(^|\/)analyze$/ }, (args) => {
      const resolved = path.resolve(args.resolveDir, args.path) + '.ts';
      return resolved === ENGINE ? { path: './engine.js', external: true } : undefined;
    });
  },
};

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    entryPoints: { extension: 'src/extension.ts' },
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    plugins: [engineOutside],
  },
  {
    entryPoints: { engine: 'src/core/analyze.ts' },
    platform: 'node',
    format: 'cjs',
    target: 'node18',
  },
  {
    entryPoints: { cli: 'src/cli.ts' },
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    entryPoints: { worker: 'src/runner/worker.ts' },
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    plugins: [engineOutside],
  },
  {
    entryPoints: { panel: 'media/panel.ts' },
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
  },
].filter((b) => Object.values(b.entryPoints).every((p) => fs.existsSync(p)));

async function main() {
  const common = { bundle: true, outdir: 'dist', sourcemap: !production, minify: production, logLevel: 'warning' };
  const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...common, ...b })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
