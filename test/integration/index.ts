// The test entry VS Code loads inside its extension host (code-server's `payload` extensionTestsPath, or
// @vscode/test-electron's extensionTestsPath): runs the suites with mocha and resolves when they pass.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // NEWSLINE_TEST_GREP (inherited from the runner's environment) runs only the matching tests. Per-test limits catch a
  // hang; a loaded machine (CI, or helpers sharing 2 cores) may take 30 s for a real test.
  const grep = process.env.NEWSLINE_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 120_000, reporter: 'spec', ...(grep ? { grep } : {}) });
  const dir = path.join(__dirname, 'suite');
  for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
