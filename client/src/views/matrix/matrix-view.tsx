import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { api } from '../../api/client.ts';
import type { Matrix } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';
import { templates } from '../../api/cached.ts';
import { ErrorPanel, Empty, Loading } from '../../components/feedback.tsx';
import { StatusLegend } from '../../components/status-legend.tsx';
import { href, Link, navigate, setParams, useLocation } from '../../router.tsx';
import { useTemplateId } from '../../use-template-id.ts';
import { usePageTitle } from '../../use-page-title.ts';
import { MatrixGrid } from './matrix-grid.tsx';
import { ScoreSentences } from '../../components/score-sentences.tsx';
import { columnTotals, groupLabel, groupsOf, jurisdictionsOf, parseSort, visibleArticles, visibleRows } from './matrix-model.ts';

export default function MatrixView() {
  usePageTitle('Harmonisation matrix');
  const { params } = useLocation();
  const { templateId, ready } = useTemplateId();
  const rowsBy = params.get('rows') === 'jurisdiction' ? 'jurisdiction' : undefined;
  const matrix = useResource<Matrix>(ready ? `matrix:${templateId ?? ''}:${rowsBy ?? ''}` : null, (signal) =>
    Promise.all([api.matrix({ template: templateId, rows: rowsBy }, signal), templates().catch(() => [])]).then(([data, list]) => {
      // The matrix may name its template by id only: show the title a lawyer knows.
      const known = list.find((t) => t.id === data.template.id);
      if (known && (!data.template.title || data.template.title === data.template.id)) data.template.title = known.title;
      // Timing marks for the performance check (data arrived → grid interactive).
      performance.mark('lexalign:matrix-data');
      return data;
    }),
  );

  const filters = {
    jurisdiction: params.get('jurisdiction') ?? undefined,
    group: params.get('group') ?? undefined,
    sort: parseSort(params.get('sort')),
  };
  const focusInstrument = params.get('focus') ?? undefined;

  return (
    <section className="matrix-view">
      <h1>Harmonisation matrix</h1>
      {matrix.state === 'loading' ? <Loading what="the matrix" /> : null}
      {matrix.state === 'error' ? <ErrorPanel error={matrix.error} onRetry={matrix.reload} /> : null}
      {matrix.state === 'ready' ? (
        <MatrixBody matrix={matrix.data} filters={filters} focusInstrument={focusInstrument} templateId={templateId} />
      ) : null}
    </section>
  );
}

function MatrixBody({ matrix, filters, focusInstrument, templateId }: {
  matrix: Matrix;
  filters: { jurisdiction?: string; group?: string; sort: ReturnType<typeof parseSort> };
  focusInstrument?: string;
  templateId?: string;
}) {
  const firstRender = useRef(true);
  if (firstRender.current) {
    firstRender.current = false;
    performance.mark('lexalign:matrix-render');
  }
  const articles = useMemo(() => visibleArticles(matrix, filters.group), [matrix, filters.group]);
  // The filters object is new on every render; the fields it is read by are the dependencies.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const rows = useMemo(() => visibleRows(matrix, filters), [matrix, filters.jurisdiction, filters.group, filters.sort]);
  const totals = useMemo(() => columnTotals(rows, articles), [rows, articles]);
  const jurisdictions = useMemo(() => jurisdictionsOf(matrix), [matrix]);
  const groups = useMemo(() => groupsOf(matrix), [matrix]);

  useLayoutEffect(() => {
    // Committed to the DOM (handlers attached); the next frame is the first paint the user can act on.
    performance.mark('lexalign:matrix-ready');
    const frame = requestAnimationFrame(() => performance.mark('lexalign:matrix-painted'));
    return () => cancelAnimationFrame(frame);
  }, [matrix]);

  useEffect(() => {
    (window as unknown as { __lexalignMatrixRows?: number }).__lexalignMatrixRows = rows.length;
  }, [rows.length]);

  const template = matrix.template;
  const tq = templateId ? { template: templateId } : {};
  const byJurisdiction = matrix.rowsBy === 'jurisdiction';
  const frameworkLink = (j: string, article?: string) =>
    href(`/frameworks/${encodeURIComponent(j)}`, { ...tq }) + (article ? `#art-${encodeURIComponent(article)}` : '');

  return (
    <>
      <p className="lede">
        {byJurisdiction ? (
          <>
            {matrix.rows.length} jurisdictions against <strong>{template.title}</strong>, {matrix.articles.length} articles. Each
            row reads a state&apos;s statutes together: a cell takes the best-supported status, and a “+” marks an article
            covered only by reading two instruments together. Open a cell to see which instrument supplies what.
          </>
        ) : (
          <>
            {matrix.rows.length} statutes against <strong>{template.title}</strong>, {matrix.articles.length} articles. Open a
            cell (click, or Enter) to see the template article beside the national provisions.
          </>
        )}
      </p>
      <div className="toolbar" role="group" aria-label="Matrix filters and sorting">
        <fieldset className="rows-switch">
          <legend>Rows</legend>
          <label>
            <input type="radio" name="rows" checked={!byJurisdiction} onChange={() => setParams({ rows: '' })} /> Statutes
          </label>
          <label>
            <input type="radio" name="rows" checked={byJurisdiction} onChange={() => setParams({ rows: 'jurisdiction' })} /> Jurisdictions
          </label>
        </fieldset>
        <label>
          Jurisdiction{' '}
          <select value={filters.jurisdiction ?? ''} onChange={(e) => setParams({ jurisdiction: e.target.value })}>
            <option value="">All jurisdictions</option>
            {jurisdictions.map((j) => (
              <option key={j.code} value={j.code}>
                {j.name} ({j.code})
              </option>
            ))}
          </select>
        </label>
        <label>
          Articles{' '}
          <select value={filters.group ?? ''} onChange={(e) => setParams({ group: e.target.value })}>
            <option value="">All groups</option>
            {groups.map((g) => (
              <option key={g} value={g}>
                {groupLabel(g)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort by{' '}
          <select value={filters.sort} onChange={(e) => setParams({ sort: e.target.value === 'name' ? '' : e.target.value })}>
            <option value="name">Name</option>
            <option value="score">Harmonisation score</option>
            <option value="jurisdiction">Jurisdiction</option>
          </select>
        </label>
        <a className="button-link" href={api.matrixCsvUrl(templateId, byJurisdiction ? 'jurisdiction' : undefined)} download>
          Export CSV
        </a>
        <Link className="button-link" to={href('/overview', tq)}>
          Regional overview
        </Link>
      </div>
      {rows.length === 0 ? (
        <Empty>
          No statute matches these filters. <Link to={href('/', tq)}>Show all statutes</Link> or{' '}
          <Link to="/upload">upload one</Link>.
        </Empty>
      ) : (
        <MatrixGrid
          rows={rows}
          articles={articles}
          columnTotals={totals}
          focusInstrument={focusInstrument}
          rowsBy={matrix.rowsBy}
          onOpenCell={(instrument, article) =>
            navigate(byJurisdiction ? frameworkLink(instrument, article) : href(`/align/${encodeURIComponent(instrument)}/${encodeURIComponent(article)}`, tq))
          }
          onOpenInstrument={(instrument) =>
            navigate(byJurisdiction ? frameworkLink(instrument) : href(`/instruments/${encodeURIComponent(instrument)}`, tq))
          }
        />
      )}
      <p className="hint">
        Keyboard: Tab into the grid, arrow keys to move, Enter to open. Articles with a dotted underline allow
        reservations.
      </p>
      <ScoreSentences scores={matrix.scores} fallback={matrix.scoring} />
      <StatusLegend />
    </>
  );
}
