import type { ArticleAlignment, DiffResponse, Instrument, Provision, TemplateArticle } from '../../api/types.ts';
import type { Resource } from '../../api/use-resource.ts';
import { citeUnits, citeUnit } from '../../../../server/citation/cite.ts';
import { DiffBlocks } from '../../components/diff-blocks.tsx';
import { ErrorPanel, Loading } from '../../components/feedback.tsx';
import { MarkedText } from '../../components/marked-text.tsx';
import type { Span } from '../../components/element-marks.ts';
import { href, Link } from '../../router.tsx';
import { indentOf, unitProvisions } from './unit-provisions.ts';
import { effective } from '../../api/normalise.ts';

type Mode = 'diff' | 'substantive' | 'elements';

const isDiff = (mode: Mode) => mode !== 'elements';

interface Shared {
  alignment: ArticleAlignment;
  mode: Mode;
  diff: Resource<DiffResponse> & { reload: () => void };
  elementIndex: Map<string, number>;
  labels: Map<string, string>;
}

// The diff is asked for as left = national provision, right = template article:
// `delete` segments are words only the statute has, `insert` segments words only the template has.
const STATUTE = 'the statute';
const TEMPLATE = 'the template';

export function TemplateText({ heading, article, ...shared }: Shared & { heading: string; article: TemplateArticle | undefined }) {
  const { alignment, mode, diff, elementIndex, labels } = shared;
  // Without the corpus the server sends our own summary as `text`: never present it as the treaty's words.
  const text = article?.textSource === 'summary' ? undefined : article?.text;
  let body;
  if (!text) {
    body = (
      <>
        <p className="muted">The official text is not available (the corpus folder is not connected). Our summary:</p>
        <p>{article?.summary ?? 'No summary.'}</p>
      </>
    );
  } else if (isDiff(mode) && effective(alignment).provisions.length > 0) {
    if (diff.state === 'loading') body = <Loading what="differences" />;
    else if (diff.state === 'error') body = <ErrorPanel error={diff.error} onRetry={diff.reload} />;
    else body = <DiffBlocks blocks={diff.data.blocks.right} side="right" otherName={STATUTE} />;
  } else if (mode === 'elements') {
    const spans: Span[] = (alignment.evidence ?? [])
      .filter((e) => e.template)
      .map((e) => ({ start: e.template!.start, end: e.template!.end, element: e.element }));
    body = (
      <p className="statute-text">
        <MarkedText text={text} spans={spans} elementIndex={elementIndex} labels={labels} />
      </p>
    );
  } else {
    body = <p className="statute-text">{text}</p>;
  }
  return (
    <section className="text-column template-column" aria-label="Template article">
      <h2>{heading}</h2>
      {isDiff(mode) && text && effective(alignment).provisions.length > 0 ? <DiffKey mode={mode} here={TEMPLATE} there={STATUTE} /> : null}
      {mode === 'elements' ? <ElementsKey /> : null}
      {body}
    </section>
  );
}

export function NationalText({ instrument, provisions, selectedUnit, ...shared }: Shared & {
  instrument: Instrument;
  provisions: Provision[];
  selectedUnit: string | undefined;
}) {
  const { alignment, mode, diff, elementIndex, labels } = shared;
  const units = effective(alignment).provisions;
  const heading = `${instrument.title}, ${citeUnits(instrument, units)}`;
  if (units.length === 0) {
    return (
      <section className="text-column national-column" aria-label="National provisions">
        <h2>{instrument.title}</h2>
        <p className="empty">No provision of this statute was found to implement the article.</p>
      </section>
    );
  }
  return (
    <section className="text-column national-column" aria-label="National provisions">
      <h2>{heading}</h2>
      {isDiff(mode) ? <DiffKey mode={mode} here={STATUTE} there={TEMPLATE} /> : <ElementsKey />}
      {units.map((unit) => {
        const parts = unitProvisions(provisions, unit);
        const showDiff = isDiff(mode) && unit === selectedUnit;
        return (
          <div key={unit} className="unit-block">
            <h3>
              <Link to={href(`/instruments/${encodeURIComponent(instrument.id)}`, { unit })}>
                {citeUnit(instrument, unit)}
              </Link>
              {parts[0]?.heading ? <span className="unit-heading"> {parts[0].heading}</span> : null}
            </h3>
            {parts.length === 0 ? <p className="muted">The text of this unit was not found in the parsed statute.</p> : null}
            {showDiff ? (
              diff.state === 'loading' ? (
                <Loading what="differences" />
              ) : diff.state === 'error' ? (
                <ErrorPanel error={diff.error} onRetry={diff.reload} />
              ) : (
                <DiffBlocks blocks={diff.data.blocks.left} side="left" otherName={TEMPLATE} />
              )
            ) : (
              parts.map((p) => <ProvisionLine key={p.eId} provision={p} alignment={alignment} mode={mode} elementIndex={elementIndex} labels={labels} />)
            )}
          </div>
        );
      })}
    </section>
  );
}

/** What the tint means in this mode, said on each side. */
function DiffKey({ mode, here, there }: { mode: Mode; here: string; there: string }) {
  return (
    <p className="diff-key">
      <span className="only-here">Tinted words</span> are in {here} but not in {there}
      {mode === 'substantive' ? ': substance only, clause by clause (numbering, function words, house style and synonyms are not tinted).' : '.'}
    </p>
  );
}

function ElementsKey() {
  return (
    <p className="diff-key">
      Marked words carry an element; the small number after them is the element's number in the list of elements below.{' '}
      <span className="same-wording">Dotted underline</span>: the same wording as the article.
    </p>
  );
}

function ProvisionLine({ provision, alignment, mode, elementIndex, labels }: {
  provision: Provision;
  alignment: ArticleAlignment;
  mode: Mode;
  elementIndex: Map<string, number>;
  labels: Map<string, string>;
}) {
  const spans: Span[] =
    mode === 'elements'
      ? (alignment.evidence ?? []).filter((e) => e.eId === provision.eId).map((e) => ({ start: e.start, end: e.end, element: e.element }))
      : [];
  // Inside the unit's block a paragraph is labelled as printed at its own level: "(a)", not "14(2)(a)".
  const label = provision.level > 0 ? (/\([^)]*\)$/.exec(provision.num)?.[0] ?? provision.num) : '';
  return (
    <p className={`provision-line indent-${indentOf(provision)}`} data-eid={provision.eId}>
      {label ? <span className="prov-num">{label} </span> : null}
      <MarkedText text={provision.text} spans={spans} elementIndex={elementIndex} labels={labels} />
    </p>
  );
}
