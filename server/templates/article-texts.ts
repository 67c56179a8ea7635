import type { IngestResult } from '../ingest/types.ts';

/**
 * The official text of each top-level unit (a treaty's articles) from an ingestion result: the unit's own words,
 * then each paragraph prefixed with its label as printed ("1.", "(a)"), one per line. Pure.
 */
export function articleTextsFromIngest(result: IngestResult): Map<string, string> {
  const lines = new Map<string, string[]>();
  for (const p of result.provisions) {
    const body = p.text.trim();
    if (!body) continue;
    const list = lines.get(p.unit) ?? [];
    lines.set(p.unit, list);
    list.push(p.level === 0 ? body : `${paragraphLabel(p.num, p.unit)} ${body}`.trim());
  }
  return new Map([...lines].map(([unit, ls]) => [unit, ls.join('\n')]));
}

/** "6(1)(a)" in unit "6" -> "(a)"; "1.b" -> "b"; falls back to the whole number. */
function paragraphLabel(num: string, unit: string): string {
  const rest = num.startsWith(unit) ? num.slice(unit.length) : num;
  const parens = rest.match(/\([^()]*\)$/);
  if (parens) return parens[0];
  const last = rest.split('.').filter(Boolean).pop();
  return last ?? rest;
}

// "## Article 2 – Illegal access": one heading per article, the layout of the treaty texts in the corpus.
const ARTICLE_HEADING = /^#{1,6}\s*Article\s+([0-9]+[A-Za-z]*)\b\s*(?:[–—-]\s*(.*))?$/i;
// Any other heading, or a bold chapter/section/title line, ends an article.
const OTHER_BREAK = /^(#{1,6}\s|\*\*\s*(CHAPTER|SECTION|TITLE|PART)\b)/i;

/**
 * A fallback reader for treaty texts laid out with one Markdown heading per article, used when the ingestion
 * pipeline is unavailable or misses an article. It only splits; it never rewrites the words.
 */
export function splitTreatyArticles(markdown: string): Map<string, { title: string; text: string }> {
  const out = new Map<string, { title: string; text: string }>();
  let current: { num: string; title: string; lines: string[] } | null = null;
  const close = (): void => {
    if (current && !out.has(current.num)) {
      out.set(current.num, { title: current.title, text: current.lines.join('\n').replace(/\n{2,}/g, '\n').trim() });
    }
    current = null;
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = line.match(ARTICLE_HEADING);
    if (heading) {
      close();
      current = { num: heading[1], title: (heading[2] ?? '').trim(), lines: [] };
      continue;
    }
    if (OTHER_BREAK.test(line)) {
      close();
      continue;
    }
    if (current && line) current.lines.push(line);
  }
  close();
  return out;
}
