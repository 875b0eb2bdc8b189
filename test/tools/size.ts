import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Print the built extension's sizes, raw and gzip, per part. The content
 * scripts are what every shop page pays for; their budget is 30 KB gzip.
 */
export const CONTENT_SCRIPT_BUDGET_GZIP = 30 * 1024;

export interface SizeRow {
  file: string;
  raw: number;
  gzip: number;
}

export function measure(dir: string): SizeRow[] {
  const rows: SizeRow[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(js|css|html)$/.test(name)) {
        const buf = readFileSync(full);
        rows.push({ file: relative(dir, full), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
      }
    }
  };
  walk(dir);
  return rows.sort((a, b) => a.file.localeCompare(b.file));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? '.output/chrome-mv3');
  const rows = measure(dir);
  console.log('\nBundle sizes (raw / gzip):');
  for (const r of rows) console.log(`  ${r.file.padEnd(44)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)}`);
  const content = rows.filter((r) => r.file.startsWith('content-scripts/') && r.file.endsWith('.js'));
  for (const r of content) {
    const ok = r.gzip <= CONTENT_SCRIPT_BUDGET_GZIP;
    console.log(`  ${ok ? 'pass' : 'MISS'}: ${r.file} ${kb(r.gzip)} gzip (budget ${kb(CONTENT_SCRIPT_BUDGET_GZIP)})`);
  }
}
