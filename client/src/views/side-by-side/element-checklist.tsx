import type { ArticleAlignment, ElementState, TemplateArticle } from '../../api/types.ts';
import { ELEMENT_INFO } from '../../components/status.ts';

/** Divergence flags in words a lawyer uses (the machine's keys are stable snake/kebab case). */
const FLAG_WORDS: Record<string, string> = {
  recklessness: 'Recklessness suffices where the Convention requires intent (the national rule is wider)',
  'without-right': '"Without right" narrowed',
  'security-measures': 'Requires infringement of security measures (an option the Convention allows)',
  'dishonest-intent': 'Requires dishonest intent (an option the Convention allows, or narrower)',
  'non-public-transmission': 'Non-public transmission element differs',
  'technical-means': 'Technical means element differs',
  'object-of-offence': 'The object of the offence is narrower (for example, protected computers only)',
  'penalty-range': 'Maximum imprisonment under one year (Art. 24 extradition threshold)',
  'serious-harm': 'Requires serious harm (an option the Convention allows)',
  'time-limit': 'No time limit for the measure',
  confidentiality: 'No duty to keep the measure confidential',
  safeguards: 'Judicial or independent authorisation differs',
  'subscriber-information': 'Subscriber information not covered',
  'extended-search': 'No extension of the search to connected systems',
  'assistance-order': 'No order to assist the authorities',
  'serious-offences': 'Limited to serious offences',
  'dual-criminality': 'Dual criminality required',
};

/**
 * A divergence flag in words. A flag the engine derives from an element without a named flag (`def-service-provider`)
 * is said with that element's own label, from the article's profile: never a slug.
 */
export function flagWords(flag: string, elements: Array<{ id: string; label: string; flag?: string }> = []): string {
  if (FLAG_WORDS[flag]) return FLAG_WORDS[flag];
  const el = elements.find((e) => (e.flag ?? e.id.replace(/_/g, '-')) === flag);
  return el ? `${el.label}: missing or narrowed` : flag.replace(/[-_]/g, ' ');
}

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
