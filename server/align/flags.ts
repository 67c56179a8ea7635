import type { Provision } from '../ingest/types.ts';
import type { AlignArticle } from './prepare.ts';
import type { ElementFinding } from './features.ts';
import type { LegalThesaurus } from '../thesaurus/index.ts';
import { maxOf } from '../large-arrays.ts';

/**
 * A year's imprisonment is the Convention's own yardstick of a serious offence: Art. 24(1)(a) makes offences
 * punishable by at least one year extraditable, and Art. 13 requires dissuasive sanctions including deprivation of
 * liberty. A national maximum below it is flagged.
 */
const MIN_IMPRISONMENT_MONTHS = 12;

/** Flag named by the profile, or derived from the element id (`security_measures` -> `security-measures`). */
function elementFlag(article: AlignArticle, elementId: string): string {
  const el = article.elements.find((e) => e.id === elementId);
  return el?.flag ?? elementId.replace(/_/g, '-');
}

interface FlagInput {
  article: AlignArticle;
  elements: ElementFinding[];
  /** What keeps the article from being covered (ArticleDecision.gaps). */
  gaps: ElementFinding[];
  /** Provisions of the units chosen for the article. */
  provisions: Provision[];
  thesaurus: LegalThesaurus | null;
}

export function divergenceFlags({ article, elements, gaps, provisions, thesaurus }: FlagInput): string[] {
  const flags = new Set<string>();
  // A shortfall (an element the article needs, absent or narrowed) raises its flag. A restriction the national rule
  // lacks makes it wider, not narrower: that is no shortfall, and a flag would say the opposite of the truth.
  for (const f of gaps) flags.add(elementFlag(article, f.id));
  for (const f of elements) {
    const el = article.elements.find((e) => e.id === f.id);
    // An optional element found present means the statute uses an option the treaty allows (e.g. requiring the
    // infringement of security measures): lawful, but narrower, and a reviewer should see it.
    if (f.state === 'present' && !f.required && el?.flag) flags.add(el.flag);
  }
  if (article.group === 'substantive' || article.group === 'ancillary') {
    // The Convention's offences are intentional; liability for recklessness reaches further than it asks.
    if (thesaurus?.group('recklessness') && provisions.some((p) => thesaurus.groupIds(p.text).includes('recklessness'))) {
      flags.add('recklessness');
    }
  }
  if (article.group === 'substantive') {
    const months = provisions.flatMap((p) => p.penalty.filter((x) => !x.life).map((x) => x.imprisonmentMonths ?? 0));
    const life = provisions.some((p) => p.penalty.some((x) => x.life));
    if (!life && months.length > 0 && maxOf(months) < MIN_IMPRISONMENT_MONTHS) flags.add('penalty-range');
  }
  return [...flags].sort();
}
