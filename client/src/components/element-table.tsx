import type { ElementTable } from '../api/types.ts';
import { ELEMENT_CELL_WORDS, type ElementCellState } from '../../../server/compare/element-words.ts';
import { CopyButton } from './copy-button.tsx';
import { StatusBadge } from './status-badge.tsx';
import './element-table.css';

const LEGEND: ElementCellState[] = ['present', 'absent', 'narrowed', 'wider', 'optional-absent', 'no-provision', 'not-assessed'];

/**
 * The element-by-state table: rows are the article's elements, columns are states, each cell the state in a symbol
 * and a word with the statute's own words as evidence. The element column stays pinned while the states scroll.
 */
export function ElementTableView({ table, caption, exportLinks }: { table: ElementTable; caption: string; exportLinks?: { csv: string; docx: string } }) {
  const summaries = table.rows.map((r) => r.summary).join('\n');
  return (
    <section className="element-table-section" aria-labelledby="element-table-heading">
      <div className="element-table-bar">
        <h2 id="element-table-heading">Elements by state</h2>
        {exportLinks ? (
          <span className="export-links">
            <a className="button-link" href={exportLinks.csv} download>
              Download CSV
            </a>{' '}
            <a className="button-link" href={exportLinks.docx} download>
              Download Word (.docx)
            </a>
          </span>
        ) : null}
        <CopyButton text={summaries} idle="Copy summary lines" />
      </div>
      <div className="element-table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="element-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="pinned">
                Element
              </th>
              {table.columns.map((c) => (
                <th key={c.instrument} scope="col" title={c.title}>
                  <abbr title={c.title}>{c.short}</abbr>
                  <span className="col-title">{c.title}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="implemented-row">
              <th scope="row" className="pinned">
                Implemented by
              </th>
              {table.columns.map((c) => (
                <td key={c.instrument}>
                  <StatusBadge status={c.status} reviewed={c.reviewed} />
                  <span className="col-cite" title={c.citation}>
                    {c.cite}
                  </span>
                </td>
              ))}
            </tr>
            {table.rows.map((row) => (
              <tr key={row.element}>
                <th scope="row" className="pinned">
                  {row.label}
                  {row.required || /option/i.test(row.label) ? null : <span className="optional-tag"> (option)</span>}
                </th>
                {row.cells.map((cell, i) => {
                  const w = ELEMENT_CELL_WORDS[cell.state];
                  return (
                    <td key={table.columns[i]!.instrument} className={`el-cell el-state-${cell.state}`}>
                      <span className="el-state">
                        <span aria-hidden="true">{w.symbol}</span> {w.word}
                      </span>
                      {cell.evidence.map((e, j) => (
                        <span key={j} className="el-evidence">
                          “{e.quote}” <span className="el-cite">{e.cite}</span>
                        </span>
                      ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="element-legend" aria-label="What the cells say">
        {LEGEND.map((s) => (
          <div key={s}>
            <dt>
              <span aria-hidden="true">{ELEMENT_CELL_WORDS[s].symbol}</span> {ELEMENT_CELL_WORDS[s].word}
            </dt>
            <dd>{ELEMENT_CELL_WORDS[s].explain}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">Element findings are the machine's reading with the statute's words as evidence; a reviewed column's status and provisions are the reviewer's.</p>
    </section>
  );
}
