import type { SourceLine } from '../source-line.ts';

/** A row of a Schedule of consequential amendments: the Act (first column) and what is done to it (second). */
export interface TableRow {
  enactment: string;
  amendment: string;
}

/**
 * PDF extraction flattens a two-column table into one line per page with its cells glued together
 * ("Column 1EnactmentDefamation Act, Cap. 199Extradition Act, Cap. 189Column 2AmendmentSection 34 is deleted.(a)In
 * section 4 ..."). A line is read as such a page only when it carries the column headings.
 */
const PAGE = /Column\s*1\s*(?:Enactments?)?(.*?)Column\s*2\s*(?:Amendments?)?(.*)$/;
/** "Defamation Act, Cap. 199" then "Extradition ...": a chapter number ends an enactment cell. */
const ENACTMENT = /\s*(.+?,\s*Cap\.\s*\d+(?::\d+)?(?:[A-Z](?![a-z]))?)/g;
/** Running heads and page numbers printed into the flattened page. */
const FURNITURE = [
  /^\s*L\.R\.O\.\s*\d{4}/,
  /(?:THE\s+)?SCHEDULE\s*\((?:Sections?|Clauses?|s\.)[^)]*\)\s*(?:[A-Z][A-Z ,'-]+?)?(?=Column)/,
  /Schedule\s*-\s*\(Concl'd\)\s*(?:[A-Z][A-Z ,'-]+\s*-\s*\(Concl'd\))?/gi,
  /(?<=[.”"])\s*\d{1,3}\s*$/,
];

/** Put back the word boundaries the flattening lost: "189Extradition", "deleted.(a)In", "(2)the", "paragraph40". */
export function unglueCells(text: string): string {
  return text
    .replace(/\ufb01\s?/g, 'fi').replace(/\ufb02\s?/g, 'fl')
    .replace(/([a-z\d.;:,)”"])(?=[A-Z][a-z])/g, '$1 ')
    .replace(/([.;:])(?=\()/g, '$1 ')
    .replace(/(\([a-zA-Z\d]{1,4}\))(?=[A-Za-z])/g, '$1 ')
    .replace(/([a-z])(?=\d)/g, '$1 ')
    .replace(/(\d)(?=\([a-z]\)\s?[a-z])/g, '$1 ')
    .replace(/:(?=["“])/g, ': ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Split one page's second column into `n` amendments: a new row starts after a stop with "(a)" or a sentence. */
function splitAmendments(col: string, n: number): string[] {
  if (n <= 1) return [col];
  const starts: number[] = [];
  for (const m of col.matchAll(/[.”"]\s*(?=\(a\)|[A-Z][a-z])/g)) {
    const at = m.index! + m[0].length;
    if (!/^\(b\)/.test(col.slice(at))) starts.push(at);
  }
  const preferred = starts.filter((s) => /^\(a\)/.test(col.slice(s)));
  const cuts = (preferred.length >= n - 1 ? preferred : starts).slice(0, n - 1);
  const out: string[] = [];
  let from = 0;
  for (const c of cuts) { out.push(col.slice(from, c)); from = c; }
  out.push(col.slice(from));
  return out;
}

/**
 * Read a flattened table spread over pages as one table: rows in order, a page whose first column is empty
 * continuing the last row. Returns null when the lines hold no such table; `rest` are the lines that are not pages.
 */
export function readAmendmentTable(lines: SourceLine[]): { rows: TableRow[]; rest: SourceLine[] } | null {
  const rows: TableRow[] = [];
  const rest: SourceLine[] = [];
  for (const line of lines) {
    let text = line.text;
    for (const f of FURNITURE) text = text.replace(f, '');
    const page = text.match(PAGE);
    if (!page) { rest.push(line); continue; }
    const enactments = [...page[1].matchAll(ENACTMENT)].map((m) => unglueCells(m[1]));
    const amendments = splitAmendments(page[2], Math.max(1, enactments.length)).map(unglueCells);
    if (enactments.length === 0 && rows.length) { rows[rows.length - 1].amendment += ` ${amendments.join(' ')}`; continue; }
    enactments.forEach((enactment, k) => rows.push({ enactment, amendment: amendments[k] ?? '' }));
  }
  return rows.length ? { rows, rest } : null;
}

/** The table as the Schedule's text: one block per row, the Act then its amendment. */
export function tableLines(rows: TableRow[], firstBlock: number): SourceLine[] {
  return rows.flatMap((r, k) => [{ text: `${r.enactment}:`, block: firstBlock + k }, { text: r.amendment, block: firstBlock + k }]);
}
