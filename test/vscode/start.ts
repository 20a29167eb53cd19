// `npm start`: VS Code (code-server) on 127.0.0.1 with Newsline loaded from this folder and a sample article open.
// Prints the URL to open; Ctrl+C stops it (and every process it started).
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { freePort, remoteUri, ROOT, startCodeServer, workbenchUrl } from './codeServer';

const SAMPLE = 'ferry-service.md';

async function portToUse(): Promise<number> {
  const wanted = Number(process.env.PORT ?? 8080);
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(wanted, '127.0.0.1', () => server.close(() => resolve(true)));
  });
  return free ? wanted : freePort();
}

async function main(): Promise<void> {
  // A workspace of its own, kept between runs so that edits to the articles stay; the samples are copied once.
  const workspace = path.join(ROOT, '.code-server', 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  const samples = path.join(ROOT, 'test', 'fixtures', 'articles');
  for (const name of fs.readdirSync(samples)) {
    const target = path.join(workspace, name);
    if (!fs.existsSync(target)) fs.copyFileSync(path.join(samples, name), target);
  }
  const server = await startCodeServer({ name: 'start', port: await portToUse() });
  const url = workbenchUrl(server, workspace, [
    ['extensionDevelopmentPath', remoteUri(server, ROOT)],
    ['openFile', remoteUri(server, path.join(workspace, SAMPLE))],
    ['skipWelcome', 'true'],
  ]);
  console.log('\nNewsline is running in VS Code (code-server 4.100.3). Open this URL in a browser:\n');
  console.log(`  ${url}\n`);
  console.log(`Then run "Newsline: Summarize Article and Build Timeline" from the Command Palette (F1), or the editor title button.`);
  console.log(`Log: ${server.logFile}\nPress Ctrl+C to stop.`);
  const stop = () => {
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
