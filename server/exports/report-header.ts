import type { Instrument } from '../ingest/types.ts';

/**
 * What a memo's annex says of each instrument before any finding: its number, kind and stage, the text read, and
 * where the official text is published. Words only from the instrument's own metadata: never guessed.
 */

const numberPatterns = [
  /\((?:Act|Bill)\s+No\.\s*[^)]+\)/i, // (Act No. 7 of 2021)
  /\(No\.\s*[^)]+\)/i, // (No. 5 of 2018)
  /\(Act\s+\d+(?:\s+of\s+\d{4})?\)/i, // (Act 1038), (Act 12 of 2019)
  /Republic Act No\.\s*\d+/i,
  /\[Chapter\s+[\d:]+\]/i,
  /\bCap\.\s*\d+[A-Z]?(?::\d+)?/,
  /\bD\.R\.\s*\d+\/\d{4}/,
  /\bAct\s+\d+\s+of\s+\d{4}/i,
];

/** The instrument's number as its title prints it ("Act No. 7 of 2021", "Chapter 9:23"), or null. */
export function instrumentNumber(title: string): string | null {
  for (const p of numberPatterns) {
    const m = title.match(p);
    if (m) return m[0].replace(/^[([]|[)\]]$/g, '').trim();
  }
  return null;
}

const stages: Record<Instrument['kind'], string> = {
  bill: 'Bill: a draft before Parliament, not law until enacted (cited by clause, "cl.")',
  act: 'Act as enacted (cited by section, "s.")',
  revised: 'Act, revised or consolidated edition (cited by section, "s.")',
  chapter: 'Chapter of a code or consolidated Act (cited by section, "s.")',
  treaty: 'Treaty',
  model: 'Model law',
  regulation: 'Regulations',
  resolution: 'Resolution',
  other: 'Other instrument',
};

export function kindAndStage(kind: Instrument['kind']): string {
  return stages[kind] ?? 'Other instrument';
}

/** The text read: its year, its file and the first characters of its SHA-256, so a reader can tell versions apart. */
export function versionWords(instrument: Pick<Instrument, 'year' | 'source'>, ingestedAt?: string): string {
  const year = instrument.year ? `${instrument.year}` : 'year not given';
  const read = `text read from ${instrument.source.file}${instrument.source.sha256 ? ` (SHA-256 ${instrument.source.sha256.slice(0, 12)})` : ''}`;
  return `${year}; ${read}${ingestedAt ? `, ingested ${ingestedAt.slice(0, 10)}` : ''}`;
}
