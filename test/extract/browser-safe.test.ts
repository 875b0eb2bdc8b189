import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The extension runs lib/ (all but the command line) in the browser, where Node's globals do not exist: a stray
// `process.env` check in the heuristic threw there on every page it reached while every Node test passed.
const LIB = new URL('../../lib/', import.meta.url).pathname;
const NODE_ONLY = /\bprocess\.|\bBuffer\.|\brequire\(|\b__dirname\b|from ['"]node:/;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (relative(LIB, path) !== 'cli') out.push(...sources(path));
    } else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

describe('browser-side modules', () => {
  it("use none of Node's globals or modules outside the command line", () => {
    const files = sources(LIB);
    expect(files.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
          if (NODE_ONLY.test(code)) found.push(`${relative(LIB, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
