import * as fs from 'fs';
import * as path from 'path';

/** The repository's root, from the compiled test's folder (out/test/unit/support). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'engine', name), 'utf8');
}

/** The seed article lives in ../shared beside the repository; tests that need it say so when it is absent. */
export const SEED_PATH = path.resolve(REPO_ROOT, '..', 'shared', 'seed', 'belgorod-article.txt');
