import type { Template } from '../templates/types.ts';

/** The method and disclaimer a memo's annex states before its findings: what was compared, how, and how far to trust it. */
export interface ReportMethod {
  compared: string;
  statuses: Array<{ status: 'covered' | 'partial' | 'missing'; meaning: string }>;
  outOfScope: Array<{ articles: string; reason: string }>;
  /** Said whenever Art. 15 is out of scope: its safeguards still bind every procedural power. */
  safeguards: string | null;
  machine: string;
}

function rangeIncludes(range: string, article: number): boolean {
  return range.split(/,\s*/).some((part) => {
    const [lo, hi] = part.split('-').map((n) => Number(n));
    return hi === undefined || Number.isNaN(hi) ? lo === article : lo <= article && article <= hi;
  });
}

export function reportMethod(template: Pick<Template, 'title' | 'shortTitle' | 'articles' | 'outOfScope'>, instruments: number): ReportMethod {
  const arts = template.articles.map((a) => a.article);
  const name = template.shortTitle || template.title;
  const together =
    instruments > 1
      ? ` The ${instruments} instruments of the framework were read together: each article takes the best-supported ` +
        'status any of them gives, and an article is marked covered "by reading together" when no single instrument ' +
        'covers it but each of its elements is found in one of them.'
      : '';
  return {
    compared:
      `Every provision was compared with the ${arts.length} articles of the ${template.title} that a national law ` +
      `implements (Arts ${arts[0]}-${arts[arts.length - 1]}${template.outOfScope.length ? ', less those out of scope below' : ''}). For each article LexAlign ` +
      `looks for its elements (the conduct, its object, the mental element, the conditions and the powers the ${name} ` +
      'requires) in the words of the provisions, and cites the provisions where it finds them.' + together,
    statuses: [
      { status: 'covered', meaning: 'Every required element of the article is found in the provisions cited.' },
      { status: 'partial', meaning: 'Some required elements are found; those absent or narrowed are listed under the article.' },
      { status: 'missing', meaning: 'No provision implements the article; the closest candidate is named with the reason it falls short, so that a reader can overturn a false gap.' },
    ],
    // A profile's reasons are ours and may name a flag for the engineers: never printed as a slug.
    outOfScope: template.outOfScope.map((o) => ({
      articles: `${/[-,]/.test(o.articles) ? 'Arts' : 'Art.'} ${o.articles}`,
      reason: o.reason.replace(/\s*\(flag [a-z-]+\)/g, ''),
    })),
    safeguards: template.outOfScope.some((o) => rangeIncludes(o.articles, 15))
      ? 'Art. 15 (conditions and safeguards) is not scored article by article, but it still matters: every procedural ' +
        'power cited in this report must be subject to conditions and safeguards under domestic law (judicial or other ' +
        'independent supervision, grounds justifying the power, limits on its scope and duration).'
      : null,
    machine:
      'These are machine findings, a starting point for a lawyer\'s reading and not a legal opinion, unless a ' +
      'reviewer\'s decision is shown beside them with the reviewer\'s name, the date and the note.',
  };
}
