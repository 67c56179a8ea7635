import { api } from '../../api/client.ts';
import { templates } from '../../api/cached.ts';
import type { CoverageStatus, RegionalOverview } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';
import { ErrorPanel, Empty, Loading } from '../../components/feedback.tsx';
import { ScoreSentences } from '../../components/score-sentences.tsx';
import { STATUS_INFO } from '../../components/status.ts';
import { STATUS_KEY, STATUS_SYMBOLS } from '../../../../server/matrix/status-words.ts';
import { StatusLegend } from '../../components/status-legend.tsx';
import { href, Link } from '../../router.tsx';
import { usePageTitle } from '../../use-page-title.ts';
import { useTemplateId } from '../../use-template-id.ts';

const percent = (n: number | null) => (n == null ? 'n/a' : `${Math.round(n * 100)}%`);

/**
 * The regional view for a harmonisation plan: per article, which states cover, partly cover or miss it; a heat map
 * that prints on one A4 landscape page; the articles most states miss, with what they typically lack.
 */
export default function OverviewView() {
  usePageTitle('Regional overview');
  const { templateId, ready } = useTemplateId();
  const data = useResource<{ overview: RegionalOverview; templateTitle: string }>(ready ? `overview:${templateId ?? ''}` : null, (signal) =>
    Promise.all([api.overview(templateId, signal), templates().catch(() => [])]).then(([overview, list]) => ({
      overview,
      templateTitle: list.find((t) => t.id === overview.template)?.title ?? overview.template,
    })),
  );
  return (
    <section className="overview-view">
      <h1>
        Regional overview
        {data.data ? <span className="subtitle">Each state&apos;s framework against the {data.data.templateTitle}</span> : null}
      </h1>
      {data.state === 'loading' ? <Loading what="the regional overview" /> : null}
      {data.state === 'error' ? <ErrorPanel error={data.error} onRetry={data.reload} /> : null}
      {data.state === 'ready' ? <OverviewBody o={data.data.overview} templateId={templateId} /> : null}
    </section>
  );
}

function StateList({ codes, names }: { codes: string[]; names: Map<string, string> }) {
  if (codes.length === 0) return <span className="muted">none</span>;
  return <>{codes.map((c) => names.get(c) ?? c).join(', ')}</>;
}

function OverviewBody({ o, templateId }: { o: RegionalOverview; templateId?: string }) {
  const names = new Map(o.states.map((s) => [s.jurisdiction, s.name]));
  const tq: Record<string, string> = templateId ? { template: templateId } : {};
  if (o.states.length === 0) {
    return (
      <Empty>
        No state has a statute included in its framework. <Link to={href('/frameworks', tq)}>Choose the instruments</Link> or{' '}
        <Link to="/upload">upload one</Link>.
      </Empty>
    );
  }
  const n = o.states.length;
  const samples = new Set(o.states.filter((s) => s.sample).map((s) => s.jurisdiction));
  const short = (c: string) => (samples.has(c) ? `${c}*` : c);
  return (
    <>
      <p className="lede">
        {n} states, each read as a framework: all the statutes of the state included in the library, read together (an
        article takes the best-supported status among them). Statuses are machine findings unless reviewed.
        {samples.size ? ' * A fictional sample state: its statutes were written for LexAlign\'s demonstration and are not real law.' : ''}
      </p>
      <div className="toolbar no-print">
        <a className="button-link" href={api.regionalReportUrl(templateId, 'html')} target="_blank" rel="noopener">
          Report (print)
        </a>
        <a className="button-link" href={api.regionalReportUrl(templateId, 'docx')} download>
          Word
        </a>
        <a className="button-link" href={api.regionalReportUrl(templateId, 'md')} download>
          Markdown
        </a>
        <a className="button-link" href={api.overviewCsvUrl(templateId)} download>
          CSV
        </a>
        <button type="button" onClick={() => window.print()}>
          Print (A4 landscape)
        </button>
        <Link className="button-link" to={href('/', { ...tq, rows: 'jurisdiction' })}>
          Matrix by jurisdiction
        </Link>
      </div>

      <div className="heatmap-page">
        <h2>Heat map: articles by state</h2>
        <table className="heatmap">
          <caption className="visually-hidden">Status of each article in each state</caption>
          <thead>
            <tr>
              <th scope="col">Article</th>
              {o.states.map((s) => (
                <th scope="col" key={s.jurisdiction} title={s.name}>
                  <Link to={href(`/frameworks/${encodeURIComponent(s.jurisdiction)}`, tq)}>
                    <span aria-hidden="true">{short(s.jurisdiction)}</span>
                    <span className="visually-hidden">{s.name}</span>
                  </Link>
                </th>
              ))}
              <th scope="col">
                <span aria-hidden="true">{STATUS_SYMBOLS.join(' ')}</span>
                <span className="visually-hidden">Number of states covering, partly covering, missing</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {o.articles.map((a) => (
              <tr key={a.article}>
                <th scope="row" className="heat-article" title={`Art. ${a.article} ${a.title}`}>
                  {a.article} {a.title}
                </th>
                {o.states.map((s) => {
                  const status: CoverageStatus = o.cells[a.article]?.[s.jurisdiction] ?? 'missing';
                  const combined = a.combined.includes(s.jurisdiction);
                  return (
                    <td
                      key={s.jurisdiction}
                      className={`heat status-${status}${combined ? ' combined' : ''}`}
                      title={`${s.name}, Art. ${a.article}: ${STATUS_INFO[status].label}${combined ? ' (by reading instruments together)' : ''}`}
                    >
                      <span aria-hidden="true">{STATUS_INFO[status].symbol}</span>
                      <span className="visually-hidden">
                        {s.name}: {STATUS_INFO[status].label}
                        {combined ? ', by reading instruments together' : ''}
                      </span>
                    </td>
                  );
                })}
                <td className="heat-counts">
                  {a.covered.length} · {a.partial.length} · {a.missing.length}
                </td>
              </tr>
            ))}
            <tr className="heat-scores">
              <th scope="row">Score (with / without reservations)</th>
              {o.states.map((s) => (
                <td key={s.jurisdiction}>
                  {percent(s.score)}
                  <br />
                  {percent(s.scoreAll)}
                </td>
              ))}
              <td />
            </tr>
          </tbody>
        </table>
        <p className="heat-key">
          {STATUS_KEY} · “+” covered only by reading instruments together. States:{' '}
          {o.states.map((s) => `${short(s.jurisdiction)} ${s.name}`).join('; ')}.
        </p>
      </div>

      <h2>Articles missing in most states</h2>
      {o.priorities.length === 0 ? (
        <p>No article is missing in half of the states or more.</p>
      ) : (
        <ol className="priorities">
          {o.priorities.map((p) => (
            <li key={p.article}>
              <strong>
                Art. {p.article} {p.title}
              </strong>
              : missing in {p.missing.length} of {n} states (<StateList codes={p.missing} names={names} />)
              {p.partial.length ? (
                <>
                  , partly implemented in {p.partial.length} (<StateList codes={p.partial} names={names} />)
                </>
              ) : null}
              .
              {p.typical.length ? (
                <>
                  {' '}
                  Typically lacking: {p.typical.map((t) => `${t.label} (${t.states.length} of ${n} states)`).join('; ')}.
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}

      <h2>Each article, state by state</h2>
      <table className="data-table overview-table">
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col">Covered</th>
            <th scope="col">Partly implemented</th>
            <th scope="col">Missing</th>
          </tr>
        </thead>
        <tbody>
          {o.articles.map((a) => (
            <tr key={a.article}>
              <th scope="row">
                Art. {a.article} {a.title}
              </th>
              <td>
                <strong>{a.covered.length}</strong>: <StateList codes={a.covered} names={names} />
              </td>
              <td>
                <strong>{a.partial.length}</strong>: <StateList codes={a.partial} names={names} />
              </td>
              <td>
                <strong>{a.missing.length}</strong>: <StateList codes={a.missing} names={names} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ScoreSentences scores={o.scores} labels={['Score with reservations', 'Score without reservations']} />
      <StatusLegend />
    </>
  );
}
