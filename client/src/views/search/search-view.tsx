import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { withQuery } from '../../api/http.ts';
import type { FacetValue, InstrumentSummary, SearchHit, SearchResponse, SnippetSegment } from '../../api/types.ts';
import { instruments } from '../../api/cached.ts';
import { useResource } from '../../api/use-resource.ts';
import { citeUnit, jurisdictionName } from '../../../../server/citation/cite.ts';
import { Empty, ErrorPanel, Loading } from '../../components/feedback.tsx';
import { href, Link, setParams, useLocation } from '../../router.tsx';
import { usePageTitle } from '../../use-page-title.ts';
import { pointInQuery, suggestQuery } from './query-fix.ts';

const FACETS = ['jurisdiction', 'instrument', 'kind', 'part', 'article'] as const;
const FACET_TITLES: Record<string, string> = {
  jurisdiction: 'Jurisdiction',
  instrument: 'Statute',
  kind: 'Kind of provision',
  part: 'Part (by heading)',
  article: 'Template article',
};
const PAGE_SIZE = 20;
/** A facet shows its most frequent values first; the rest are one click away. */
const FACET_SHOWN = 8;

/** Everything the URL says about the search, as the API's query parameters. */
function searchQuery(params: URLSearchParams) {
  const q = params.get('q') ?? '';
  // Several values of one facet are repeated parameters (`?jurisdiction=KE&jurisdiction=SG`): a Part heading may
  // itself contain a comma.
  const filters: Record<string, string[]> = Object.fromEntries(FACETS.map((f) => [f, params.getAll(f)]));
  // One hit per section is what a lawyer asks ("which sections?"); subsections on request.
  const group = params.get('sub') === '1' ? 'provision' : 'unit';
  const match = params.get('match') === 'any' ? 'any' : undefined;
  return { q, filters, group, match };
}

export default function SearchView() {
  const { params } = useLocation();
  const { q, filters, group, match } = searchQuery(params);
  usePageTitle(q ? `Search: ${q}` : 'Search');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const key = q ? `search:${q}:${page}:${group}:${match ?? 'all'}:${JSON.stringify(filters)}` : null;
  const result = useResource<SearchResponse>(key, (signal) => api.search({ q, page, size: PAGE_SIZE, group, match, ...filters }, signal));
  // Hits name their statute by id; the library list gives the title a lawyer recognises.
  const library = useResource('instruments', () => instruments());
  const titles = new Map((library.data ?? []).map((i) => [i.id, i] as const));
  const [draft, setDraft] = useState(q);
  const [typedFor, setTypedFor] = useState(q);
  // Back, forward or a suggested fix change the query in the URL: the box follows it.
  if (typedFor !== q) {
    setTypedFor(q);
    setDraft(q);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setParams({ q: draft.trim(), page: undefined }, { replace: false });
  }

  return (
    <section className="search-view">
      <h1>Search the statutes</h1>
      <form role="search" onSubmit={submit} className="search-form">
        <label htmlFor="search-q">Words to find</label>
        <input id="search-q" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} aria-describedby="search-help" />
        <button type="submit" className="primary">
          Search
        </button>
      </form>
      <div className="search-options" role="group" aria-label="How to search">
        <fieldset className="inline-choice">
          <legend>Find provisions with</legend>
          <label className="radio">
            <input type="radio" name="match" checked={!match} onChange={() => setParams({ match: undefined, page: undefined }, { replace: false })} /> all of
            these words
          </label>
          <label className="radio">
            <input type="radio" name="match" checked={match === 'any'} onChange={() => setParams({ match: 'any', page: undefined }, { replace: false })} /> any
            of these words
          </label>
        </fieldset>
        <label className="checkbox">
          <input type="checkbox" checked={group === 'provision'} onChange={(e) => setParams({ sub: e.target.checked ? '1' : undefined, page: undefined }, { replace: false })} />{' '}
          Show subsections and paragraphs as separate results
        </label>
      </div>
      <details id="search-help" className="search-help">
        <summary>How to write a query</summary>
        <ul>
          <li>
            <code>unauthorised access</code>: provisions with both words (or a legal synonym of each), best matches first.
          </li>
          <li>
            <code>interception OR wiretapping</code>: either word; <code>access NOT copyright</code> or <code>access -copyright</code>: leaves a word out.
            Operators are in capitals; OR is read first (<code>data OR information retention</code> = (data or information) and retention).
          </li>
          <li>
            <code>"without lawful excuse"</code>: the exact phrase.
          </li>
          <li>
            <code>title:"cybercrime act"</code>: only statutes whose title has the words; <code>-title:bill</code> leaves Bills out.
          </li>
          <li>
            <code>heading:interception</code>: one part of the provision only (heading, text, defines, context).
          </li>
          <li>
            <code>intercept*</code>: any word starting with “intercept”; <code>magistrate~1</code>: allows one typo.
          </li>
        </ul>
      </details>
      {!q ? <Empty>Type words to search all statutes, for example “interception of data”.</Empty> : null}
      {q && result.state === 'loading' ? <Loading what="results" /> : null}
      {q && result.state === 'error' ? <ErrorPanel error={result.error} onRetry={result.reload} fix={<QueryFix q={q} error={result.error} />} explain={(m) => pointInQuery(m, q)} /> : null}
      {q && result.state === 'ready' ? (
        <Results data={result.data} filters={filters} page={page} titles={titles} units={group === 'unit'} exportUrl={withQuery('/api/search.csv', { q, group, match, ...filters })} />
      ) : null}
    </section>
  );
}

/** For a query the server could not read: the repaired query, one click away. */
function QueryFix({ q, error }: { q: string; error: Error }) {
  if (!(error instanceof ApiError) || error.code !== 'LEXALIGN_ERR_BAD_QUERY') return null;
  const offer = suggestQuery(q);
  if (!offer) return <>Check the quotes, colons, signs and AND / OR / NOT, then search again.</>;
  return (
    <>
      Search for <Link to={href('/search', { q: offer })}>{offer}</Link> instead, or correct the words above.
    </>
  );
}

function Results({ data, filters, page, titles, units, exportUrl }: {
  data: SearchResponse;
  filters: Record<string, string[]>;
  page: number;
  titles: Map<string, InstrumentSummary>;
  units: boolean;
  exportUrl: string;
}) {
  const pages = Math.max(1, Math.ceil(data.total / (data.size || PAGE_SIZE)));
  const noun = units ? (data.total === 1 ? 'section' : 'sections') : data.total === 1 ? 'provision' : 'provisions';
  return (
    <div className="search-results">
      <aside className="facets" aria-label="Filter results">
        {units ? <p className="hint facet-hint">Numbers count provisions, subsections included.</p> : null}
        {Object.entries(data.facets ?? {}).map(([facet, values]) =>
          values.length === 0 ? null : <Facet key={facet} facet={facet} values={values} selected={filters[facet] ?? []} />,
        )}
      </aside>
      <div className="hits">
        <div className="results-bar">
          <p role="status">{data.total === 0 ? `No ${units ? 'section' : 'provision'} matches.` : `${data.total} ${noun} found; page ${page} of ${pages}.`}</p>
          {data.total > 0 ? (
            <a className="button-link" href={exportUrl} download>
              Export results (CSV{data.total > 1000 ? ', first 1,000' : ''})
            </a>
          ) : null}
        </div>
        {data.notes?.length ? (
          <ul className="muted search-notes">
            {data.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
        <ol className="hit-list" start={(page - 1) * (data.size || PAGE_SIZE) + 1}>
          {data.hits.map((hit) => (
            <Hit key={`${hit.instrument}:${hit.eId}`} hit={hit} statute={titles.get(hit.instrument)} />
          ))}
        </ol>
        {pages > 1 ? (
          <nav className="pager" aria-label="Result pages">
            <button type="button" disabled={page <= 1} onClick={() => setParams({ page: String(page - 1) }, { replace: false })}>
              Previous
            </button>
            <span>
              Page {page} of {pages}
            </span>
            <button type="button" disabled={page >= pages} onClick={() => setParams({ page: String(page + 1) }, { replace: false })}>
              Next
            </button>
          </nav>
        ) : null}
      </div>
    </div>
  );
}

/** One facet: its most frequent values, the selected ones always, the rest behind "Show all". */
function Facet({ facet, values, selected }: { facet: string; values: FacetValue[]; selected: string[] }) {
  const [open, setOpen] = useState(false);
  const shown = open ? values : values.filter((v, i) => i < FACET_SHOWN || selected.includes(v.value));
  const hidden = values.length - shown.length;
  function toggle(value: string, on: boolean) {
    const next = on ? [...selected, value] : selected.filter((v) => v !== value);
    setParams({ [facet]: next, page: undefined }, { replace: false });
  }
  return (
    <fieldset>
      <legend>{FACET_TITLES[facet] ?? facet}</legend>
      {shown.map((v) => (
        <label key={v.value} className="checkbox">
          <input type="checkbox" checked={selected.includes(v.value)} onChange={(e) => toggle(v.value, e.target.checked)} />{' '}
          <span className="facet-label">{facet === 'jurisdiction' ? jurisdictionName(v.value) : v.label}</span> <span className="count">({v.count})</span>
        </label>
      ))}
      {hidden > 0 || open ? (
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Show fewer' : `Show all ${values.length}`}
        </button>
      ) : null}
    </fieldset>
  );
}

function Hit({ hit, statute }: { hit: SearchHit; statute?: InstrumentSummary }) {
  const cite = hit.citation ?? (hit.num ? citeUnit(statute ?? {}, hit.num) : hit.eId);
  const title = hit.instrumentTitle ?? statute?.title ?? hit.instrument;
  const jurisdiction = hit.jurisdiction ?? statute?.jurisdiction;
  return (
    <li className="hit">
      <p className="hit-title">
        <Link to={href(`/instruments/${encodeURIComponent(hit.instrument)}`, { p: hit.eId })}>
          {title}, {cite}
          {hit.headingSnippet?.length ? <> <Segments segments={hit.headingSnippet} /></> : hit.heading ? ` ${hit.heading}` : ''}
        </Link>
      </p>
      <p className="hit-meta muted">
        {[jurisdiction ? jurisdictionName(jurisdiction) : '', hit.part ?? ''].filter(Boolean).join(' · ')}
      </p>
      {/* Snippet segments are statute text: rendered as text nodes, matches inside <mark>, never as HTML. */}
      <p className="snippet">
        <Segments segments={hit.snippet} />
      </p>
    </li>
  );
}

/** Statute text in pieces: text nodes only, matched words inside <mark>, never HTML. */
function Segments({ segments }: { segments: SnippetSegment[] }) {
  return <>{segments.map((segment, i) => (segment.highlight ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}</>;
}
