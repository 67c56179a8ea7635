import type { Instrument, Provision } from '../ingest/types.ts';

/**
 * How a lawyer cites a provision: "s. 4(1)(a)" in a statute, "Art. 2" in a treaty, "18 U.S.C. 1030(a)(2)" in a
 * US Code section whose units are subsections, "Sch. 1, para. 2" in a Schedule.
 */
export function citeProvision(units: Instrument['units'] | undefined, title: string, provision: Pick<Provision, 'num' | 'unit'>): string {
  const num = provision.num || provision.unit;
  const schedule = /^(?:First|Second|Third|Fourth|Fifth|\d+\w*)?\s*Schedule\s*(\w*)/i.exec(provision.unit);
  if (schedule) {
    const rest = num.startsWith(provision.unit) ? num.slice(provision.unit.length).trim() : num === provision.unit ? '' : num;
    return `Sch.${schedule[1] ? ` ${schedule[1]}` : ''}${rest ? `, para. ${rest}` : ''}`.trim();
  }
  if (units === 'articles') return `Art. ${num}`;
  if (units === 'subsections') {
    const code = /(\d+)\s*U\.?\s*S\.?\s*C\.?\s*(?:§+\s*)?(\d+\w*)/i.exec(title);
    return code ? `${code[1]} U.S.C. ${code[2]}${num}` : `§ ${num}`;
  }
  return `s. ${num}`;
}
