// Starts code-server (VS Code 1.100.3 as a server, installed in .code-server/ by install.sh) and a headless Debian
// Chromium for the integration and end-to-end tests and for `npm start`. Each run gets a fresh user-data dir,
// extensions dir and port, and everything it starts is killed as a process group at the end.
import { execFileSync, spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** The repository root (this file runs from out/test/vscode/). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const CODE_SERVER = path.join(ROOT, '.code-server', 'node_modules', '.bin', 'code-server');
export const RESULTS = path.join(ROOT, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type Theme = 'Default Light Modern' | 'Default Dark Modern' | 'Default High Contrast' | 'Default High Contrast Light';

export interface CodeServer {
  readonly url: string;
  /** host:port, the authority of vscode-remote:// URIs. */
  readonly authority: string;
  readonly stateDir: string;
  readonly logFile: string;
  readonly settingsFile: string;
  writeSettings(settings: Record<string, unknown>): void;
  stop(): Promise<void>;
  /** Deletes the user-data and extensions dirs (after a passing run; a failing one keeps them for its log). */
  removeState(): void;
}

export interface StartOptions {
  /** Packaged extensions to install into the fresh extensions dir before starting. */
  readonly install?: readonly string[];
  readonly settings?: Record<string, unknown>;
  readonly port?: number;
  /** A name for the state dir and log. */
  readonly name: string;
}

export const BASE_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
  'window.commandCenter': false,
  'git.enabled': false,
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Removes a temporary folder; a leftover is reported, never thrown (it is cleanup, not the test). */
export function removeQuietly(dir: string): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch (e) {
    console.warn(`left ${dir} behind: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `newsline-${prefix}-`));
}

/** A fresh workspace folder holding copies of the test articles (tests edit them; the repository stays clean). */
export function makeWorkspace(): string {
  const dir = tempDir('workspace');
  const source = path.join(ROOT, 'test', 'fixtures', 'articles');
  for (const name of fs.readdirSync(source)) fs.copyFileSync(path.join(source, name), path.join(dir, name));
  return dir;
}

export async function startCodeServer(options: StartOptions): Promise<CodeServer> {
  if (!fs.existsSync(CODE_SERVER)) throw new Error(`code-server is not installed: run bash test/vscode/install.sh (looked for ${CODE_SERVER})`);
  const stateDir = tempDir(options.name);
  const userData = path.join(stateDir, 'ud');
  const extensions = path.join(stateDir, 'ext');
  const settingsFile = path.join(userData, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  fs.mkdirSync(extensions, { recursive: true });
  fs.writeFileSync(path.join(stateDir, 'config.yaml'), 'auth: none\n');
  const writeSettings = (settings: Record<string, unknown>) =>
    fs.writeFileSync(settingsFile, JSON.stringify({ ...BASE_SETTINGS, ...options.settings, ...settings }, null, 2));
  writeSettings({});
  const common = ['--config', path.join(stateDir, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', extensions];
  for (const vsix of options.install ?? []) {
    execFileSync(CODE_SERVER, [...common, '--install-extension', vsix], { stdio: 'pipe', timeout: 60_000 });
  }

  const port = options.port ?? (await freePort());
  const logFile = path.join(stateDir, 'code-server.log');
  const log = fs.openSync(logFile, 'a');
  const child = spawn(
    CODE_SERVER,
    [...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--disable-getting-started-override'],
    { detached: true, stdio: ['ignore', log, log] },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = () => killGroup(child);
  try {
    await waitForHealth(url, child, 60_000);
  } catch (e) {
    await stop();
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n--- code-server log ---\n${fs.readFileSync(logFile, 'utf8').slice(-4000)}`, { cause: e });
  }
  const removeState = () => removeQuietly(stateDir);
  return { url, authority: `127.0.0.1:${port}`, stateDir, logFile, settingsFile, writeSettings, stop, removeState };
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs / 1000} s`);
}

/** Ends code-server and its extension hosts (which outlive it otherwise): the whole process group. */
async function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}

export async function launchBrowser(): Promise<{ context: BrowserContext; page: Page }> {
  const profile = tempDir('chromium');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 860 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  // Chromium's helpers can still be writing the profile when 'close' fires, so removal retries and never throws.
  context.on('close', () => removeQuietly(profile));
  // VS Code's clipboard goes through navigator.clipboard, which a headless browser only allows with these.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/** Keeps the code-server log beside the screenshots, for a failed run. */
export function saveLog(server: CodeServer, name: string): void {
  fs.mkdirSync(RESULTS, { recursive: true });
  try {
    fs.copyFileSync(server.logFile, path.join(RESULTS, `${name}-code-server.log`));
  } catch {
    // No log to keep.
  }
}

export function workbenchUrl(server: CodeServer, folder: string, payload: Array<[string, string]> = []): string {
  const query = `folder=${encodeURIComponent(folder)}`;
  return `${server.url}/?${query}${payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
}

export function remoteUri(server: CodeServer, fsPath: string): string {
  return `vscode-remote://${server.authority}${fsPath}`;
}
