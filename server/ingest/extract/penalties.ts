import type { Penalty } from '../types.ts';
import { CURRENCY_SYMBOL_SOURCE, CURRENCY_WORD_SOURCE, resolveCurrency } from './currency.ts';
import { NUMBER_FIGURES_SOURCE, NUMBER_SOURCE, parseNumber } from './number-words.ts';
import { RPC_PENALTY_SOURCE, rpcPenaltyMonths } from './rpc-penalties.ts';

/**
 * Maximum penalties, per mode of trial where the statute distinguishes them. Commonwealth drafting states maxima
 * ("a fine of $50 000 or imprisonment for 2 years": both are ceilings), and some statutes add floors ("not less
 * than two years and not more than five years"): floors are skipped, because the record holds maxima only.
 */

/** The jurisdiction (ISO 3166 alpha-2) resolves "$" and "dollars" to the local currency. */
type PenaltyHint = string | { jurisdiction?: string | null } | null | undefined;

const MODE_MARKER = new RegExp(
  [
    'on\\s+summary\\s+conviction',
    'summarily\\s+convicted|upon\\s+summary\\s+conviction',
    '(?:on\\s+|upon\\s+)?conviction\\s+(?:on|upon)\\s+indictment',
    'convicted\\s+on\\s+indictment',
    'on\\s+conviction|upon\\s+conviction',
  ].join('|'),
  'gi',
);

const PENALTY_WORDS = /imprison|fine[ds]?\b|penal\s+servitude|prisi[oó]n|reclusion|arresto|penalty|jail/i;
const IMPRISONMENT_WORD = /imprison\w*|penal\s+servitude|jail|detention|custody/gi;
const LIFE = /imprison\w*\s+for\s+(?:the\s+(?:rest|remainder)\s+of\s+(?:his|her|their|the\s+person's)\s+)?(?:natural\s+)?life|life\s+imprisonment|imprisonment\s+for\s+life/i;
const FINE_WORD = /\bfine[ds]?\b|penalty|forfeit/i;
const FLOOR_BEFORE = /(?:not\s+less\s+than|no\s+less\s+than|at\s+least|minimum(?:\s+(?:term|fine))?\s+of|a\s+minimum\s+of)\s*(?:a\s+term\s+of\s*)?$/i;

const DURATION = new RegExp(`(${NUMBER_SOURCE})\\s*(?:\\(\\s*\\d+\\s*\\)\\s*)?(years?|months?|weeks?|days?)\\b`, 'gi');
const RPC_PENALTY = new RegExp(RPC_PENALTY_SOURCE, 'gi');
const MONEY_BY_WORD = new RegExp(
  `(${NUMBER_SOURCE})\\s+(${CURRENCY_WORD_SOURCE})(?:\\s*\\([^)]{0,40}\\))?`,
  'gi',
);
const MONEY_BY_SYMBOL = new RegExp(
  `(${CURRENCY_SYMBOL_SOURCE})\\s?((?:${NUMBER_FIGURES_SOURCE})(?:\\s+(?:million|billion|thousand))?)`,
  'g',
);
// Zimbabwe's Criminal Law Code fixes fines by levels of a standard scale ("a fine not exceeding level 14").
const FINE_LEVEL = new RegExp(`\\blevel\\s+(${NUMBER_SOURCE})\\b`, 'gi');

const MONTHS_PER: Record<string, number> = { year: 12, month: 1, week: 12 / 52, day: 12 / 365 };

function jurisdictionOf(hint: PenaltyHint): string | undefined {
  if (!hint) return undefined;
  if (typeof hint === 'string') return hint;
  return hint.jurisdiction ?? undefined;
}

function isFloor(text: string, at: number): boolean {
  return FLOOR_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}

/** The longest imprisonment the piece allows, in months; Infinity for life. */
function maxImprisonment(piece: string): number | undefined {
  let best: number | undefined;
  const keep = (months: number) => {
    if (best === undefined || months > best) best = months;
  };
  if (LIFE.test(piece)) keep(Number.POSITIVE_INFINITY);
  for (const m of piece.matchAll(RPC_PENALTY)) {
    const months = rpcPenaltyMonths(m[0]);
    if (months !== null && !isFloor(piece, m.index)) keep(months);
  }
  const anchors = [...piece.matchAll(IMPRISONMENT_WORD)].map((m) => m.index);
  if (anchors.length === 0) return best;
  for (const m of piece.matchAll(DURATION)) {
    // A duration counts only shortly after a word of imprisonment, so "within 2 years" elsewhere is ignored.
    if (!anchors.some((a) => a < m.index && m.index - a < 120)) continue;
    if (isFloor(piece, m.index)) continue;
    const value = parseNumber(m[1]);
    const unit = m[2].toLowerCase().replace(/s$/, '');
    if (value !== null && value > 0) keep(Math.round(value * MONTHS_PER[unit] * 100) / 100);
  }
  return best;
}

/** The largest fine the piece allows, with its currency. */
function maxFine(piece: string, jurisdiction?: string): Penalty['fine'] {
  if (!FINE_WORD.test(piece)) return undefined;
  let best: Penalty['fine'];
  const taken: Array<[number, number]> = [];
  const keep = (amount: number | null, currency: string) => {
    if (amount === null || amount <= 0) return;
    if (!best || (best.currency === currency ? amount > best.amount : false) || best.currency === '$') {
      best = { amount, currency };
    }
  };
  for (const m of piece.matchAll(MONEY_BY_WORD)) {
    taken.push([m.index, m.index + m[0].length]);
    if (isFloor(piece, m.index)) continue;
    keep(parseNumber(m[1]), resolveCurrency(m[2], jurisdiction));
  }
  for (const m of piece.matchAll(MONEY_BY_SYMBOL)) {
    // "Two hundred thousand pesos (PhP200,000.00)" states one amount twice.
    if (taken.some(([s, e]) => m.index >= s && m.index < e)) continue;
    if (isFloor(piece, m.index)) continue;
    keep(parseNumber(m[2]), resolveCurrency(m[1], jurisdiction));
  }
  for (const m of piece.matchAll(FINE_LEVEL)) {
    if (isFloor(piece, m.index)) continue;
    keep(parseNumber(m[1]), 'fine level');
  }
  return best;
}

function penaltyOf(piece: string, mode: Penalty['mode'], jurisdiction?: string): Penalty | null {
  if (!PENALTY_WORDS.test(piece)) return null;
  const months = maxImprisonment(piece);
  const fine = maxFine(piece, jurisdiction);
  if (months === undefined && !fine) return null;
  const penalty: Penalty = { mode, quote: piece.length > 400 ? `${piece.slice(0, 399)}…` : piece };
  if (months === Number.POSITIVE_INFINITY) penalty.life = true;
  else if (months !== undefined) penalty.imprisonmentMonths = months;
  if (fine) penalty.fine = fine;
  return penalty;
}

function modeOf(marker: string): Penalty['mode'] {
  if (/summar/i.test(marker)) return 'summary';
  if (/indictment/i.test(marker)) return 'indictment';
  return 'any';
}

/**
 * Maximum imprisonment (months) and fine per mode of trial, one entry per penalty clause.
 * `hint` names the jurisdiction, so that "$" can be read as the local dollar.
 */
export function extractPenalties(text: string, hint?: PenaltyHint): Penalty[] {
  if (typeof text !== 'string' || !PENALTY_WORDS.test(text)) return [];
  const clean = text.replace(/\s+/g, ' ').trim();
  const jurisdiction = jurisdictionOf(hint);
  const markers = [...clean.matchAll(MODE_MARKER)];
  const segments: Array<{ mode: Penalty['mode']; text: string }> = [];
  segments.push({ mode: 'any', text: clean.slice(0, markers[0]?.index ?? clean.length) });
  markers.forEach((m, i) => {
    segments.push({ mode: modeOf(m[0]), text: clean.slice(m.index, markers[i + 1]?.index ?? clean.length) });
  });
  const penalties: Penalty[] = [];
  // Scraped texts sometimes repeat a sentence; the same figures for the same mode say nothing new.
  const seen = new Set<string>();
  for (const segment of segments) {
    for (const raw of segment.text.split(/;|\.\s+(?=[A-Z(])/)) {
      const penalty = penaltyOf(raw.trim(), segment.mode, jurisdiction);
      if (!penalty) continue;
      const key = JSON.stringify([penalty.mode, penalty.imprisonmentMonths, penalty.life, penalty.fine]);
      if (seen.has(key)) continue;
      seen.add(key);
      penalties.push(penalty);
    }
  }
  return penalties;
}
