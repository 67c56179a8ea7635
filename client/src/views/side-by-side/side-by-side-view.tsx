import { useMemo, type ReactNode } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { templateDetail } from '../../api/cached.ts';
import type { ArticleAlignment, Instrument, Provision, ReviewEntry, TemplateArticle, TemplateDetail } from '../../api/types.ts';
import { useResource, type Resource } from '../../api/use-resource.ts';
import { articleLabel, citeUnit, citeUnits, legalCitation } from '../../../../server/citation/cite.ts';
import { EditionLine } from '../../components/edition-line.tsx';
import { PinButton } from '../../components/pin-button.tsx';
import { Confidence } from '../../components/confidence.tsx';
import { ErrorPanel, Loading } from '../../components/feedback.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { href, Link, setParams, useLocation } from '../../router.tsx';
import { usePageTitle } from '../../use-page-title.ts';
import { useTemplateId } from '../../use-template-id.ts';
import { AsAmendedChoice, AsAmendedColumn, useAsAmendedOptions } from './as-amended-column.tsx';
import { CarriedNotice, CarriedReviews, useCarriedCell } from './carried-reviews.tsx';
import { ClosestCandidate } from './closest-candidate.tsx';
import { CompareWith } from './compare-with.tsx';
import { ElementChecklist } from './element-checklist.tsx';
import { NationalText, TemplateText } from './side-texts.tsx';
import { ReviewForm } from './review-form.tsx';
import { ReviewHistory } from './review-history.tsx';
import { unitEId } from './unit-provisions.ts';
import { effective } from '../../api/normalise.ts';
import { ReportLinks } from '../../components/report-links.tsx';

interface CellData {
  instrument: Instrument;
  provisions: Provision[];
  alignment: ArticleAlignment;
  template: TemplateDetail;
  article: TemplateArticle | undefined;
}

export type HighlightMode = 'diff' | 'substantive' | 'elements';

const MODE_WORDS: Record<HighlightMode, string> = { diff: 'Every word that differs', substantive: 'Substantive differences', elements: 'Elements' };

async function loadCell(instrumentId: string, article: string, templateId: string | undefined, signal: AbortSignal): Promise<CellData> {
  const [table, instrument, provisions, template] = await Promise.all([
    api.alignment(instrumentId, templateId, signal),
    api.instrument(instrumentId, signal),
    api.provisions(instrumentId, signal),
    templateDetail(templateId ?? ''),
  ]);
  const alignment = table.articles[article];
  // A link to an article the table lacks is the link's fault, not the server's: said as a 404 (no "Try again").
  if (!alignment) throw new ApiError('LEXALIGN_ERR_UNKNOWN_ARTICLE', 404, `The comparison with ${template.title ?? 'the model law'} has no Art. ${article}; it may be outside its scope.`);
  return { instrument, provisions, alignment, template, article: template.articles.find((a) => a.article === article) };
}

export default function SideBySideView({ params: route }: { params: Record<string, string> }) {
  const instrumentId = route.instrument!;
  const article = route.article!;
  const { params } = useLocation();
  const { templateId, ready } = useTemplateId();
  const cell = useResource<CellData>(ready ? `cell:${instrumentId}:${article}:${templateId}` : null, (signal) =>
    loadCell(instrumentId, article, templateId, signal),
  );
  const history = useResource(ready ? `history:${instrumentId}:${article}:${templateId}` : null, (signal) =>
    api.reviews(instrumentId, article, templateId, signal),
  );
  usePageTitle(cell.data ? `${articleLabel(article, cell.data.article?.title)} · ${cell.data.instrument.title}` : `Art. ${article}`);

  if (cell.state === 'loading') return <Loading what={`Art. ${article}`} />;
  if (cell.state === 'error') return <ErrorPanel error={cell.error} onRetry={cell.reload} />;
  return (
    <CellPage
      data={cell.data}
      articleNum={article}
      params={params}
      templateId={templateId}
      history={history}
      onSaved={() => {
        cell.reload();
        history.reload();
      }}
    />
  );
}

function CellPage({ data, articleNum: article, params, templateId, history, onSaved }: {
  data: CellData;
  articleNum: string;
  params: URLSearchParams;
  templateId: string | undefined;
  history: Resource<ReviewEntry[]> & { reload: () => void };
  onSaved: () => void;
}) {
  const { instrument, provisions, alignment, template, article: templateArticle } = data;
  const elementIndex = useElementIndex(templateArticle, alignment);
  const asked = params.get('mode');
  const mode: HighlightMode = asked === 'elements' || asked === 'substantive' ? asked : 'diff';
  const tq = templateId ? { template: templateId } : {};
  const units = effective(alignment).provisions;
  const selectedUnit = params.get('unit') && units.includes(params.get('unit')!) ? params.get('unit')! : units[0];
  const amended = useAsAmendedOptions(instrument, params);
  const carried = useCarriedCell(instrument.id, article, templateId);

  return (
    <article className="side-by-side-view">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={href('/', { ...tq, focus: instrument.id })}>Matrix</Link> ›{' '}
        <Link to={href(`/instruments/${encodeURIComponent(instrument.id)}`, tq)}>{instrument.title}</Link> › Art. {article}
      </nav>
      <h1>
        {articleLabel(article, templateArticle?.title)}
        <span className="subtitle">
          {instrument.title} ({instrument.jurisdiction})
        </span>
      </h1>
      <EditionLine instrument={instrument.id} kind={instrument.kind} />
      <Finding alignment={alignment} instrument={instrument} />
      <CarriedNotice cell={carried} />
      <PinButton
        item={{
          kind: 'finding',
          template: templateId ?? template.id,
          article,
          title: articleLabel(article, templateArticle?.title),
          instrument: instrument.id,
          instrumentTitle: instrument.title,
          citation: units.length ? legalCitation(instrument, alignment.reviewed?.pinpoints ?? (alignment.reviewed ? units : alignment.pinpoints?.length ? alignment.pinpoints : units)) : `${legalCitation(instrument)}: no implementing provision`,
        }}
      />
      {effective(alignment).status === 'missing' ? <ClosestCandidate alignment={alignment} instrument={instrument} provisions={provisions} /> : null}

      <div className="mode-switch" role="radiogroup" aria-label="Highlighting">
        <span className="mode-label">Highlight:</span>
        {(['diff', 'substantive', 'elements'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="mode" checked={mode === m} onChange={() => setParams({ mode: m === 'diff' ? '' : m })} /> {MODE_WORDS[m]}
          </label>
        ))}
        {units.length > 1 && mode !== 'elements' ? (
          <label>
            Diff against{' '}
            <select value={selectedUnit} onChange={(e) => setParams({ unit: e.target.value })}>
              {units.map((u) => (
                <option key={u} value={u}>
                  {citeUnit(instrument, u)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <ReportLinks what={instrument.title} url={(format) => api.gapReportUrl(instrument.id, templateId, format)} />
        <button type="button" className="no-print" onClick={() => window.print()}>
          Print
        </button>
      </div>

      <AsAmendedChoice options={amended.options} chosen={amended.chosen} />

      <SideBySide
        instrument={instrument}
        provisions={provisions}
        alignment={alignment}
        template={template}
        article={templateArticle}
        articleNum={article}
        mode={mode}
        selectedUnit={selectedUnit}
        templateId={templateId}
        amended={amended.chosen ? <AsAmendedColumn option={amended.chosen} instrument={instrument} provisions={provisions} units={units} /> : null}
      />

      <div className="side-panels">
        <ElementChecklist article={templateArticle} alignment={alignment} elementIndex={elementIndex} />
        <section className="review-panel no-print-controls">
          <ReviewForm
            key={`${instrument.id}:${article}`}
            instrument={instrument.id}
            article={article}
            template={templateId}
            alignment={alignment}
            elements={templateArticle?.elements}
            onSaved={onSaved}
          />
          <h2>History</h2>
          {history.state === 'loading' ? <Loading what="review history" /> : null}
          {history.state === 'error' ? <ErrorPanel error={history.error} onRetry={history.reload} /> : null}
          {history.state === 'ready' ? <ReviewHistory entries={history.data} instrument={instrument} labels={new Map((templateArticle?.elements ?? []).map((e) => [e.id, e.label]))} /> : null}
          <CarriedReviews instrument={instrument} cell={carried} machineUnits={alignment.provisions} />
        </section>
      </div>

      <CompareWith instrument={instrument} article={article} templateId={templateId} primaryEId={selectedUnit ? unitEId(provisions, selectedUnit) : undefined} />
    </article>
  );
}

function useElementIndex(article: TemplateArticle | undefined, alignment: ArticleAlignment): Map<string, number> {
  return useMemo(() => {
    const ids = [...(article?.elements ?? []).map((e) => e.id), ...Object.keys(alignment.elements ?? {})];
    const map = new Map<string, number>();
    for (const id of ids) if (!map.has(id)) map.set(id, map.size + 1);
    return map;
  }, [article, alignment]);
}

function Finding({ alignment, instrument }: { alignment: ArticleAlignment; instrument: Instrument }) {
  const reviewed = alignment.reviewed;
  const now = effective(alignment);
  // The machine's pinpoints (14(1)) until a reviewer decides; then the reviewer's pinpoints, or units.
  const cited = reviewed ? (reviewed.pinpoints?.length ? reviewed.pinpoints : now.provisions) : alignment.pinpoints?.length ? alignment.pinpoints : now.provisions;
  return (
    <section className="finding" aria-label="Finding">
      <p className="finding-line">
        <StatusBadge status={now.status} reviewed={Boolean(reviewed)} /> <Confidence confidence={alignment.confidence} score={alignment.score} missing={alignment.status === 'missing'} />{' '}
        <span className="cite">
          {now.provisions.length ? `Implemented by ${citeUnits(instrument, cited)}` : 'No implementing provision found'}
        </span>
      </p>
      {reviewed ? (
        <p className="reviewed-note">
          Reviewed by <strong>{reviewed.author}</strong>: the machine had suggested {reviewed.machine.status}
          {reviewed.machine.provisions.length ? ` (${citeUnits(instrument, reviewed.machine.provisions)})` : ''}.
          {reviewed.note ? ` Note: “${reviewed.note}”` : ''}
        </p>
      ) : null}
      {alignment.why ? (
        <p className="why">
          <span className="why-label">Why:</span> {alignment.why}
        </p>
      ) : null}
    </section>
  );
}

function SideBySide(props: {
  instrument: Instrument;
  provisions: Provision[];
  alignment: ArticleAlignment;
  template: TemplateDetail;
  article: TemplateArticle | undefined;
  articleNum: string;
  mode: HighlightMode;
  selectedUnit: string | undefined;
  templateId: string | undefined;
  /** The principal law as amended, as a third column (or nothing). */
  amended: ReactNode;
}) {
  const { instrument, provisions, alignment, template, article, articleNum, mode, selectedUnit, templateId, amended } = props;
  const elementIndex = useElementIndex(article, alignment);
  const eId = selectedUnit ? unitEId(provisions, selectedUnit) : undefined;
  const diffMode = mode === 'substantive' ? 'substantive' : 'words';
  const diff = useResource(mode !== 'elements' && eId ? `diff:${instrument.id}:${eId}:${templateId}:${articleNum}:${diffMode}` : null, (signal) =>
    api.diffWithTemplate(`${instrument.id}:${eId}`, templateId, articleNum, diffMode, signal),
  );
  const labels = new Map((article?.elements ?? []).map((e) => [e.id, e.label] as const));
  return (
    <div className={`side-by-side${amended ? ' with-amended' : ''}`}>
      <TemplateText
        heading={`${template.shortTitle ?? template.title}, ${articleLabel(articleNum, article?.title)}`}
        article={article}
        alignment={alignment}
        mode={mode}
        diff={diff}
        elementIndex={elementIndex}
        labels={labels}
      />
      <NationalText
        instrument={instrument}
        provisions={provisions}
        alignment={alignment}
        mode={mode}
        diff={diff}
        selectedUnit={selectedUnit}
        elementIndex={elementIndex}
        labels={labels}
      />
      {amended}
    </div>
  );
}
