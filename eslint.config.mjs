// ESLint with typescript-eslint's recommended rules (the set that needs no type information, so a lint needs no
// build). `npm run lint`; `npm test` runs it before the unit tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Built output, the bundles, the installed VS Code and the evaluation's own peer libraries.
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'eval/node_modules/**', '.code-server/**', '.vscode-test/**', 'test-results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a value that is deliberately unused (a loop counter, a field dropped by a rest
      // pattern), as TypeScript's own noUnusedLocals convention does.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `import x = require(...)` is kept where a module object itself is needed (bench/stages.ts wraps the engine's
      // exports with timers); a bare `require()` call is still an error.
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
      // The engine scans text by code-unit ranges (`[^\x00-\xff]`, NUL in fuzz inputs) on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // The build script is plain CommonJS run by Node.
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
