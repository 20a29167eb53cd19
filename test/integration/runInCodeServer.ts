// `npm run test:integration`: mocha inside the Node extension host of a real VS Code (code-server 4.100.3), loaded
// through the `payload` URL parameter as VS Code's own browser integration tests are. The browser only hosts the
// workbench; the tests drive VS Code through its API.
import * as fs from 'fs';
import * as path from 'path';
import { launchBrowser, makeWorkspace, remoteUri, RESULTS, ROOT, saveLog, startCodeServer, workbenchUrl } from '../vscode/codeServer';

// A guard against a hung workbench, not a speed goal: on a loaded 2-core machine the suite has taken over 180 s.
const TIMEOUT_MS = 900_000;

async function main(): Promise<number> {
  const workspace = makeWorkspace();
  // code-server's extension host inherits this: the extension registers its test hooks (src/testHooks.ts, which
  // needs `vscode` and so is not imported here).
  process.env.NEWSLINE_TEST_HOOKS = '1';
  const server = await startCodeServer({ name: 'integration' });
  const { context, page } = await launchBrowser();
  let code = 1;
  try {
    const finished = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (c: number) => resolve(c));
    });
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => console.log(...args.map(String)));
    const payload: Array<[string, string]> = [
      ['extensionDevelopmentPath', remoteUri(server, ROOT)],
      ['extensionTestsPath', remoteUri(server, path.join(ROOT, 'out', 'test', 'integration', 'index.js'))],
      ['skipWelcome', 'true'],
    ];
    await page.goto(workbenchUrl(server, workspace, payload));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        console.error(`Integration tests did not finish within ${TIMEOUT_MS / 1000} s.`);
        resolve(1);
      }, TIMEOUT_MS);
    });
    code = await Promise.race([finished, timeout]);
    clearTimeout(timer);
  } finally {
    if (code !== 0) {
      fs.mkdirSync(RESULTS, { recursive: true });
      await page.screenshot({ path: path.join(RESULTS, 'integration-failure.png') }).catch(() => undefined);
      saveLog(server, 'integration');
    }
    await context.close().catch(() => undefined);
    await server.stop();
    if (code === 0) server.removeState();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
