import type { CSSProperties } from 'react';
import type { MatrixArticle, StatusCounts } from '../../api/types.ts';
import { STATUS_INFO } from '../../components/status.ts';
import { articleLabel } from '../../../../server/citation/cite.ts';
import { totalsText } from './matrix-row.tsx';
import { FOOT_H } from './use-matrix-window.ts';

interface MatrixFootProps {
  articles: MatrixArticle[];
  columnTotals: Record<string, StatusCounts>;
  rowCount: number;
  template: CSSProperties;
  rowsBy: 'instrument' | 'jurisdiction';
}

/** The sticky last row: how many statutes (or states) cover and partly cover each article. */
export function MatrixFoot({ articles, columnTotals, rowCount, template, rowsBy }: MatrixFootProps) {
  return (
    <div role="rowgroup" className="matrix-foot">
      <div role="row" aria-rowindex={rowCount + 3} className="matrix-row foot-row" style={{ ...template, height: FOOT_H }}>
        <div role="rowheader" className="name-cell" aria-colindex={1}>
          {rowsBy === 'jurisdiction' ? 'States covering' : 'Statutes covering'}
        </div>
        {articles.map((article, i) => {
          const t = columnTotals[article.article] ?? { covered: 0, partial: 0, missing: 0 };
          return (
            <div role="gridcell" key={article.article} aria-colindex={i + 2} className="col-total">
              <span aria-hidden="true">
                {t.covered}
                {STATUS_INFO.covered.symbol}
                <br />
                {t.partial}
                {STATUS_INFO.partial.symbol}
              </span>
              <span className="visually-hidden">
                {articleLabel(article.article, article.title)}: {totalsText(t)}
              </span>
            </div>
          );
        })}
        <div role="gridcell" aria-colindex={articles.length + 2} className="totals-cell" />
        <div role="gridcell" aria-colindex={articles.length + 3} className="score-cell" />
      </div>
    </div>
  );
}
