// `npm run test:electron`: the same integration suites in desktop VS Code, downloaded by @vscode/test-electron
// (needs internet; the offline runs use runInCodeServer.ts).
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { makeWorkspace, ROOT } from '../vscode/codeServer';

async function main(): Promise<void> {
  const workspace = makeWorkspace();
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out', 'test', 'integration', 'index.js'),
    // The extension registers its test hooks (src/testHooks.ts).
    extensionTestsEnv: { NEWSLINE_TEST_HOOKS: '1' },
    launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--disable-workspace-trust'],
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
