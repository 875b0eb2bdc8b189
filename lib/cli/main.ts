import { CliError, type CliIO, type Command } from './io';

/**
 * `zhide <command>`: the pure core on the command line. Every command reads
 * files or JSON lines on stdin and writes JSON (lines) on stdout; errors go
 * to stderr with a non-zero exit.
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  extract: {
    summary: 'extract FILE [--url URL] | --batch   product facts from a saved page',
    load: () => import('./commands/extract'),
  },
  price: {
    summary: 'price "TEXT" [--currency-hint X] [--locale L] | --batch   parse a price',
    load: () => import('./commands/price'),
  },
  insights: {
    summary: 'insights   value checks over observation JSON lines on stdin',
    load: () => import('./commands/insights'),
  },
  reviews: {
    summary: 'reviews   trust signals over review JSON lines on stdin',
    load: () => import('./commands/reviews'),
  },
  live: {
    summary: 'live FILE...   products from saved live-room payloads or pages',
    load: () => import('./commands/live'),
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(
    ([name, c]) => `  zhide ${c.summary.startsWith(name) ? c.summary : `${name} ${c.summary}`}`,
  );
  return `usage:\n${lines.join('\n')}\n`;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.stderr.write(`zhide: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    const { run } = await cmd.load();
    return await run(rest, io);
  } catch (e) {
    const err = e instanceof CliError ? e : new CliError((e as Error)?.message ?? String(e));
    io.stderr.write(`zhide ${name}: ${err.message}\n`);
    return err.exitCode;
  }
}

const isEntry = process.argv[1] && /[\\/]lib[\\/]cli[\\/]main\.ts$/.test(process.argv[1]);
if (isEntry) {
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then((code) => {
    process.exitCode = code;
  });
}
