/**
 * Divergence flags in words a lawyer uses, for the reports and the client's screens alike (the client imports this
 * module: keep it free of imports). The machine's keys are stable slugs and never printed.
 */
const FLAG_WORDS: Record<string, string> = {
  recklessness: 'Recklessness suffices where the Convention requires intent (the national rule is wider)',
  'without-right': '"Without right" is narrowed',
  'security-measures': 'Requires infringement of security measures (an option the Convention allows)',
  'dishonest-intent': 'Requires dishonest intent (an option the Convention allows, or narrower)',
  'non-public-transmission': 'The non-public transmission element differs',
  'technical-means': 'The technical means element differs',
  'object-of-offence': 'The object of the offence is narrower (for example, protected computers only)',
  'penalty-range': 'Maximum imprisonment under one year (the Art. 24 extradition threshold)',
  'serious-harm': 'Requires serious harm (an option the Convention allows)',
  'time-limit': 'No time limit for the measure',
  confidentiality: 'No duty to keep the measure confidential',
  safeguards: 'Judicial or independent authorisation differs',
  'subscriber-information': 'Subscriber information is not covered',
  'extended-search': 'No extension of the search to connected systems',
  'assistance-order': 'No order to assist the authorities',
  'serious-offences': 'Limited to serious offences',
  'dual-criminality': 'Dual criminality is required',
};

/** A divergence with words of its own (recklessness, security measures), not one derived from an element. */
export function isNamedFlag(flag: string): boolean {
  return flag in FLAG_WORDS;
}

/** A flag in words; one derived from an element without a named flag is said with that element's label. */
export function flagWords(flag: string, elements: Array<{ id: string; label: string; flag?: string }> = []): string {
  if (FLAG_WORDS[flag]) return FLAG_WORDS[flag];
  const el = elements.find((e) => (e.flag ?? e.id.replace(/_/g, '-')) === flag);
  return el ? `${el.label}: missing or narrowed` : `${flag.replace(/[-_]/g, ' ').replace(/^./, (c) => c.toUpperCase())} differs`;
}
