/**
 * Citations the way a lawyer writes them: "s. 4(1)(a)", "ss. 4, 5", "Art. 2", "§ 1030(a)(2)".
 */
export type UnitKind = 'sections' | 'articles' | 'subsections' | undefined;

function codeSection(title: string | undefined): string | null {
  const match = title?.match(/§\s*([0-9][0-9A-Za-z.-]*)/);
  return match ? match[1]! : null;
}

export function citeOne(num: string, units: UnitKind, title?: string): string {
  if (units === 'articles') return `Art. ${num}`;
  if (units === 'subsections') {
    const section = codeSection(title);
    return section ? `§ ${section}${num}` : `subs. ${num}`;
  }
  if (/^schedule/i.test(num)) return num;
  return `s. ${num}`;
}

export function citeMany(nums: string[], units: UnitKind, title?: string): string {
  if (nums.length === 0) return '—';
  if (nums.length === 1) return citeOne(nums[0]!, units, title);
  if (units === 'articles') return `Arts. ${nums.join(', ')}`;
  if (units === 'subsections') {
    const section = codeSection(title);
    return section ? `§ ${section}${nums.join(', ')}` : `subss. ${nums.join(', ')}`;
  }
  return `ss. ${nums.join(', ')}`;
}

export function articleLabel(article: string, title?: string): string {
  return title ? `Art. ${article} ${title}` : `Art. ${article}`;
}

const regionNames = typeof Intl !== 'undefined' && 'DisplayNames' in Intl ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

/** "KE" → "Kenya"; INT for treaties; XX when unknown. */
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
