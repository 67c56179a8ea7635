import { useState } from 'react';
import type { IngestReport } from '../../api/types.ts';
import { citeUnit, type UnitStyle } from '../../../../server/citation/cite.ts';
import { href, Link } from '../../router.tsx';
import { groupWarnings, type WarningGroup } from './ingest-warnings.ts';

/** The statute the report is about: for citations ("cl." in a Bill) and links to its provisions. */
interface ReportInstrument {
  id: string;
  title?: string;
  kind?: string;
  units?: UnitStyle;
}

/** A group shows this many items; more on request, never a wall of lines. */
const GROUP_SHOWN = 5;
const GROUP_STEP = 50;

function WarningGroupBlock({ group, instrument }: { group: WarningGroup; instrument?: ReportInstrument }) {
  const [shown, setShown] = useState(GROUP_SHOWN);
  const items = group.items.slice(0, shown);
  const rest = group.items.length - items.length;
  return (
    <details className={`warning-group ${group.level}`} open={group.level === 'check' && group.items.length <= GROUP_SHOWN}>
      <summary>
        {group.title} <span className="count">({group.items.length})</span>
      </summary>
      <ul className="report-list">
        {items.map((item, i) => (
          <li key={i}>
            {item.where ? (
              item.target && instrument ? (
                <Link to={href(`/instruments/${encodeURIComponent(instrument.id)}`, item.target)}>{item.where}</Link>
              ) : (
                <strong>{item.where}</strong>
              )
            ) : null}
            {item.where ? ': ' : ''}
            {item.text}
          </li>
        ))}
      </ul>
      {rest > 0 ? (
        <button type="button" className="link-button" onClick={() => setShown(shown + GROUP_STEP)}>
          {rest > GROUP_STEP ? `Show ${GROUP_STEP} more of ${rest}` : `Show ${rest} more`}
        </button>
      ) : null}
    </details>
  );
}

function List({ title, items, explain }: { title: string; items: string[]; explain: string }) {
  return (
    <div className="report-block">
      <h3>
        {title} <span className="count">({items.length})</span>
      </h3>
      <p className="muted">{explain}</p>
      {items.length ? (
        <ul className="report-list">
          {items.map((item, i) => (
            <li key={`${item}-${i}`}>{item}</li>
          ))}
        </ul>
      ) : (
        <p className="ok">None.</p>
      )}
    </div>
  );
}

/** How far to trust the parse: the arrangement of sections checked against the body, gaps, leftovers, warnings. */
export function IngestReportPanel({ report, instrument }: { report: IngestReport; instrument?: ReportInstrument }) {
  const cite = (num: string) => citeUnit(instrument ?? {}, num);
  const groups = groupWarnings(report.warnings, cite);
  const trouble = report.missing.length + report.extra.length + report.gaps.length + report.duplicates.length + report.unassigned.length;
  return (
    <section className="ingest-report" aria-labelledby="report-heading">
      <h2 id="report-heading">Ingestion report</h2>
      <p>
        {report.units.length} top-level units, {report.stats.provisions} provisions, {report.stats.definitions} definitions,{' '}
        {report.stats.penalties} penalties.{' '}
        {report.toc ? `The arrangement of sections lists ${report.toc.length} units.` : 'The text has no arrangement of sections to check against.'}{' '}
        {trouble === 0 && report.warnings.length === 0 ? <strong>No problem found.</strong> : <strong>Check the points below before relying on the parse.</strong>}
      </p>
      <div className="report-grid">
        <List title="Missing from the body" items={report.missing} explain="Listed in the arrangement of sections, not found in the text." />
        <List title="Extra in the body" items={report.extra} explain="Found in the text, not listed in the arrangement." />
        <List
          title="Renumbered"
          items={report.renumbered.map((r) => `${r.toc} → ${r.body}${r.heading ? ` (${r.heading})` : ''}`)}
          explain="Numbered differently in the arrangement and the body."
        />
        <List title="Numbering gaps" items={report.gaps} explain="A unit number skipped in the body." />
        <List title="Duplicates" items={report.duplicates} explain="The same unit number found twice." />
        <List title="Unassigned text" items={report.unassigned} explain="Text that could not be placed in any unit." />
      </div>
      <h3>
        Notes on the text <span className="count notes-count">({groups.reduce((n, g) => n + g.items.length, 0)})</span>
      </h3>
      {groups.length ? (
        <div className="warning-groups">
          <p className="muted">Grouped by what was found; open a group to see where. “Check” groups may change how a provision reads.</p>
          {groups.filter((g) => g.level === 'check').length ? <h4>To check</h4> : null}
          {groups.filter((g) => g.level === 'check').map((g) => (
            <WarningGroupBlock key={g.code} group={g} instrument={instrument} />
          ))}
          {groups.filter((g) => g.level === 'note').length ? <h4>Tidied, for the record</h4> : null}
          {groups.filter((g) => g.level === 'note').map((g) => (
            <WarningGroupBlock key={g.code} group={g} instrument={instrument} />
          ))}
        </div>
      ) : (
        <p className="ok">None.</p>
      )}
    </section>
  );
}
