/**
 * Another commit's build, for measuring this tree against it: checked out into a git worktree
 * under the system's temp folder and built there once (pnpm install from that commit's
 * lockfile, which builds every package), then reused.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PNPM = ['--yes', 'pnpm@10.34.8'];

/** The root of a built checkout of `ref` (a commit, branch or `HEAD~1`), and its short hash. */
export function buildAt(root: string, ref: string): { dir: string; sha: string } {
  const sha = execFileSync('git', ['rev-parse', '--short', ref], { cwd: root, encoding: 'utf8' }).trim();
  const dir = path.join(os.tmpdir(), `negolint-versus-${sha}`);
  if (!existsSync(path.join(dir, 'packages/core/dist/index.js'))) {
    if (!existsSync(dir)) execFileSync('git', ['worktree', 'add', '--detach', dir, sha], { cwd: root, stdio: 'inherit' });
    execFileSync('npx', [...PNPM, 'install', '--frozen-lockfile'], { cwd: dir, stdio: 'inherit' });
  }
  return { dir, sha };
}
