import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/** What a command reads and writes: injected so tests can run commands in-process. */
export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export type Command = (args: string[], io: CliIO) => Promise<number>;

/** A usage or input error: printed on stderr as `zhide: <message>`, exit code 2 (usage) or 1 (input). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/**
 * JSON lines from a stream, one parsed value per non-blank line, in order.
 * A line that is not JSON yields `{ error }` with its line number instead of
 * ending the stream: batch commands answer such lines with an error line.
 */
export async function* readJsonLines(
  input: Readable,
): AsyncGenerator<{ line: number; value?: unknown; error?: string }> {
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const raw of rl) {
    n++;
    const text = raw.trim();
    if (!text) continue;
    try {
      yield { line: n, value: JSON.parse(text) };
    } catch (e) {
      yield { line: n, error: `line ${n}: not JSON (${(e as Error).message})` };
    }
  }
}

/**
 * Counts a batch run's lines. Each bad line is answered in place; at the end,
 * stderr says how many failed, and input that is empty or has no usable line
 * at all is an error of the whole run (exit 1), so a script cannot mistake a
 * binary or malformed input for an empty answer.
 */
export class BatchTally {
  lines = 0;
  errors = 0;
  constructor(private readonly command: string) {}

  /** Count one answered line; returns the answer so it can wrap the write. */
  count<T>(answer: T): T {
    this.lines++;
    if (answer && typeof answer === 'object' && 'error' in answer) this.errors++;
    return answer;
  }

  finish(io: CliIO): number {
    if (!this.lines) throw new CliError('no input: expected JSON lines on stdin', 1);
    if (!this.errors) return 0;
    io.stderr.write(`zhide ${this.command}: ${this.errors} of ${this.lines} lines had errors (answered in place)\n`);
    if (this.errors < this.lines) return 0;
    io.stderr.write(`zhide ${this.command}: no line was usable\n`);
    return 1;
  }
}

/** Write one JSON line, waiting for the stream to drain so a million lines stay in bounded memory. */
export async function writeJsonLine(out: Writable, value: unknown): Promise<void> {
  if (!out.write(`${JSON.stringify(value)}\n`)) {
    await new Promise<void>((resolve) => out.once('drain', resolve));
  }
}

/** Minimal flag parser: `--name value`, `--flag`, and positionals. */
export function parseArgs(
  args: string[],
  spec: { string?: string[]; boolean?: string[] },
): { flags: Record<string, string | boolean>; positional: string[] } {
  const flags: Record<string, string | boolean> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (spec.boolean?.includes(name)) {
        flags[name] = true;
      } else if (spec.string?.includes(name)) {
        const value = eq > 0 ? a.slice(eq + 1) : args[++i];
        if (value === undefined) throw new CliError(`--${name} needs a value`, 2);
        flags[name] = value;
      } else {
        throw new CliError(`unknown option ${a}`, 2);
      }
    } else {
      positional.push(a);
    }
  }
  return { flags, positional };
}
