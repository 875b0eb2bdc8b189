/**
 * Number scanning: finds digit runs with their grouping and decimal
 * separators in normalised text, and decides which separator is the decimal
 * one ("1.299,00", "1,299.00", "1 299,00", "1'299.00", "1,29,999.00").
 */

export interface NumberToken {
  start: number;
  end: number;
  /** Digit groups, left to right. */
  groups: string[];
  /** Separator before each group after the first: '.', ',', ' ', "'", or '. ' / ', ' (decimal with a stray space). */
  seps: string[];
  /** Written as a whole amount with a dash for cents: "12,-", "12.–". */
  dashCents: boolean;
  /** 万 (1e4), 千 (1e3), 亿 (1e8), lakh (1e5), crore (1e7) after the number: the power of ten. */
  power: number;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

function digitRun(s: string, i: number): number {
  let j = i;
  while (j < s.length && isDigit(s[j])) j++;
  return j;
}

/** Scan one number starting at a digit at `i`. */
export function scanNumber(s: string, i: number): NumberToken {
  let j = digitRun(s, i);
  const groups = [s.slice(i, j)];
  const seps: string[] = [];
  const maxLen = 40;
  while (j < s.length && j - i < maxLen) {
    const c = s[j] as string;
    if ((c === '.' || c === ',') && isDigit(s[j + 1])) {
      const k = digitRun(s, j + 1);
      const g = s.slice(j + 1, k);
      // Indian grouping "1,29,999": a two-digit group followed by another comma group.
      const indian = c === ',' && g.length === 2 && s[k] === ',' && isDigit(s[k + 1]);
      groups.push(g);
      seps.push(c);
      j = k;
      if (g.length !== 3 && !indian) break; // a decimal part ends the number
      continue;
    }
    if (c === "'" && isDigit(s[j + 1])) {
      const k = digitRun(s, j + 1);
      // Two digits after an apostrophe, the number's end, are its cents: Spanish shops' "69'95 €" (GAME), never a group
      // of thousands.
      if (k - j - 1 === 2 && s[k] !== "'") {
        groups.push(s.slice(j + 1, k));
        seps.push("'");
        j = k;
        break;
      }
      if (k - j - 1 !== 3) break;
      groups.push(s.slice(j + 1, k));
      seps.push("'");
      j = k;
      continue;
    }
    if (c === ' ' && isDigit(s[j + 1])) {
      const k = digitRun(s, j + 1);
      // "1 299" groups thousands only with exactly three digits, only after
      // space groups, and only when the first group could lead a group.
      const onlySpaces = seps.every((x) => x === ' ');
      if (k - j - 1 !== 3 || !onlySpaces || (groups[0] as string).length > 3) break;
      // "1 2 3 4 5": do not glue a list of short numbers.
      groups.push(s.slice(j + 1, k));
      seps.push(' ');
      j = k;
      continue;
    }
    // "$119. 95", "1.837, 32 €": a decimal separator followed by a stray space and two digits.
    if ((c === '.' || c === ',') && s[j + 1] === ' ' && isDigit(s[j + 2]) && isDigit(s[j + 3]) && !isDigit(s[j + 4])) {
      if (s[j + 4] === ',' || s[j + 4] === '.') break; // "38, 40, 42": a list, not cents
      groups.push(s.slice(j + 2, j + 4));
      seps.push(`${c} `);
      j += 4;
      break;
    }
    break;
  }
  let dashCents = false;
  const tail = /^[.,]-{1,2}(?!\d)/.exec(s.slice(j, j + 3));
  if (tail) {
    dashCents = true;
    j += tail[0].length;
  }
  let power = 0;
  const mult = /^ ?(万|萬|千|亿|億)/.exec(s.slice(j, j + 2));
  if (mult) {
    power = mult[1] === '千' ? 3 : mult[1] === '万' || mult[1] === '萬' ? 4 : 8;
    j += mult[0].length;
  }
  // South Asia's lakh (1e5) and crore (1e7) after the number: OLX Pakistan's "Rs 24 Lacs", Daraz's "Rs. 2.4 Lac".
  const indian = /^ ?(lacs?|lakhs?|crores?)(?![a-z])/i.exec(s.slice(j, j + 8));
  if (!mult && indian) {
    power = /^c/i.test(indian[1] as string) ? 7 : 5;
    j += indian[0].length;
  }
  return { start: i, end: j, groups, seps, dashCents, power };
}

/**
 * The plain decimal a number token stands for ("1299.00"), or null when its
 * separators do not make a number (a date "15.08.2017", a list "1.2.3").
 * `decimals3` says the currency has three minor digits (BHD, KWD), where
 * "1.250" is one and a quarter.
 */
export function interpretNumber(tok: NumberToken, decimals3 = false): string | null {
  const { groups, seps } = tok;
  const n = seps.length;
  if (n === 0) return clean(groups[0] as string, '');
  const last = seps[n - 1] as string;
  const lastGroup = groups[n] as string;
  let decimalAt = -1; // index into seps of the decimal separator
  if (last === '. ' || last === ', ' || (last === "'" && lastGroup.length === 2)) decimalAt = n - 1;
  else if (last === '.' || last === ',') {
    const kinds = new Set(seps.filter((x) => x === '.' || x === ','));
    const count = seps.filter((x) => x === last).length;
    if (kinds.size > 1) {
      if (count > 1) return null; // "1.299,000,00"
      decimalAt = n - 1;
    } else if (count > 1) {
      if (lastGroup.length !== 3) {
        // "1,299,99": grouping then a decimal written with the same mark; only valid with 2-digit tail after valid groups
        if (last === ',' && seps.every((x) => x === ',') && isIndian(groups.slice(0, -1))) decimalAt = n - 1;
        else return null;
      }
    } else if (lastGroup.length !== 3) decimalAt = n - 1;
    else if (n > 1)
      decimalAt = n - 1; // "1 299.000" / "1'299,500": other marks group, this one is decimal
    else if (groups[0] === '0' || decimals3 || (groups[0] as string).length > 3) decimalAt = n - 1;
  }
  const intGroups = decimalAt >= 0 ? groups.slice(0, decimalAt + 1) : groups;
  const intSeps = decimalAt >= 0 ? seps.slice(0, decimalAt) : seps;
  if (intSeps.length > 0 && !validGrouping(intGroups, intSeps)) return null;
  const frac = decimalAt >= 0 ? (groups[decimalAt + 1] as string) : '';
  return clean(intGroups.join(''), frac);
}

function isIndian(groups: string[]): boolean {
  // 1,29,999 : first 1-2 digits, middle 2s, last 3
  if (groups.length < 2) return false;
  const lastG = groups[groups.length - 1] as string;
  if (lastG.length !== 3) return false;
  return groups.slice(0, -1).every((g, i) => (i === 0 ? g.length >= 1 && g.length <= 3 : g.length === 2));
}

function validGrouping(groups: string[], _seps: string[]): boolean {
  const first = groups[0] as string;
  if (first.length < 1 || first.length > 3) return false;
  if (groups.slice(1).every((g) => g.length === 3)) return true;
  return isIndian(groups);
}

function clean(int: string, frac: string): string {
  const i = int.replace(/^0+(?=\d)/, '');
  return frac ? `${i}.${frac}` : i;
}
