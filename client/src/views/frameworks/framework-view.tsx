import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { templates } from '../../api/cached.ts';
import type { FrameworkArticle, FrameworkDetail, FrameworkSummary } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';
import { ErrorPanel, Loading } from '../../components/feedback.tsx';
import { ReportLinks } from '../../components/report-links.tsx';
import { ScoreSentences } from '../../components/score-sentences.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { href, Link } from '../../router.tsx';
import { usePageTitle } from '../../use-page-title.ts';
import { useTemplateId } from '../../use-template-id.ts';

const percent = (n: number | null) => (n == null ? 'n/a' : `${Math.round(n * 100)}%`);

/** One state's framework: its statutes read together, which to include (saved), and what each supplies. */
export default function FrameworkView({ params }: { params: Record<string, string> }) {
  const jurisdiction = (params.jurisdiction ?? '').toUpperCase();
  const { templateId, ready } = useTemplateId();
  /** The summary the server answered the last choice with (newer than the list loaded with the page). */
  const [saved, setSaved] = useState<FrameworkSummary | null>(null);
  const [saving, setSaving] = useState<string | null>(null);
  /** The choice being saved, shown at once (the box does not wait for the server). */
  const [pending, setPending] = useState<{ id: string; included: boolean } | null>(null);
  const [saveError, setSaveError] = useState<Error | null>(null);
  const listed = useResource<FrameworkSummary | undefined>(`fw-list:${jurisdiction}`, (signal) =>
    api.frameworks(signal).then((list) => list.find((f) => f.jurisdiction === jurisdiction)),
  );
  const detail = useResource<{ framework: FrameworkDetail; templateTitle: string }>(
    ready ? `fw:${jurisdiction}:${templateId ?? ''}` : null,
    (signal) =>
      Promise.all([api.framework(jurisdiction, templateId, signal), templates().catch(() => [])]).then(([framework, list]) => ({
        framework,
        templateTitle: list.find((t) => t.id === framework.template)?.title ?? framework.template,
      })),
  );
  const summary = { state: saved ? ('ready' as const) : listed.state, data: saved?.jurisdiction === jurisdiction ? saved : listed.data };
  const name = summary.data?.name ?? detail.data?.framework.name ?? jurisdiction;
  usePageTitle(`${name}: framework`);

  useEffect(() => {
    if (detail.state !== 'ready' || !window.location.hash) return;
    document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView({ block: 'center' });
  }, [detail.state]);

  async function toggle(instrument: string, included: boolean) {
    setSaving(instrument);
    setPending({ id: instrument, included });
    setSaveError(null);
    try {
      setSaved(await api.setIncluded(jurisdiction, instrument, included));
      // The reading changes with the instruments; the table stays shown while it reloads.
      detail.reload();
    } catch (error) {
      setSaveError(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setPending(null);
      setSaving(null);
    }
  }

  const tq: Record<string, string> = templateId ? { template: templateId } : {};
  const titleOf = (id: string) => summary.data?.instruments.find((i) => i.id === id)?.title ?? id;

  return (
    <section className="framework-view">
      <p className="no-print">
        <Link to={href('/frameworks', tq)}>All frameworks</Link> · <Link to={href('/', { ...tq, rows: 'jurisdiction' })}>Matrix by jurisdiction</Link>
      </p>
      <h1>
        {name}: legal framework
        {detail.data ? <span className="subtitle">Against the {detail.data.templateTitle}</span> : null}
      </h1>
      {summary.data?.sample ? (
        <p className="sample-note">
          <strong>Fictional sample.</strong> These statutes were written for LexAlign&apos;s demonstration; they are not the law of any state.
        </p>
      ) : null}

      {summary.state === 'ready' && summary.data ? (
        <fieldset className="framework-instruments">
          <legend>Instruments read together (your choice is saved)</legend>
          <ul className="plain-list">
            {summary.data.instruments.map((i) => (
              <li key={i.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={pending?.id === i.id ? pending.included : i.included}
                    disabled={saving !== null}
                    onChange={(e) => void toggle(i.id, e.target.checked)}
                  />{' '}
                  {i.title}
                </label>{' '}
                <span className="muted">
                  ({i.kind === 'bill' ? 'Bill' : i.kind === 'revised' ? 'Act, revised edition' : i.kind === 'act' ? 'Act' : i.kind}
                  {i.year ? `, ${i.year}` : ''}
                  {i.collection === 'upload' ? ', uploaded' : ''}) ·{' '}
                  <Link to={href(`/instruments/${encodeURIComponent(i.id)}`, tq)}>open</Link>
                </span>
              </li>
            ))}
          </ul>
          {saveError ? <ErrorPanel error={saveError} /> : null}
        </fieldset>
      ) : null}

      {detail.state === 'loading' ? <Loading what="the framework" /> : null}
      {detail.state === 'error' ? <ErrorPanel error={detail.error} onRetry={detail.reload} /> : null}
      {detail.state === 'ready' ? <FrameworkBody f={detail.data.framework} titleOf={titleOf} tq={tq} templateId={templateId} /> : null}
    </section>
  );
}

function FrameworkBody({ f, titleOf, tq, templateId }: {
  f: FrameworkDetail;
  titleOf: (id: string) => string;
  tq: Record<string, string>;
  templateId?: string;
}) {
  return (
    <>
      <div className="framework-summary">
        <p>
          <strong>{f.totals.covered}</strong> articles covered
          {f.totals.combined ? ` (${f.totals.combined} only by reading instruments together)` : ''},{' '}
          <strong>{f.totals.partial}</strong> partly implemented, <strong>{f.totals.missing}</strong> missing.
        </p>
        <p className="scores">
          Score with reservations: <strong>{percent(f.score)}</strong> · Score without reservations: <strong>{percent(f.scoreAll)}</strong>
        </p>
        <ScoreSentences scores={f.scores} labels={['With reservations', 'Without reservations']} />
        <ReportLinks what={`the framework of ${f.name}`} url={(format) => api.frameworkReportUrl(f.jurisdiction, templateId, format)} />
      </div>
      {f.errors.length ? (
        <p className="error-panel" role="status">
          Left out of the reading: {f.errors.map((e) => `${titleOf(e.instrument)} (${e.reason})`).join('; ')}.
        </p>
      ) : null}
      <table className="data-table framework-table">
        <caption className="visually-hidden">Articles of the template, the framework&apos;s status, and the instruments that implement each</caption>
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col">Status</th>
            <th scope="col">Implemented by</th>
            <th scope="col">Elements and where they are found</th>
          </tr>
        </thead>
        <tbody>
          {f.articles.map((a) => (
            <ArticleRow key={a.article} a={a} titleOf={titleOf} tq={tq} />
          ))}
        </tbody>
      </table>
    </>
  );
}

function ArticleRow({ a, titleOf, tq }: { a: FrameworkArticle; titleOf: (id: string) => string; tq: Record<string, string> }) {
  return (
    <tr id={`art-${a.article}`}>
      <th scope="row">
        Art. {a.article} {a.title}
        {a.obligation === 'optional' ? <span className="muted"> (optional)</span> : null}
      </th>
      <td>
        <StatusBadge status={a.status} reviewed={a.reviewed} />
        {a.combined ? <p className="combined-note">Only by reading two or more instruments together</p> : null}
      </td>
      <td>
        {a.sources.length === 0 ? (
          <span className="muted">No instrument implements it</span>
        ) : (
          <ul className="plain-list">
            {a.sources.map((s) => (
              <li key={s.instrument}>
                <Link to={href(`/align/${encodeURIComponent(s.instrument)}/${encodeURIComponent(a.article)}`, tq)}>{titleOf(s.instrument)}</Link>
                {': '}
                {s.citations.join('; ')}
                {s.status === 'partial' ? <span className="muted"> (in part)</span> : null}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {a.elements.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <ul className="plain-list element-supply">
            {a.elements.map((e) => (
              <li key={e.id} className={e.shortfall ? 'shortfall' : undefined}>
                <span aria-hidden="true">{e.instruments.length ? '✓' : e.shortfall ? '✕' : '–'}</span> {e.label}:{' '}
                {e.instruments.length
                  ? e.instruments.map(titleOf).join('; ')
                  : e.shortfall
                    ? `${e.state === 'narrowed' ? 'narrowed' : 'not found'} in every instrument`
                    : 'not found; not a gap for this article'}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
