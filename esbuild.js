// Two kinds of bundle: Node (the extension host entry and the CLI, `vscode` left external) and the browser page of
// the panel. Type checking is `tsc` (npm run typecheck), so a bundle never hides a type error.
const esbuild = require('esbuild');
const fs = require('fs');

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
  },
  {
    entryPoints: { cli: 'src/cli.ts' },
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    entryPoints: { worker: 'src/core/worker.ts' },
    platform: 'node',
    format: 'cjs',
    target: 'node18',
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
