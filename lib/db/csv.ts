/**
 * CSV that Excel opens correctly: UTF-8 with a byte-order mark (without it
 * Excel reads UTF-8 as the local code page and Chinese turns to mojibake),
 * CRLF line ends, every field quoted with inner quotes doubled, and cells
 * that Excel would run as formulas (= + - @, also after a tab or CR) made
 * inert with a leading apostrophe (OWASP "CSV injection").
 *
 * Pure: no DOM, no Dexie; the dashboard wraps the text in a Blob.
 */

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: text from pages is hostile, so anything that looks like a formula is neutralised. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '""';
  let s: string;
  if (typeof value === 'number') {
    // Numbers we produce are data, not formulas, but a negative number would
    // otherwise be prefixed: keep finite numbers as they are.
    if (Number.isFinite(value)) return `"${String(value)}"`;
    s = '';
  } else s = String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',') + CRLF;
}

/** A whole file: BOM, header row, data rows. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  let out = BOM + csvRow(header);
  for (const r of rows) out += csvRow(r);
  return out;
}

/**
 * The same file as chunks (for a Blob), so a long export never builds one
 * giant string. Each chunk holds up to `rowsPerChunk` rows.
 */
export function* csvChunks(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
  rowsPerChunk = 1000,
): Generator<string> {
  let chunk = BOM + csvRow(header);
  let n = 0;
  for (const r of rows) {
    chunk += csvRow(r);
    if (++n >= rowsPerChunk) {
      yield chunk;
      chunk = '';
      n = 0;
    }
  }
  if (chunk) yield chunk;
}

/**
 * Read a CSV produced by `toCsv` (or any RFC 4180 file) back into rows; used
 * by tests and by anyone checking an export. Strips a BOM.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.startsWith(BOM) ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
