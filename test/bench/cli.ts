import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { REPO } from './chromium';

export interface CliRun {
  code: number | null;
  ms: number;
  stdout: string;
  stderr: string;
}

/** Run `zhide ARGS` (tsx, as `npm run zhide` does) with `input` on stdin; wall time includes start-up. */
export function runZhide(args: string[], input: string, timeoutMs = 300_000): Promise<CliRun> {
  return new Promise((done) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(REPO, 'lib/cli/main.ts'), ...args], {
      cwd: REPO,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({
        code,
        ms: performance.now() - t0,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
    child.stdin.on('error', () => {}); // a command that exits early closes its stdin
    child.stdin.end(input);
  });
}

export const lineCount = (s: string) => s.split('\n').filter((l) => l.trim()).length;
export const errorLines = (s: string) => s.split('\n').filter((l) => l.startsWith('{"error"')).length;
