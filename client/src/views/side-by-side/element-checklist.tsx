import type { ArticleAlignment, ElementState, TemplateArticle } from '../../api/types.ts';
import { ELEMENT_INFO } from '../../components/status.ts';
// One list of divergence words for the screens and the reports (a pure module, no imports).
import { flagWords } from '../../../../server/exports/flag-words.ts';

/** What an element is to the article, in words, for the states where that changes what a lawyer should read. */
interface RoleWords {
  /** Said when the element is absent, and when it is narrowed (nothing to add when undefined). */
  absent: string;
  narrowed?: string;
}

function roleWords(e: { restricts?: boolean; generalLaw?: boolean; reservable?: string; alternatives?: string[] }): RoleWords | undefined {
  const wider = 'not a gap: the national rule is wider than the Convention';
  if (e.restricts) return { absent: wider, narrowed: wider };
  if (e.generalLaw) return { absent: 'not stated here: the general law may supply it' };
  if (e.reservable) {
    const gap = `a gap unless the Party reserves Art. ${e.reservable}`;
    return { absent: gap, narrowed: gap };
  }
  if (e.alternatives?.length) return { absent: 'met if an alternative element is present' };
  return undefined;
}

/** The state in words; a restriction the national rule does without is not a gap, and says so. */
function stateWords(label: string, state: ElementState | undefined, role: RoleWords | undefined): string {
  const extra = state === 'absent' ? role?.absent : state === 'narrowed' ? role?.narrowed : undefined;
  return extra ? `${label} (${extra})` : label;
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
    ...profile.map((e) => ({ id: e.id, label: e.label, required: e.status === 'required', note: e.note, role: roleWords(e) })),
    ...extra.map((id) => ({ id, label: id.replace(/_/g, ' '), required: true, note: undefined, role: undefined })),
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
                {info?.symbol ?? '–'}
              </span>
              <span className="element-label">
                {row.label}
                {row.required || /option/i.test(row.label) ? '' : ' (optional)'}
              </span>
              <span className="element-state">{info ? stateWords(info.label, state, row.role) : 'not assessed'}</span>
              {row.note ? <span className="element-note">{row.note}</span> : null}
              {alignment.reviewed?.elementNotes?.[row.id] ? (
                <span className="element-note reviewer-note">
                  Reviewer ({alignment.reviewed.author}): “{alignment.reviewed.elementNotes[row.id]}”
                </span>
              ) : null}
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
                {flagWords(flag, profile)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
