import type { CompareColumn, CompareResponse, TemplateArticle } from '../../api/types.ts';
import { articleBlocks } from '../../../../server/diff/text-blocks.ts';
import { articleLabel, citeUnits, jurisdictionName, type UnitStyle } from '../../../../server/citation/cite.ts';
import { Confidence } from '../../components/confidence.tsx';
import { DiffBlocks, PlainBlocks } from '../../components/diff-blocks.tsx';
import { StageLabel } from '../../components/instrument-stage.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { href, Link } from '../../router.tsx';
import { flagWords } from '../../../../server/exports/flag-words.ts';

/**
 * The article's text pinned on the left, one column per state scrolling beside it. Each state shows its first
 * implementing unit, paragraph by paragraph, with the words the article does not have tinted.
 */
export function CompareColumns({ data, article, templateId, templateTitle, mode }: {
  data: CompareResponse;
  article: string;
  templateId: string | undefined;
  templateTitle: string;
  mode: string;
}) {
  const templateArticle = data.article as Partial<TemplateArticle>;
  // Without the corpus the article's `text` is our summary: say so rather than present it as the treaty's words.
  const official = templateArticle.textSource !== 'summary' ? templateArticle.text : undefined;
  return (
    <section aria-labelledby="texts-heading">
      <h2 id="texts-heading">Texts side by side</h2>
      <p className="diff-key">
        {mode === 'substantive' ? (
          <>
            <span className="only-here">Tinted words</span> are substance the article does not have, clause by clause; numbering, function
            words, house style and synonyms are ignored.
          </>
        ) : (
          <>
            <span className="only-here">Tinted words</span> are words of the statute that the article does not have.
          </>
        )}{' '}
        {data.instruments.length > 2 ? 'Scroll sideways for more states; the article stays on the left.' : null}
      </p>
      <div className="compare-scroll" role="region" aria-label={`Art. ${article} in ${data.instruments.length} statutes`} tabIndex={0}>
        <section className="compare-template" aria-label="Template article">
          <div className="template-inner">
            <h3>
              {templateTitle}
              <span className="subtitle">{articleLabel(article, templateArticle.title)}</span>
            </h3>
            {official ? <PlainBlocks blocks={articleBlocks(official)} /> : <p className="muted">Official text not available. {templateArticle.summary ?? ''}</p>}
          </div>
        </section>
        {data.instruments.map((column) => (
          <Column key={column.instrument} column={column} article={article} templateId={templateId} elements={templateArticle.elements ?? []} />
        ))}
      </div>
    </section>
  );
}

function Column({ column, article, templateId, elements }: { column: CompareColumn; article: string; templateId: string | undefined; elements: TemplateArticle['elements'] }) {
  const cited = { units: column.units as UnitStyle, title: column.title, kind: column.kind };
  const first = column.provisions[0];
  return (
    <section className="compare-column" aria-label={column.title}>
      <h3>
        <Link to={href(`/align/${encodeURIComponent(column.instrument)}/${encodeURIComponent(article)}`, { template: templateId })}>
          {jurisdictionName(column.jurisdiction)}
        </Link>
        <span className="subtitle">
          {column.title} <StageLabel kind={column.kind} />
        </span>
      </h3>
      <p className="column-finding">
        <StatusBadge status={column.status} reviewed={column.reviewed} />{' '}
        <Confidence confidence={column.confidence} score={column.score} missing={column.status === 'missing'} />
      </p>
      <p className="cite">{column.citations.length ? column.citations.join(', ') : 'No implementing provision'}</p>
      {column.diff ? (
        <>
          {column.provisions.length > 1 ? <p className="diff-key">{citeUnits(cited, [first!])}:</p> : null}
          <DiffBlocks blocks={column.diff.left} side="left" otherName="the article" />
        </>
      ) : null}
      {column.provisions.length > 1 ? (
        <p className="muted">
          Also {citeUnits(cited, column.provisions.slice(1))}: open the{' '}
          <Link to={href(`/align/${encodeURIComponent(column.instrument)}/${encodeURIComponent(article)}`, { template: templateId })}>side-by-side view</Link> for their
          text.
        </p>
      ) : null}
      {column.flags.length ? <p className="flags-inline">⚑ {column.flags.map((f) => flagWords(f, elements)).join('; ')}</p> : null}
      {column.why ? (
        <details className="why">
          <summary>Why</summary>
          {column.why}
        </details>
      ) : null}
    </section>
  );
}
