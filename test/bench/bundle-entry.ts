import { build } from 'esbuild';

/**
 * Bundle a TypeScript entry (and what it imports: lib/*, dexie, zod) into
 * one IIFE string for page.addScriptTag. Minified like the shipped build so
 * timings include the same code shape.
 */
export async function bundleIife(entry: string): Promise<string> {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
    jsx: 'automatic',
    jsxImportSource: 'preact',
  });
  const out = r.outputFiles[0];
  if (!out) throw new Error(`esbuild produced nothing for ${entry}`);
  return out.text;
}
