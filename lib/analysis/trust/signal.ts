/**
 * A named check with its evidence. UI strings are translated elsewhere: the
 * evidence stays structured (numbers, ids, short quoted examples), and
 * `messageKey` names the sentence the overlay renders from it.
 */
export type Verdict = 'pass' | 'warn' | 'fail' | 'info';

export type EvidenceValue = string | number | boolean | null | EvidenceValue[] | { [key: string]: EvidenceValue };
export type Evidence = { [key: string]: EvidenceValue };

export interface Signal {
  /** Stable id, e.g. `reviews.burst`, `seller.score`, `host.discounts`. */
  id: string;
  verdict: Verdict;
  /** How much the signal counts in a grade, 0..1. */
  weight: number;
  /** i18n key of the sentence that explains it, e.g. `trust.signal.burst`. */
  messageKey: string;
  evidence: Evidence;
}

export function signal(id: string, messageKey: string, verdict: Verdict, weight: number, evidence: Evidence): Signal {
  return { id, verdict, weight, messageKey, evidence };
}

/** Round for evidence: shares to 3 places, so evidence is readable and stable. */
export function r3(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 1000) / 1000 : 0;
}

/** A short example quote for evidence: page text, capped. */
export function quote(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
