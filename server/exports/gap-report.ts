import type { ArticleAlignment, CorrelationTable, CoverageStatus } from '../align/types.ts';
import type { Instrument } from '../ingest/types.ts';
import type { Template } from '../templates/types.ts';
import { citeUnit, inDocumentOrder, jurisdictionName } from '../citation/cite.ts';
import { flagWords, isNamedFlag } from './flag-words.ts';
import { reportMethod, type ReportMethod } from './report-method.ts';
import { instrumentNumber, kindAndStage, versionWords } from './report-header.ts';
import { buildFramework, type FrameworkArticle } from '../frameworks/build-framework.ts';
import { scoreSentences } from '../matrix/harmonisation-score.ts';
import { STATUS_WORDS } from '../matrix/status-words.ts';

/** One instrument as the report's header describes it. */
export interface ReportInstrument {
  id: string;
  title: string;
  number: string | null;
  kindAndStage: string;
  version: string;
  officialSource: string | null;
  /** A sample statute of a made-up state (never real law). */
  sample: boolean;
}

export interface ReportReview {
  article: string;
  title: string;
  instrument: string;
  author: string;
  date: string;
  note?: string;
  decision: { status: CoverageStatus; citations: string[] };
  machine: { status: CoverageStatus; citations: string[] };
}

export interface GapEntry {
  article: string;
  title: string;
  obligation: 'mandatory' | 'optional';
  status: CoverageStatus;
  /** Covered only by reading two or more instruments together. */
  combined: boolean;
  /** Pinpoints in document order ("cl." in a Bill, "s." in an Act); in a framework, each after its instrument's title. */
  citations: string[];
  /** Why the article is not fully implemented: the elements absent or narrowed, in words. */
  reasons: string[];
  /** Divergences in words, for covered articles too. */
  divergences: string[];
  /** For a missing article: the closest candidate provision and why it falls short (per instrument in a framework). */
  closest: string[];
  /** Framework: which instrument supplies each element found. */
  suppliedBy: Array<{ element: string; instruments: string[] }>;
  reviewed: { author: string; time: string; note?: string } | null;
}

export interface GapReport {
  kind: 'instrument' | 'framework';
  /** "Computer Misuse Act, 2021" or "Barbados: framework of 2 instruments". */
  subject: string;
  jurisdiction: { code: string; name: string };
  instruments: ReportInstrument[];
  /** Framework instruments a person excluded (named, so a reader knows they were left out on purpose). */
  excluded: ReportInstrument[];
  template: { id: string; title: string };
  generated: string;
  counts: { covered: number; partial: number; missing: number };
  /** The harmonisation score, reservable paragraphs left out, as in the matrix; and with them counted. */
  score: number | null;
  scoreAll: number | null;
  scores: { withoutOptions: string; withOptions: string };
  method: ReportMethod;
  missing: GapEntry[];
  partial: GapEntry[];
  covered: GapEntry[];
  reviews: ReportReview[];
  unmatched: Array<{ citation: string; heading?: string; why?: string }>;
}

export interface ReportMember {
  instrument: Instrument;
  table: CorrelationTable;
  officialSource?: string | null;
  sample?: boolean;
  ingestedAt?: string;
}

interface GapReportInput {
  members: ReportMember[];
  template: Pick<Template, 'id' | 'title' | 'shortTitle' | 'articles' | 'outOfScope'>;
  /** Present for a framework report (even of one instrument). */
  framework?: { jurisdiction: string; excluded: ReportMember[] };
  generated?: Date;
}

function header(m: ReportMember): ReportInstrument {
  const i = m.instrument;
  return {
    id: i.id,
    title: i.title,
    number: instrumentNumber(i.title),
    kindAndStage: kindAndStage(i.kind),
    version: versionWords(i, m.ingestedAt),
    officialSource: m.officialSource ?? null,
    sample: m.sample ?? false,
  };
}

/** "s. 4" reads "cl. 4" in a Bill: the engine's sentences say "s." for every statute. */
function inStage(instrument: Instrument, text: string): string {
  if (instrument.kind !== 'bill') return text;
  return text.replace(/\bss\. (?=\d)/g, 'cls. ').replace(/\bs\. (?=\d)/g, 'cl. ');
}

function cited(instrument: Instrument, pins: string[]): string[] {
  return inDocumentOrder(instrument, pins).map((p) => citeUnit(instrument, p));
}

export function buildGapReport(input: GapReportInput): GapReport {
  const { members, template } = input;
  const isFramework = Boolean(input.framework);
  const byId = new Map(members.map((m) => [m.instrument.id, m]));
  const named = members.length > 1;
  const jurisdiction = input.framework?.jurisdiction ?? members[0]?.instrument.jurisdiction ?? 'XX';
  const fw = buildFramework(jurisdiction, template.id, template.articles, members);
  const prefix = (id: string, text: string) => (named ? `${byId.get(id)!.instrument.title}, ${text}` : text);

  const entries: GapEntry[] = fw.articles.map((a: FrameworkArticle, k) => {
    const profile = template.articles[k];
    const citations = a.sources.flatMap((s) => {
      const inst = byId.get(s.instrument)!.instrument;
      const pins = cited(inst, s.pinpoints?.length ? s.pinpoints : s.provisions);
      // In a framework, one entry per instrument: its title once, then its pinpoints in document order.
      return named ? (pins.length ? [`${inst.title}: ${pins.join('; ')}`] : []) : pins;
    });
    const alignments = a.sources.map((s) => ({ id: s.instrument, a: byId.get(s.instrument)!.table.articles[a.article] }));
    const reasons = a.status === 'covered' ? [] : a.elements
      .filter((e) => e.shortfall)
      .map((e) => {
        const el = profile.elements.find((x) => x.id === e.id);
        return `${e.label}: ${e.state === 'narrowed' ? 'narrowed' : 'not found'}${el?.reservable ? ` (a gap unless the Party reserves Art. ${el.reservable})` : ''}`;
      });
    // A flag derived from an element says nothing more when the element is listed as lacking, and is wrong when
    // another instrument of the framework supplies it.
    const settled = new Set(
      profile.elements
        .filter((el) => a.elements.some((e) => e.id === el.id && (e.shortfall || e.state === 'present')))
        .map((el) => el.flag ?? el.id.replace(/_/g, '-')),
    );
    const divergences = [
      ...new Set(alignments.flatMap(({ a: al }) => (al?.flags ?? []).filter((f) => !settled.has(f) || isNamedFlag(f)).map((f) => flagWords(f, profile.elements)))),
    ];
    const closest =
      a.status === 'missing'
        ? members
            .map((m) => ({ m, al: m.table.articles[a.article] as ArticleAlignment | undefined }))
            .filter(({ al }) => al?.why && !al.reviewed)
            .map(({ m, al }) => {
              // The article is named in the heading already: the sentence starts at the candidate.
              const why = inStage(m.instrument, al!.why!).replace(/^No provision implements Art\. [^(]*\([^)]*\)\.\s*/, '');
              return named ? `${m.instrument.title}: ${why}` : why;
            })
        : [];
    const best = a.best ? byId.get(a.best)!.table.articles[a.article]?.reviewed : undefined;
    return {
      article: a.article,
      title: a.title,
      obligation: a.obligation,
      status: a.status,
      combined: a.combined,
      citations,
      reasons,
      divergences,
      closest,
      // Worth saying only when two or more instruments implement the article: else the provisions line names it.
      suppliedBy: named && a.sources.length > 1
        ? a.elements.filter((e) => e.instruments.length).map((e) => ({ element: e.label, instruments: e.instruments.map((id) => byId.get(id)!.instrument.title) }))
        : [],
      reviewed: best ? { author: best.author, time: best.time, ...(best.note ? { note: best.note } : {}) } : null,
    };
  });

  const reviews: ReportReview[] = [];
  for (const m of members) {
    for (const profile of template.articles) {
      const r = m.table.articles[profile.article]?.reviewed;
      if (!r) continue;
      reviews.push({
        article: profile.article,
        title: profile.title,
        instrument: m.instrument.title,
        author: r.author,
        date: r.time.slice(0, 10),
        ...(r.note ? { note: r.note } : {}),
        decision: { status: r.status, citations: cited(m.instrument, r.provisions) },
        machine: { status: r.machine.status, citations: cited(m.instrument, r.machine.provisions) },
      });
    }
  }

  const counts = { covered: fw.totals.covered, partial: fw.totals.partial, missing: fw.totals.missing };
  const name = jurisdictionName(jurisdiction);
  return {
    kind: isFramework ? 'framework' : 'instrument',
    subject: isFramework ? `${name}: framework of ${members.length} instrument${members.length === 1 ? '' : 's'}` : members[0].instrument.title,
    jurisdiction: { code: jurisdiction, name },
    instruments: members.map(header),
    excluded: (input.framework?.excluded ?? []).map(header),
    template: { id: template.id, title: template.title },
    generated: (input.generated ?? new Date()).toISOString(),
    counts,
    score: fw.score,
    scoreAll: fw.scoreAll,
    scores: { ...scoreSentences },
    method: reportMethod(template, members.length),
    missing: entries.filter((e) => e.status === 'missing'),
    partial: entries.filter((e) => e.status === 'partial'),
    covered: entries.filter((e) => e.status === 'covered'),
    reviews,
    unmatched: members.flatMap((m) =>
      (m.table.unmatched ?? []).map((u) => ({ citation: prefix(m.instrument.id, citeUnit(m.instrument, u.unit)), heading: u.heading, why: u.why })),
    ),
  };
}

/** The statuses as the reports print them (one list with the matrix and the browser). */
export const statusWords = Object.fromEntries(Object.entries(STATUS_WORDS).map(([status, s]) => [status, s.word])) as Record<CoverageStatus, string>;

/** An article's heading as every format prints it. */
export function entryHeading(e: Pick<GapEntry, 'article' | 'title' | 'obligation'>): string {
  return `Art. ${e.article} – ${e.title}${e.obligation === 'optional' ? ' (optional)' : ''}`;
}

/** The status line under an article's heading, the same in every format. */
export function statusLine(e: Pick<GapEntry, 'status' | 'combined'>): string {
  return `${statusWords[e.status]}${e.combined ? ', by reading the instruments together' : ''}`;
}

/** A score as a percentage, "n/a" when no mandatory article is in view. */
export function percent(score: number | null): string {
  return score == null ? 'n/a' : `${Math.round(score * 100)}%`;
}
