import { formatMoney } from '../../lib/model/money';

export { formatMoney };

/** A date for people, in their locale. */
export function formatDate(t: number, locale: string, withTime = false): string {
  try {
    return new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    }).format(t);
  } catch {
    return new Date(t).toISOString().slice(0, withTime ? 16 : 10);
  }
}

export function formatNumber(n: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(n);
  } catch {
    return String(n);
  }
}

/** A time of day for people (live-room presentations). */
export function formatTime(t: number, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(t);
  } catch {
    return new Date(t).toISOString().slice(11, 16);
  }
}
