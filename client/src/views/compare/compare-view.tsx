import { api } from '../../api/client.ts';
import { instruments, templateDetail } from '../../api/cached.ts';
import type { CompareColumn, CompareResponse, TemplateArticle, TemplateDetail, InstrumentSummary } from '../../api/types.ts';
import { flagWords } from '../side-by-side/element-checklist.tsx';
import { useResource } from '../../api/use-resource.ts';
import { articleLabel, jurisdictionName } from '../../components/cite.ts';
import { Confidence } from '../../components/confidence.tsx';
import { DiffText } from '../../components/diff-text.tsx';
import { Empty, ErrorPanel, Loading } from '../../components/feedback.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { href, Link, setParams, useLocation } from '../../router.tsx';
import { usePageTitle } from '../../use-page-title.ts';
import { useTemplateId } from '../../use-template-id.ts';

const MAX_COLUMNS = 6;

export default function CompareView() {
  usePageTitle('Compare');
  const { params } = useLocation();
  const { templateId, ready } = useTemplateId();
  const article = params.get('article') ?? '';
  const chosen = (params.get('instruments') ?? '').split(',').filter(Boolean);
  const setup = useResource(ready ? `compare-setup:${templateId}` : null, () =>
    Promise.all([templateDetail(templateId ?? ''), instruments()]),
  );
  const result = useResource<CompareResponse>(
    ready && article && chosen.length > 0 ? `compare:${templateId}:${article}:${chosen.join(',')}` : null,
    (signal) => api.compare({ template: templateId, article, instruments: chosen }, signal),
  );

  function toggle(id: string, on: boolean) {
    const next = on ? [...chosen, id].slice(0, MAX_COLUMNS) : chosen.filter((c) => c !== id);
    setParams({ instruments: next.join(',') }, { replace: false });
  }

  return (
    <section className="compare-view">
      <h1>Compare one article across statutes</h1>
      {setup.state === 'loading' ? <Loading what="articles and statutes" /> : null}
      {setup.state === 'error' ? <ErrorPanel error={setup.error} onRetry={setup.reload} /> : null}
      {setup.state === 'ready' ? (
        <Chooser template={setup.data[0]} statutes={setup.data[1]} article={article} chosen={chosen} onToggle={toggle} />
      ) : null}
      {!article || chosen.length === 0 ? (
        <Empty>Choose an article and up to {MAX_COLUMNS} statutes to see them side by side.</Empty>
      ) : result.state === 'loading' ? (
        <Loading what="the comparison" />
      ) : result.state === 'error' ? (
        <ErrorPanel error={result.error} onRetry={result.reload} />
      ) : (
        <CompareColumns
          data={result.data}
          article={article}
          templateId={templateId}
          templateTitle={setup.data?.[0].shortTitle ?? setup.data?.[0].title ?? result.data.template}
        />
      )}
    </section>
  );
}

function Chooser({ template, statutes, article, chosen, onToggle }: {
  template: TemplateDetail;
  statutes: InstrumentSummary[];
  article: string;
  chosen: string[];
  onToggle: (id: string, on: boolean) => void;
}) {
  const list = statutes
    .filter((s) => (s.role ?? 'statute') === 'statute')
    .sort((a, b) => jurisdictionName(a.jurisdiction).localeCompare(jurisdictionName(b.jurisdiction)) || a.title.localeCompare(b.title));
  return (
    <div className="compare-chooser">
      <label>
        Article{' '}
        <select value={article} onChange={(e) => setParams({ article: e.target.value })}>
          <option value="">Choose an article…</option>
          {template.articles.map((a) => (
            <option key={a.article} value={a.article}>
              {articleLabel(a.article, a.title)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>
          Statutes ({chosen.length} of at most {MAX_COLUMNS})
        </legend>
        <div className="checkbox-columns">
          {list.map((s) => (
            <label key={s.id} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(s.id)}
                disabled={!chosen.includes(s.id) && chosen.length >= MAX_COLUMNS}
                onChange={(e) => onToggle(s.id, e.target.checked)}
              />{' '}
              {jurisdictionName(s.jurisdiction)}: {s.title}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

function CompareColumns({ data, article, templateId, templateTitle }: {
  data: CompareResponse;
  article: string;
  templateId: string | undefined;
  templateTitle: string;
}) {
  const templateArticle = data.article as Partial<TemplateArticle>;
  // Without the corpus the article's `text` is our summary: say so rather than present it as the treaty's words.
  const official = templateArticle.textSource !== 'summary' ? templateArticle.text : undefined;
  return (
    <>
      <section className="compare-template" aria-label="Template article">
        <h2>
          {templateTitle}, {articleLabel(article, templateArticle.title)}
        </h2>
        {official ? <p className="statute-text">{official}</p> : <p className="muted">Official text not available. {templateArticle.summary ?? ''}</p>}
      </section>
      <div className="compare-columns" style={{ gridTemplateColumns: `repeat(${Math.max(1, data.instruments.length)}, minmax(16rem, 1fr))` }}>
        {data.instruments.map((column) => (
          <Column key={column.instrument} column={column} article={article} templateId={templateId} elements={templateArticle.elements ?? []} />
        ))}
      </div>
    </>
  );
}

/** The unit's own record: the shortest eId among its texts, of which the others are descendants. */
function unitRecordEId(column: CompareColumn, unit: string | undefined): string | undefined {
  const inUnit = column.texts.filter((t) => t.unit === unit);
  return inUnit.sort((x, y) => x.eId.length - y.eId.length)[0]?.eId;
}

function Column({ column, article, templateId, elements }: { column: CompareColumn; article: string; templateId: string | undefined; elements: TemplateArticle['elements'] }) {
  const firstUnit = column.provisions[0];
  const eId = unitRecordEId(column, firstUnit);
  const diff = useResource(eId ? `cmp-diff:${column.instrument}:${eId}:${article}:${templateId}` : null, (signal) =>
    api.diffWithTemplate(`${column.instrument}:${eId}`, templateId, article, signal),
  );
  return (
    <section className="compare-column" aria-label={column.title}>
      <h3>
        <Link to={href(`/align/${encodeURIComponent(column.instrument)}/${encodeURIComponent(article)}`, { template: templateId })}>
          {jurisdictionName(column.jurisdiction)}
        </Link>
        <span className="subtitle">{column.title}</span>
      </h3>
      <p>
        <StatusBadge status={column.status} reviewed={column.reviewed} /> <Confidence confidence={column.confidence} score={column.score} missing={column.status === 'missing'} />
      </p>
      <p className="cite">{column.citations.length ? column.citations.join(', ') : 'No implementing provision'}</p>
      {!eId ? null : diff.state === 'loading' ? (
        <Loading what="differences" />
      ) : diff.state === 'error' ? (
        <ErrorPanel error={diff.error} onRetry={diff.reload} />
      ) : (
        <>
          <p className="diff-key">
            {diff.data.left.label}: <span className="only-here">tinted words</span> are not in the template.
          </p>
          <DiffText segments={diff.data.segments} show="left" leftName="the statute" rightName="the template" />
        </>
      )}
      {column.provisions.length > 1 ? (
        <p className="muted">
          Also: {column.provisions.slice(1).join(', ')} (open the side-by-side view for their text).
        </p>
      ) : null}
      {column.flags.length ? <p className="flags-inline">⚑ {column.flags.map((f) => flagWords(f, elements)).join('; ')}</p> : null}
      {column.why ? <p className="why">{column.why}</p> : null}
    </section>
  );
}
