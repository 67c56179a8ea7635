import type { CSSProperties } from 'react';
import type { MatrixArticle } from '../../api/types.ts';
import { articleLabel } from '../../../../server/citation/cite.ts';
import { chapterBands } from './matrix-model.ts';
import { BAND_H, HEAD_H } from './use-matrix-window.ts';

/** A one- or two-column band has no room for "Ch. II s.3 Jurisdiction": a short word instead (full name in title). */
function shortGroup(group: string): string {
  const short: Record<string, string> = { definitions: 'Def.', jurisdiction: 'Juris.', ancillary: 'Anc.', procedural: 'Proc.', cooperation: 'Co-op.', substantive: 'Subst.' };
  return short[group] ?? group.slice(0, 5);
}

/** The sticky header: the Convention's chapters as bands, then one column per article, the totals and the score. */
export function MatrixHead({ articles, template, rowsBy }: { articles: MatrixArticle[]; template: CSSProperties; rowsBy: 'instrument' | 'jurisdiction' }) {
  const bands = chapterBands(articles);
  return (
    <div role="rowgroup" className="matrix-head">
      <div role="row" aria-rowindex={1} className="matrix-row band-row" style={{ ...template, height: BAND_H }}>
        <div role="columnheader" className="corner" aria-colindex={1}>
          <span className="visually-hidden">Chapter</span>
        </div>
        {bands.map((band) => (
          <div
            role="columnheader"
            key={`${band.chapter}-${band.start}`}
            aria-colindex={band.start + 2}
            aria-colspan={band.span}
            className="band"
            style={{ gridColumn: `${band.start + 2} / span ${band.span}` }}
            title={band.chapter}
          >
            <span className="band-label" aria-hidden={band.span <= 2 ? true : undefined}>
              {band.span <= 2 ? shortGroup(articles[band.start]!.group) : band.chapter}
            </span>
            {band.span <= 2 ? <span className="visually-hidden">{band.chapter}</span> : null}
          </div>
        ))}
        <div role="columnheader" aria-colindex={articles.length + 2} style={{ gridColumn: `${articles.length + 2} / span 2` }} aria-colspan={2}>
          <span className="visually-hidden">Summary</span>
        </div>
      </div>
      <div role="row" aria-rowindex={2} className="matrix-row head-row" style={{ ...template, height: HEAD_H }}>
        <div role="columnheader" className="name-cell" aria-colindex={1}>
          {rowsBy === 'jurisdiction' ? 'Jurisdiction (framework)' : 'Statute'}
        </div>
        {articles.map((article, i) => (
          <div
            role="columnheader"
            key={article.article}
            aria-colindex={i + 2}
            className={`art-head${article.obligation === 'optional' ? ' optional' : ''}`}
            title={`${articleLabel(article.article, article.title)}${article.obligation === 'optional' ? ' (reservation allowed)' : ''}`}
          >
            <span aria-hidden="true">{article.article}</span>
            <span className="visually-hidden">{articleLabel(article.article, article.title)}</span>
          </div>
        ))}
        <div role="columnheader" aria-colindex={articles.length + 2} className="totals-cell">
          Totals
        </div>
        <div role="columnheader" aria-colindex={articles.length + 3} className="score-cell" title="Harmonisation score: with reservations, and below it without">
          Score
        </div>
      </div>
    </div>
  );
}
