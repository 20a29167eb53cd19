// The compiled CLI run as a user runs it: a fresh node process, its exit code and both streams.
import { spawnSync } from 'child_process';
import * as path from 'path';
import { REPO_ROOT } from './fixtures';

export const CLI = path.join(REPO_ROOT, 'out', 'src', 'cli.js');

export interface CliRun {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

export function runCli(args: readonly string[], input?: string): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
