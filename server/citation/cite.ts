/**
 * How a lawyer cites an instrument and its provisions: one set of rules for the exports, the alignment's reasons,
 * search and the browser (it imports nothing, so the client bundles it as it is).
 *   "Cybercrime Bill, 2024 (Barbados), cl. 4(1)(a)"   a Bill's provisions are clauses until enacted
 *   "Computer Misuse Act 1993 (Singapore), s. 3(1)"    an Act's are sections
 *   "Electronic Crimes Regulations, reg. 4"           Regulations' are regulations
 *   "Convention on Cybercrime (ETS No. 185), Art. 2"  a treaty's (a template's) are articles
 *   "18 U.S.C. § 1030(a)(2)"                          a code section's units are its subsections
 *   "Schedule 1", "Part II"                           a unit that names itself is cited by its name
 *   "cl. 2 (inserting s. 20A into Cap. 140A)"        a provision an amending instrument inserts elsewhere
 */

export type UnitStyle = 'sections' | 'articles' | 'subsections';

/** What a citation needs to know of its instrument: how its units are numbered, its stage, its title. */
export interface CitedUnits {
  units?: UnitStyle;
  kind?: string;
  title?: string;
}

interface CitedInstrument extends CitedUnits {
  title: string;
  jurisdiction: string;
}

/** "cl." for a Bill, "reg." for Regulations, "Art." for a treaty, else "s.". */
export function unitPrefix(instrument: CitedUnits): string {
  if (instrument.units === 'articles') return 'Art.';
  if (instrument.kind === 'bill') return 'cl.';
  if (instrument.kind === 'regulation') return 'reg.';
  return 's.';
}

const PLURAL: Record<string, string> = { 'Art.': 'Arts.', 'cl.': 'cls.', 'reg.': 'regs.', 's.': 'ss.' };

/** The section of a code whose units are its subsections, from its title: "18 U.S.C. § 1030: ..." → "1030". */
function codeSection(title: string | undefined): string | null {
  const match = title?.match(/§\s*([0-9][0-9A-Za-z.-]*)/) ?? title?.match(/U\.?\s*S\.?\s*C\.?\s+(\d+\w*)/);
  return match ? match[1]! : null;
}

/** A pinpoint that carries no number of its own unit kind: "Schedule 1", "Part II", or a bare "(a)(2)". */
function namesItself(num: string): boolean {
  return num.startsWith('(') || /^(?:(?:first|second|third|fourth|fifth|\d+\w*)\s+)?(schedule|part|annex|appendix)\b/i.test(num);
}

/** One provision: "s. 4(1)(a)", "cl. 8(2)", "reg. 4", "Art. 2", "§ 1030(a)(2)"; a Schedule by its own name. */
export function citeUnit(instrument: CitedUnits, num: string): string {
  if (instrument.units === 'subsections') {
    const section = codeSection(instrument.title);
    return section && num.startsWith('(') ? `§ ${section}${num}` : num;
  }
  if (namesItself(num)) return num;
  return `${unitPrefix(instrument)} ${num}`;
}

/** "a, b and c" in a sentence, "a, b, c" in a table cell. */
function list(xs: string[], prose: boolean): string {
  return prose && xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}` : xs.join(', ');
}

/**
 * Several provisions of one instrument: "ss. 4, 5" in a table cell, "ss. 4 and 5" in a sentence (`prose`),
 * "cls. 8, 9", "§ 1030(a), (b)"; a list that mixes Schedules with sections cites each on its own.
 */
export function citeUnits(instrument: CitedUnits, nums: string[], options: { prose?: boolean } = {}): string {
  const prose = options.prose ?? false;
  if (nums.length === 0) return '—';
  if (nums.length === 1) return citeUnit(instrument, nums[0]!);
  if (instrument.units === 'subsections') {
    const section = codeSection(instrument.title);
    return section && nums.every((n) => n.startsWith('(')) ? `§ ${section}${list(nums, prose)}` : list(nums, prose);
  }
  if (nums.some(namesItself)) return list(nums.map((n) => citeUnit(instrument, n)), prose);
  return `${PLURAL[unitPrefix(instrument)]} ${list(nums, prose)}`;
}

/**
 * What an amending clause puts where, after the clause's own citation: "inserting s. 163(1) into Cap. 9:23",
 * "substituting s. 4 in Cap. 11:20". `target` names the amended law (its chapter, or its title); the inserted
 * provision is a section of that law.
 */
export function insertionWords(p: { num: string }, action: 'insert' | 'substitute', target: string): string {
  return action === 'substitute' ? `substituting s. ${p.num} in ${target}` : `inserting s. ${p.num} into ${target}`;
}

interface CitedProvision {
  num: string;
  /** The top-level unit, for a paragraph of a Schedule numbered within it ("Schedule 1", num "2"). */
  unit?: string;
  inserted?: { by: { num: string }; action: 'insert' | 'substitute'; into: string };
}

/**
 * A provision as a lawyer cites it: its pinpoint, "Schedule 1, para. 2" inside a Schedule, and for a provision an
 * amending instrument quotes, the amending clause first, then what it puts where: "cl. 2 (inserting s. 20A into
 * Cap. 140A)".
 */
export function citeProvision(instrument: CitedUnits, p: CitedProvision): string {
  if (p.inserted) {
    const { by, action, into } = p.inserted;
    return `${citeUnit(instrument, by.num)} (${insertionWords(p, action, into)})`;
  }
  const num = p.num || p.unit || '';
  if (p.unit && namesItself(p.unit) && !num.startsWith('(') && !namesItself(num)) return `${p.unit}, para. ${num}`;
  return citeUnit(instrument, num);
}

/** A template article with its title: "Art. 2 Illegal access". */
export function articleLabel(article: string, title?: string): string {
  return title ? `Art. ${article} ${title}` : `Art. ${article}`;
}

const regionNames = typeof Intl !== 'undefined' && 'DisplayNames' in Intl ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

/** "KE" → "Kenya"; INT for treaties; XX when unknown; user-assigned codes as they are. */
export function jurisdictionName(code: string): string {
  if (code === 'INT') return 'International';
  if (!code || code === 'XX') return 'Unknown jurisdiction';
  // ISO 3166 keeps AA, QM-QZ, XA-XZ and ZZ for private use; Intl names some of them ("XA" → "Pseudo-Accents").
  if (/^(AA|Q[M-Z]|X[A-Z]|ZZ)$/i.test(code)) return code.toUpperCase();
  try {
    return regionNames?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/**
 * The full legal form: title, jurisdiction in brackets (unless the title already names it, or it is a treaty),
 * then the pinpoints. "Cybercrime Bill, 2024 (Barbados), cl. 4(1)(a)".
 */
export function legalCitation(instrument: CitedInstrument, pinpoints: string[] = []): string {
  const place = jurisdictionName(instrument.jurisdiction);
  const named = instrument.jurisdiction === 'INT' || instrument.jurisdiction === 'XX' || instrument.title.includes(place) || /U\.S\.C\./.test(instrument.title);
  const head = named ? instrument.title : `${instrument.title} (${place})`;
  if (pinpoints.length === 0) return head;
  const cited = citeUnits(instrument, pinpoints);
  // "18 U.S.C. § 1030: Fraud ..." is cited by its code alone, the section and subsection after it.
  if (instrument.units === 'subsections' && cited.startsWith('§')) return `${instrument.title.match(/^.*?U\.?\s*S\.?\s*C\./)?.[0] ?? head.replace(/\s*§.*$/, '')} ${cited}`;
  return `${head}, ${cited}`;
}

/** A pinpoint's top-level unit: "4(1)(a)" → "4", "46A" → "46A", "(a)(2)" → "(a)". */
function unitOf(pinpoint: string): string {
  const m = pinpoint.match(/^(\([^)]+\)|[^(\s]+)/);
  return m ? m[1]! : pinpoint;
}

/** Pinpoints in the order the instrument prints them (its units' order, then subsection by subsection), deduplicated. */
export function inDocumentOrder(instrument: { report: { units: Array<{ unit: string }> } }, pinpoints: string[]): string[] {
  const order = new Map(instrument.report.units.map((u, i) => [u.unit, i]));
  const rank = (p: string) => order.get(unitOf(p)) ?? Number.MAX_SAFE_INTEGER;
  return [...new Set(pinpoints)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }));
}
