import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import type { InstrumentSummary, SearchHit, SearchResponse, SnippetSegment } from '../../api/types.ts';
import { instruments } from '../../api/cached.ts';
import { useResource } from '../../api/use-resource.ts';
import { citeOne, jurisdictionName, type UnitKind } from '../../components/cite.ts';
import { Empty, ErrorPanel, Loading } from '../../components/feedback.tsx';
import { href, Link, setParams, useLocation } from '../../router.tsx';
import { usePageTitle } from '../../use-page-title.ts';

const FACETS = ['jurisdiction', 'instrument', 'kind', 'part', 'article'] as const;
const FACET_TITLES: Record<string, string> = {
  jurisdiction: 'Jurisdiction',
  instrument: 'Statute',
  kind: 'Kind of provision',
  part: 'Part',
  article: 'Template article',
};
const PAGE_SIZE = 20;

export default function SearchView() {
  const { params } = useLocation();
  const q = params.get('q') ?? '';
  usePageTitle(q ? `Search: ${q}` : 'Search');
  const page = Math.max(1, Number(params.get('page')) || 1);
  // Several values of one facet are repeated parameters (`?jurisdiction=KE&jurisdiction=SG`): a Part heading may
  // itself contain a comma.
  const filters: Record<string, string[]> = Object.fromEntries(FACETS.map((f) => [f, params.getAll(f)]));
  const key = q ? `search:${q}:${page}:${JSON.stringify(filters)}` : null;
  const result = useResource<SearchResponse>(key, (signal) => api.search({ q, page, size: PAGE_SIZE, ...filters }, signal));
  // Hits name their statute by id; the library list gives the title a lawyer recognises.
  const library = useResource('instruments', () => instruments());
  const titles = new Map((library.data ?? []).map((i) => [i.id, i] as const));
  const [draft, setDraft] = useState(q);

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
      <details id="search-help" className="search-help">
        <summary>How to write a query</summary>
        <ul>
          <li>
            <code>unauthorised access</code>: provisions with either word (best matches first).
          </li>
          <li>
            <code>+interception +data</code>: both words required; <code>-copyright</code> excludes a word.
          </li>
          <li>
            <code>intercept*</code>: any word starting with “intercept”; <code>access~1</code>: allows one typo.
          </li>
          <li>
            <code>heading:interception</code>: search one field only (heading or text).
          </li>
        </ul>
      </details>
      {!q ? <Empty>Type words to search all statutes, for example “interception of data”.</Empty> : null}
      {q && result.state === 'loading' ? <Loading what="results" /> : null}
      {q && result.state === 'error' ? <ErrorPanel error={result.error} onRetry={result.reload} /> : null}
      {q && result.state === 'ready' ? <Results data={result.data} filters={filters} page={page} titles={titles} /> : null}
    </section>
  );
}

function Results({ data, filters, page, titles }: {
  data: SearchResponse;
  filters: Record<string, string[]>;
  page: number;
  titles: Map<string, InstrumentSummary>;
}) {
  const pages = Math.max(1, Math.ceil(data.total / (data.size || PAGE_SIZE)));
  function toggle(facet: string, value: string, on: boolean) {
    const current = filters[facet] ?? [];
    const next = on ? [...current, value] : current.filter((v) => v !== value);
    setParams({ [facet]: next, page: undefined }, { replace: false });
  }
  return (
    <div className="search-results">
      <aside className="facets" aria-label="Filter results">
        {Object.entries(data.facets ?? {}).map(([facet, values]) =>
          values.length === 0 ? null : (
            <fieldset key={facet}>
              <legend>{FACET_TITLES[facet] ?? facet}</legend>
              {values.map((v) => {
                const checked = (filters[facet] ?? []).includes(v.value);
                return (
                  <label key={v.value} className="checkbox">
                    <input type="checkbox" checked={checked} onChange={(e) => toggle(facet, v.value, e.target.checked)} />{' '}
                    {facet === 'jurisdiction' ? jurisdictionName(v.value) : v.label} <span className="count">({v.count})</span>
                  </label>
                );
              })}
            </fieldset>
          ),
        )}
      </aside>
      <div className="hits">
        <p role="status">
          {data.total === 0 ? 'No provision matches.' : `${data.total} provision${data.total === 1 ? '' : 's'} found; page ${page} of ${pages}.`}
        </p>
        {data.notes?.length ? <p className="muted search-notes">{data.notes.join(' ')}</p> : null}
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

function Hit({ hit, statute }: { hit: SearchHit; statute?: InstrumentSummary }) {
  const cite = hit.citation ?? (hit.num ? citeOne(hit.num, statute?.units as UnitKind, statute?.title) : hit.eId);
  const title = hit.instrumentTitle ?? statute?.title ?? hit.instrument;
  const jurisdiction = hit.jurisdiction ?? statute?.jurisdiction;
  return (
    <li className="hit">
      <p className="hit-title">
        <Link to={href(`/instruments/${encodeURIComponent(hit.instrument)}`, { p: hit.eId })}>
          {title}, {cite}
          {hit.headingSnippet?.length ? <> <Segments segments={hit.headingSnippet} /></> : hit.heading ? ` ${hit.heading}` : ''}
        </Link>
        {jurisdiction ? <span className="muted"> · {jurisdictionName(jurisdiction)}</span> : null}
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
