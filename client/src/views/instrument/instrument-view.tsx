import { useEffect, useMemo } from 'react';
import { api } from '../../api/client.ts';
import type { Instrument, Provision } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';
import { citeUnit, jurisdictionName, legalCitation } from '../../../../server/citation/cite.ts';
import { CopyButton } from '../../components/copy-button.tsx';
import { EditionLine } from '../../components/edition-line.tsx';
import { PinButton } from '../../components/pin-button.tsx';
import { Empty, ErrorPanel, Loading } from '../../components/feedback.tsx';
import { href, Link, useLocation } from '../../router.tsx';
import { usePageTitle } from '../../use-page-title.ts';
import { IngestReportPanel } from './ingest-report-panel.tsx';
import { ReportLinks } from '../../components/report-links.tsx';
import { buildToc } from './toc-tree.ts';
import { AsAmendedPanel } from './as-amended-panel.tsx';
import { VersionsPanel } from './versions-panel.tsx';

type Tab = 'text' | 'amended' | 'versions' | 'definitions' | 'penalties' | 'report';
const TABS: Array<{ key: Tab; label: string }> = [
  { key: 'text', label: 'Text' },
  { key: 'amended', label: 'As amended' },
  { key: 'versions', label: 'Versions' },
  { key: 'definitions', label: 'Definitions' },
  { key: 'penalties', label: 'Penalties' },
  { key: 'report', label: 'Ingestion report' },
];

export default function InstrumentView({ params: route }: { params: Record<string, string> }) {
  const id = route.id!;
  const data = useResource(`instrument:${id}`, (signal) => Promise.all([api.instrument(id, signal), api.provisions(id, signal)]));
  usePageTitle(data.data ? data.data[0].title : 'Statute');
  if (data.state === 'loading') return <Loading what="the statute" />;
  if (data.state === 'error') return <ErrorPanel error={data.error} onRetry={data.reload} />;
  return <Browser instrument={data.data[0]} provisions={data.data[1]} />;
}

function Browser({ instrument, provisions }: { instrument: Instrument; provisions: Provision[] }) {
  const { params, path } = useLocation();
  const tab = (TABS.find((t) => t.key === params.get('tab'))?.key ?? 'text') as Tab;
  const toc = useMemo(() => buildToc(instrument, provisions), [instrument, provisions]);
  const target = params.get('p');
  const targetUnit = target ? provisions.find((p) => p.eId === target)?.unit : undefined;
  const unit = params.get('unit') ?? targetUnit ?? toc[0]?.units[0]?.unit;
  const link = (changes: Record<string, string | undefined>) => href(path, { ...Object.fromEntries(params), ...changes });

  useEffect(() => {
    if (target) document.querySelector(`[data-eid="${CSS.escape(target)}"]`)?.scrollIntoView({ block: 'center' });
  }, [target, tab]);

  return (
    <article className="instrument-view">
      <h1>
        {instrument.title}
        <span className="subtitle">
          {jurisdictionName(instrument.jurisdiction)}
          {instrument.year ? ` · ${instrument.year}` : ''} · {provisions.length} provisions
        </span>
      </h1>
      <EditionLine instrument={instrument.id} kind={instrument.kind} />
      {instrument.role === 'statute' ? (
        <p className="instrument-links no-print">
          <Link to={href(`/frameworks/${encodeURIComponent(instrument.jurisdiction)}`, { template: params.get('template') })}>
            {jurisdictionName(instrument.jurisdiction)}&apos;s framework
          </Link>
        </p>
      ) : null}
      {instrument.role === 'statute' ? (
        <ReportLinks what={instrument.title} url={(format) => api.gapReportUrl(instrument.id, params.get('template') ?? undefined, format)} />
      ) : null}
      {(target && !targetUnit) || (params.get('unit') && !provisions.some((p) => p.unit === params.get('unit'))) ? (
        <p className="notice request-notice" role="status">
          The link names a provision this statute does not have (it may have been renumbered since the link was made).
          Choose a section from the contents.
        </p>
      ) : null}
      {instrument.inferred?.length ? (
        <p className="notice">Inferred from the text, not given: {instrument.inferred.join(', ')}. Check before citing.</p>
      ) : null}
      <nav className="tabs" aria-label="Statute sections">
        {TABS.map((t) => (
          <Link key={t.key} to={link({ tab: t.key === 'text' ? undefined : t.key })} aria-current={tab === t.key ? 'page' : undefined}>
            {t.label}
            {t.key === 'report' && reportTrouble(instrument) > 0 ? ` (${reportTrouble(instrument)})` : ''}
          </Link>
        ))}
      </nav>
      {tab === 'text' ? (
        <div className="browser">
          <nav className="toc" aria-label="Contents">
            <h2>Contents</h2>
            {toc.map((group, gi) => (
              <div key={`${group.label}-${gi}`}>
                {group.label ? <h3>{group.label}</h3> : null}
                <ul>
                  {group.units.map((u) => (
                    <li key={`${u.unit}-${u.eId}`}>
                      <Link to={link({ unit: u.unit, p: undefined })} aria-current={u.unit === unit ? 'true' : undefined}>
                        <span className="toc-num">{u.unit}</span> {u.heading ?? ''}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </nav>
          <UnitText instrument={instrument} provisions={provisions} unit={unit} target={target ?? undefined} />
        </div>
      ) : null}
      {tab === 'amended' ? <AsAmendedPanel instrument={instrument} /> : null}
      {tab === 'versions' ? <VersionsPanel instrument={instrument} /> : null}
      {tab === 'definitions' ? <Definitions instrument={instrument} provisions={provisions} /> : null}
      {tab === 'penalties' ? <Penalties instrument={instrument} provisions={provisions} /> : null}
      {tab === 'report' ? <IngestReportPanel report={instrument.report} instrument={instrument} /> : null}
    </article>
  );
}

function reportTrouble(instrument: Instrument): number {
  const r = instrument.report;
  if (!r) return 0;
  return r.missing.length + r.extra.length + r.gaps.length + r.duplicates.length + r.unassigned.length + r.warnings.length;
}

function UnitText({ instrument, provisions, unit, target }: { instrument: Instrument; provisions: Provision[]; unit?: string; target?: string }) {
  const parts = provisions.filter((p) => p.unit === unit);
  if (!unit || parts.length === 0) return <Empty>Choose a unit in the contents.</Empty>;
  return (
    <section className="unit-text" aria-label={citeUnit(instrument, unit)}>
      <h2>
        {citeUnit(instrument, unit)}
        {parts[0]?.heading ? ` ${parts[0].heading}` : ''}
      </h2>
      {parts.map((p) => {
        const citation = legalCitation(instrument, [p.num]);
        return (
          <div key={p.eId} className={`provision indent-${Math.min(4, p.level)}${p.eId === target ? ' target' : ''}`} data-eid={p.eId}>
            <p className="provision-meta">
              <strong>{citeUnit(instrument, p.num)}</strong> <code className="eid">{p.eId}</code>{' '}
              <span className="kind">{p.kind}</span> <CopyButton text={citation} detail={`of ${citeUnit(instrument, p.num)}`} />{' '}
              <PinButton
                item={{ kind: 'provision', instrument: instrument.id, instrumentTitle: instrument.title, eId: p.eId, citation, excerpt: p.text.slice(0, 280) }}
              />
            </p>
            {p.text ? <p className="statute-text">{p.text}</p> : null}
          </div>
        );
      })}
    </section>
  );
}

function Definitions({ instrument, provisions }: { instrument: Instrument; provisions: Provision[] }) {
  const defs = provisions.flatMap((p) => p.defines.map((d) => ({ ...d, provision: p })));
  if (defs.length === 0) return <Empty>No defined terms were recognised in this statute.</Empty>;
  return (
    <dl className="definitions">
      {defs.map((d, i) => (
        <div key={`${d.term}-${i}`}>
          <dt>
            “{d.term}” <span className="muted">({citeUnit(instrument, d.provision.num)})</span>
          </dt>
          <dd>{d.meaning}</dd>
        </div>
      ))}
    </dl>
  );
}

function months(m?: number): string {
  if (m === undefined) return '—';
  if (m % 12 === 0) return `${m / 12} year${m === 12 ? '' : 's'}`;
  return `${m} months`;
}

function Penalties({ instrument, provisions }: { instrument: Instrument; provisions: Provision[] }) {
  const rows = provisions.flatMap((p) => p.penalty.map((pen, i) => ({ pen, p, i })));
  if (rows.length === 0) return <Empty>No penalty was recognised in this statute.</Empty>;
  return (
    <table className="plain-table">
      <caption className="visually-hidden">Penalties</caption>
      <thead>
        <tr>
          <th scope="col">Provision</th>
          <th scope="col">Trial</th>
          <th scope="col">Imprisonment (max.)</th>
          <th scope="col">Fine (max.)</th>
          <th scope="col">Words</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ pen, p, i }) => (
          <tr key={`${p.eId}-${i}`}>
            <td>
              <Link to={href(`/instruments/${encodeURIComponent(instrument.id)}`, { p: p.eId })}>{citeUnit(instrument, p.num)}</Link>
              {p.heading ? ` ${p.heading}` : ''}
            </td>
            <td>{pen.mode === 'any' ? 'either' : pen.mode}</td>
            <td>{months(pen.imprisonmentMonths)}</td>
            <td>{pen.fine ? `${pen.fine.currency} ${pen.fine.amount.toLocaleString('en-GB')}` : '—'}</td>
            <td className="quote">{pen.quote}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
