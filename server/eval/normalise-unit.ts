/**
 * One spelling for a top-level unit, so that "s. 4", "Section 4", "sec 4", "4" and "§4" compare equal. US Code
 * subsections keep their brackets ("(a)"), because there the letter is the unit.
 */
export function normaliseUnit(raw: string): string {
  let u = raw.trim().replace(/\s+/g, ' ');
  u = u.replace(/^(?:ss?\.|sections?|secs?\.?|§+|clauses?|cl\.|articles?|art\.)\s*/i, '');
  u = u.replace(/\.$/, '').trim();
  if (/^\([a-z0-9]+\)/i.test(u)) {
    const first = /^\(([a-z0-9]+)\)/i.exec(u)!;
    return `(${first[1].toLowerCase()})`;
  }
  // A pinpoint such as 4(1)(a) names its section: the unit is the leading number with its letter suffix.
  const m = /^(\d+[A-Za-z]{0,2})/.exec(u);
  if (m) return m[1].toUpperCase();
  return u.toLowerCase();
}
