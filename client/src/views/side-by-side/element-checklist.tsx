import type { ArticleAlignment, ElementState, TemplateArticle } from '../../api/types.ts';
import { ELEMENT_INFO } from '../../components/status.ts';

/** Divergence flags in words a lawyer uses (the machine's keys are stable snake/kebab case). */
const FLAG_WORDS: Record<string, string> = {
  recklessness: 'Recklessness accepted where the template requires intent',
  'no-intent': 'No mental element stated',
  'without-right': '"Without right" element missing or narrowed',
  'no-security-measure': 'Security-measure requirement differs',
  'security-measure': 'Requires infringement of security measures',
  'dishonest-intent': 'Requires dishonest intent',
  'non-public': 'Non-public transmission element differs',
  'technical-means': 'Technical means element differs',
  'penalty-range': 'Penalty outside the expected range',
  object: 'Object of the offence differs',
};

export function flagWords(flag: string): string {
  return FLAG_WORDS[flag] ?? flag.replace(/[-_]/g, ' ');
}

export function ElementChecklist({ article, alignment, elementIndex }: {
  article: TemplateArticle | undefined;
  alignment: ArticleAlignment;
  elementIndex: Map<string, number>;
}) {
  const states = alignment.elements ?? {};
  const profile = article?.elements ?? [];
  // Elements the machine reported but the profile does not list still deserve a line.
  const extra = Object.keys(states).filter((id) => !profile.some((e) => e.id === id));
  const rows = [
    ...profile.map((e) => ({ id: e.id, label: e.label, required: e.status === 'required', note: e.note })),
    ...extra.map((id) => ({ id, label: id.replace(/_/g, ' '), required: true, note: undefined })),
  ];
  return (
    <section className="checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">Elements</h2>
      {rows.length === 0 ? <p className="empty">The template profile lists no elements for this article.</p> : null}
      <ul>
        {rows.map((row) => {
          const state: ElementState | undefined = states[row.id];
          const info = state ? ELEMENT_INFO[state] : null;
          return (
            <li key={row.id} className={`element-row element-${state ?? 'unknown'}`}>
              <span className={`el-num el-${(elementIndex.get(row.id) ?? 0) % 8}`} aria-hidden="true">
                {elementIndex.get(row.id) ?? '·'}
              </span>
              <span className="element-symbol" aria-hidden="true">
                {info?.symbol ?? '?'}
              </span>
              <span className="element-label">
                {row.label}
                {row.required || /option/i.test(row.label) ? '' : ' (optional)'}
              </span>
              <span className="element-state">{info ? info.label : 'not assessed'}</span>
              {row.note ? <span className="element-note">{row.note}</span> : null}
            </li>
          );
        })}
      </ul>
      {alignment.flags && alignment.flags.length > 0 ? (
        <>
          <h3>Divergences</h3>
          <ul className="flags">
            {alignment.flags.map((flag) => (
              <li key={flag}>
                <span aria-hidden="true">⚑ </span>
                {flagWords(flag)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
