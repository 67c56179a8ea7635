import type { IngestReport } from '../../api/types.ts';

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
export function IngestReportPanel({ report }: { report: IngestReport }) {
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
      <h3>Warnings ({report.warnings.length})</h3>
      {report.warnings.length ? (
        <ul className="report-list">
          {report.warnings.map((w, i) => (
            <li key={i}>
              <code>{w.code}</code> {w.where ? <span className="muted">[{w.where}]</span> : null} {w.message}
            </li>
          ))}
        </ul>
      ) : (
        <p className="ok">None.</p>
      )}
    </section>
  );
}
