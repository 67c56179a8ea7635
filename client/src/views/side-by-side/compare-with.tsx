import { api } from '../../api/client.ts';
import { instruments } from '../../api/cached.ts';
import type { ArticleAlignment, DiffResponse, Instrument, InstrumentSummary, Provision } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';
import { citeUnits, jurisdictionName } from '../../../../server/citation/cite.ts';
import { DiffBlocks } from '../../components/diff-blocks.tsx';
import { ElementTableView } from '../../components/element-table.tsx';
import { ErrorPanel, Loading } from '../../components/feedback.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { href, Link, setParams, useLocation } from '../../router.tsx';
import { unitEId, unitProvisions } from './unit-provisions.ts';
import { effective } from '../../api/normalise.ts';

type WithMode = 'words' | 'substantive' | 'elements';
const WITH_MODES: Record<WithMode, string> = { words: 'Every word that differs', substantive: 'Substantive differences', elements: 'Elements by statute' };

interface Other {
  summary: InstrumentSummary;
  alignment: ArticleAlignment | undefined;
  provisions: Provision[];
  diff: DiffResponse | null;
}

async function loadOther(
  other: InstrumentSummary,
  article: string,
  templateId: string | undefined,
  primaryLeft: string | undefined,
  mode: 'words' | 'substantive',
  signal: AbortSignal,
): Promise<Other> {
  const [table, provisions] = await Promise.all([api.alignment(other.id, templateId, signal), api.provisions(other.id, signal)]);
  const alignment = table.articles[article];
  const firstUnit = alignment ? effective(alignment).provisions[0] : undefined;
  const otherEId = firstUnit ? unitEId(provisions, firstUnit) : undefined;
  const diff = primaryLeft && otherEId ? await api.diff(primaryLeft, `${other.id}:${otherEId}`, mode, signal) : null;
  return { summary: other, alignment, provisions, diff };
}

/** National against national for the same article: how another jurisdiction drafted the same obligation. */
export function CompareWith({ instrument, article, templateId, primaryEId }: {
  instrument: Instrument;
  article: string;
  templateId: string | undefined;
  primaryEId: string | undefined;
}) {
  const { params } = useLocation();
  const withId = params.get('with') ?? '';
  const asked = params.get('withMode');
  const mode: WithMode = asked === 'substantive' || asked === 'elements' ? asked : 'words';
  const list = useResource('instruments', () => instruments());
  const choices = (list.data ?? []).filter((i) => i.id !== instrument.id && (i.role ?? 'statute') === 'statute');
  const chosen = choices.find((i) => i.id === withId);
  const textMode = mode === 'substantive' ? 'substantive' : 'words';
  const other = useResource(chosen && mode !== 'elements' ? `other:${chosen.id}:${article}:${templateId}:${primaryEId}:${textMode}` : null, (signal) =>
    loadOther(chosen!, article, templateId, primaryEId ? `${instrument.id}:${primaryEId}` : undefined, textMode, signal),
  );
  const both = useResource(chosen && mode === 'elements' ? `with-elements:${chosen.id}:${instrument.id}:${article}:${templateId}` : null, (signal) =>
    api.compare({ template: templateId, article, instruments: [instrument.id, chosen!.id] }, signal),
  );
  const compareAll = href('/compare', { template: templateId, article, instruments: [instrument.id, withId].filter(Boolean).join(',') });

  return (
    <section className="compare-with" aria-labelledby="compare-with-heading">
      <h2 id="compare-with-heading">Compare with another statute</h2>
      {list.state === 'error' ? <ErrorPanel error={list.error} onRetry={list.reload} /> : null}
      <div className="toolbar">
        <label>
          Statute{' '}
          <select value={withId} onChange={(e) => setParams({ with: e.target.value })}>
            <option value="">Choose a statute…</option>
            {choices.map((i) => (
              <option key={i.id} value={i.id}>
                {jurisdictionName(i.jurisdiction)}: {i.title}
              </option>
            ))}
          </select>
        </label>
        <span role="radiogroup" aria-label="Show" className="mode-switch with-modes">
          {(['words', 'substantive', 'elements'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="with-mode" checked={mode === m} onChange={() => setParams({ withMode: m === 'words' ? '' : m })} /> {WITH_MODES[m]}
            </label>
          ))}
        </span>
        <Link to={compareAll}>Compare Art. {article} across several statutes</Link>
      </div>
      {chosen && mode !== 'elements' && other.state === 'loading' ? <Loading what={chosen.title} /> : null}
      {other.state === 'error' ? <ErrorPanel error={other.error} onRetry={other.reload} /> : null}
      {chosen && mode !== 'elements' && other.state === 'ready' ? <OtherPanel other={other.data} article={article} ownTitle={instrument.title} mode={textMode} /> : null}
      {chosen && mode === 'elements' && both.state === 'loading' ? <Loading what="the elements of both statutes" /> : null}
      {both.state === 'error' ? <ErrorPanel error={both.error} onRetry={both.reload} /> : null}
      {chosen && mode === 'elements' && both.state === 'ready' ? (
        <ElementTableView table={both.data.elements} caption={`Elements of Art. ${article}: ${instrument.title} and ${chosen.title}`} />
      ) : null}
    </section>
  );
}

function OtherPanel({ other, article, ownTitle, mode }: { other: Other; article: string; ownTitle: string; mode: 'words' | 'substantive' }) {
  const { summary, alignment, provisions, diff } = other;
  if (!alignment) return <p className="empty">{summary.title} has no finding for Art. {article}.</p>;
  return (
    <div className="other-statute">
      <p>
        <StatusBadge status={effective(alignment).status} reviewed={Boolean(alignment.reviewed)} />{' '}
        {effective(alignment).provisions.length ? citeUnits(summary, effective(alignment).provisions) : 'no implementing provision'}
      </p>
      {diff ? (
        <>
          <p className="diff-key">
            First implementing unit of each; <span className="only-here">tinted words</span> are not in the other statute
            {mode === 'substantive' ? ' (substance only: numbering, function words, house style and synonyms are not tinted)' : ''}.
          </p>
          <div className="side-by-side">
            <section className="text-column" aria-label={ownTitle}>
              <h3>{ownTitle}</h3>
              <DiffBlocks blocks={diff.blocks.left} side="left" otherName={summary.title} />
            </section>
            <section className="text-column" aria-label={summary.title}>
              <h3>{summary.title}</h3>
              <DiffBlocks blocks={diff.blocks.right} side="right" otherName={ownTitle} />
            </section>
          </div>
        </>
      ) : (
        effective(alignment).provisions.flatMap((unit) =>
          unitProvisions(provisions, unit).map((p) => (
            <p key={p.eId} className="provision-line">
              {p.text}
            </p>
          )),
        )
      )}
    </div>
  );
}
