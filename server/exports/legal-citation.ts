/**
 * How a lawyer cites an instrument and its provisions. One module for the server's exports and the browser's
 * "Copy citation" (it has no imports, so the client bundles it as it is):
 *   "Cybercrime Bill, 2024 (Barbados), cl. 4(1)(a)"   a Bill's provisions are clauses
 *   "Computer Misuse Act 1993 (Singapore), s. 3(1)"    an Act's are sections
 *   "Convention on Cybercrime (ETS No. 185), Art. 2"  a treaty's are articles
 *   "18 U.S.C. § 1030(a)(2)"                          a code section's units are its subsections
 */

export type UnitStyle = 'sections' | 'articles' | 'subsections' | undefined;

interface CitedInstrument {
  title: string;
  jurisdiction: string;
  kind?: string;
  units?: UnitStyle;
}

/** "cl." for a Bill (its provisions are clauses until enacted), "Art." for a treaty, else "s.". */
export function unitPrefix(units: UnitStyle, kind?: string): string {
  if (units === 'articles') return 'Art.';
  if (kind === 'bill') return 'cl.';
  return 's.';
}

/** The plural: "cls. 4, 5", "ss. 4, 5", "Arts. 2, 3". */
function unitsPrefix(units: UnitStyle, kind?: string): string {
  const one = unitPrefix(units, kind);
  return one === 'Art.' ? 'Arts.' : one === 'cl.' ? 'cls.' : 'ss.';
}

function codeSection(title: string | undefined): string | null {
  const match = title?.match(/§\s*([0-9][0-9A-Za-z.-]*)/);
  return match ? match[1]! : null;
}

/** One provision: "s. 4(1)(a)", "cl. 8(2)", "Art. 2", "§ 1030(a)(2)"; a Schedule is cited by its own name. */
export function citeUnit(num: string, units: UnitStyle, kind?: string, title?: string): string {
  if (units === 'subsections') {
    const section = codeSection(title);
    return section ? `§ ${section}${num}` : `subs. ${num}`;
  }
  if (/^(schedule|part|annex|appendix)\b/i.test(num)) return num;
  return `${unitPrefix(units, kind)} ${num}`;
}

/** Several provisions of one instrument: "ss. 4, 5", "cls. 8, 9", "§ 1030(a), (b)". */
export function citeUnits(nums: string[], units: UnitStyle, kind?: string, title?: string): string {
  if (nums.length === 0) return '—';
  if (nums.length === 1) return citeUnit(nums[0]!, units, kind, title);
  if (units === 'subsections') {
    const section = codeSection(title);
    return section ? `§ ${section}${nums.join(', ')}` : `subss. ${nums.join(', ')}`;
  }
  return `${unitsPrefix(units, kind)} ${nums.join(', ')}`;
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
 * then the pinpoint. "Cybercrime Bill, 2024 (Barbados), cl. 4(1)(a)".
 */
export function legalCitation(instrument: CitedInstrument, pinpoints: string[] = []): string {
  const place = jurisdictionName(instrument.jurisdiction);
  const named = instrument.jurisdiction === 'INT' || instrument.jurisdiction === 'XX' || instrument.title.includes(place) || /U\.S\.C\./.test(instrument.title);
  const head = named ? instrument.title : `${instrument.title} (${place})`;
  if (pinpoints.length === 0) return head;
  if (instrument.units === 'subsections' && codeSection(instrument.title)) return `${head.replace(/:.*$/, '')}${pinpoints.join(', ')}`;
  return `${head}, ${citeUnits(pinpoints, instrument.units, instrument.kind, instrument.title)}`;
}
