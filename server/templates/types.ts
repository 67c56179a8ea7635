/**
 * A template is a model text (a treaty or model law) plus an element profile written by us.
 * The profile lives in corpus/templates/<template-id>.profile.json; docs/templates.md documents the format.
 */

export type ArticleGroup = 'definitions' | 'substantive' | 'ancillary' | 'procedural' | 'jurisdiction' | 'cooperation';

export interface ElementProfile {
  /** Stable key, snake_case: `without_right`, `intent`, `security_measures`. */
  id: string;
  /** Short label a lawyer reads in a checklist: "Without right". */
  label: string;
  /**
   * `required`: a national provision lacking it does not fully implement the article.
   * `optional`: an option the treaty leaves to parties (e.g. Art. 2's "by infringing security measures").
   */
  status: 'required' | 'optional';
  /**
   * General cues for recognising the element in national drafting: words or phrases, matched on stemmed,
   * case-folded text. A cue may name a thesaurus group as `@group_id`.
   */
  cues: string[];
  /** Phrases that show the element is narrowed or replaced (e.g. "dishonestly" narrows plain intent). */
  narrowing?: string[];
  /** Divergence flag to raise when the element is narrowed or absent: `recklessness`, `no-security-measure`, ... */
  flag?: string;
  /**
   * What makes a provision this article's kind of provision: the conduct of an offence (interception, damaging
   * data), or its object where the conduct is common (child sexual abuse material). A heading is an aid to reading,
   * not the enactment: when the text has none of the article's core elements, its heading counts half.
   */
  core?: boolean;
  /**
   * The element restricts the Convention's offence (intent, without right, technical means, non-public
   * transmissions): a national rule without it, or with a wider standard such as recklessness, reaches further
   * than the Convention asks. That is full implementation: never a gap, only a divergence to note.
   */
  restricts?: boolean;
  /**
   * The general law commonly supplies the element (a general penalties section): its absence from the unit is not
   * a gap. A narrowed form (a fine only) still is.
   */
  generalLaw?: boolean;
  /**
   * The paragraph of the article that a Party may reserve (`6(3)`, `9(4)`, `22(2)`): reservations attach to
   * paragraphs, not to whole articles, so only this element is excused when absent.
   */
  reservable?: string;
  /** Elements of the same article that satisfy this one in its place (Art. 22(3) aut dedere by nationality jurisdiction). */
  alternatives?: string[];
  note?: string;
}

export interface ArticleProfile {
  /** Article number as printed: `2`, `35`. */
  article: string;
  title: string;
  group: ArticleGroup;
  /** Chapter/section of the template the article sits in, for column grouping. */
  chapter: string;
  /** `mandatory`: parties must implement; `optional`: reservations or declarations allowed. */
  obligation: 'mandatory' | 'optional';
  /** Our own one-paragraph summary (never the official text). */
  summary: string;
  /** Heading words and phrases typical of national provisions implementing this article. */
  headingCues: string[];
  elements: ElementProfile[];
  /**
   * Articles whose implementing provisions often implement this one too (Budapest Art. 5's hindering is done
   * through Art. 4's acts on data). Alignment lets such a provision join this article's match.
   */
  relatedArticles?: string[];
  /**
   * Articles this one operates on (Budapest Art. 17 works on traffic data preserved under Art. 16; Art. 30 on data
   * preserved under Art. 29). When every unit fitting this article is mainly another article's implementation,
   * alignment reads it in the unit implementing the article it is based on.
   */
  basedOn?: string[];
  /**
   * Reservations and declarations the template lets parties make on this article (optional; added after the first
   * draft of this type). They explain why `obligation` is `optional`, or which element is only an option.
   */
  reservations?: ReservationProfile[];
  /**
   * The domestic powers this article has a Party exercise at another Party's request (Budapest Art. 29 on Art. 16,
   * Art. 31 on Arts 18-19). Only a provision whose occasion is a foreign request implements it: the twins are told
   * apart by operative words ("at the request of a foreign State"), not by headings.
   */
  domesticTwins?: string[];
  /**
   * Words in the title of a general law that implements this article when a statute applies it to its own offences:
   * `["Extradition"]` for Art. 24, `["Mutual Assistance", "Mutual Legal Assistance"]` for Art. 25. "The Mutual
   * Assistance in Criminal Matters Act shall apply to an offence under this Act" implements Art. 25 through another
   * instrument (see appliedLaws in server/align/applied-laws.ts).
   */
  appliedBy?: string[];
  /**
   * The authority this article requires each Party to designate (optional): Budapest Art. 27(2)(a) a central
   * authority for mutual assistance, Art. 24(7)(a) an authority for extradition requests, Art. 35(1) a 24/7 point of
   * contact. A provision whose words designate or create it, for these matters, implements the article in part (see
   * server/align/designation.ts).
   */
  designates?: AuthorityDesignation;
  /**
   * Where national law places this article's provisions, when not where its group says (optional). Budapest
   * Art. 32 is in the co-operation chapter but is exercised by a Party's own investigators without a request, so
   * statutes enact it among the investigative powers: `["cooperation", "procedural"]`.
   */
  contexts?: Array<'definitions' | 'offences' | 'procedural' | 'jurisdiction' | 'cooperation' | 'general'>;
}

/** A reservation or declaration a treaty allows on an article (Budapest Arts 40 and 42). */
export interface ReservationProfile {
  /** Paragraph of the article it concerns, as printed: `3`, `1.b`, `2`. */
  paragraph: string;
  kind: 'reservation' | 'declaration';
  /** What a party may do, in our words. */
  effect: string;
}

export interface TemplateProfile {
  /** Template instrument id, e.g. `coe-budapest-convention-2001`. */
  id: string;
  title: string;
  shortTitle: string;
  year: number;
  /** The official text's file, relative to a corpus folder; absent for profile-only templates. */
  sourceFile?: string;
  /** Articles in scope for alignment, in template order. */
  articles: ArticleProfile[];
  /** Issuing body, e.g. `Council of Europe` (optional). */
  issuer?: string;
  /** Articles the template has but alignment leaves out, with the reason (optional; shown to users). */
  outOfScope?: Array<{ articles: string; reason: string }>;
}

/** One article of a loaded template: the profile's article plus the text alignment reads. */
export interface TemplateArticle extends ArticleProfile {
  /** Article number as printed (same as `article`; named as a drafter would say it). */
  number: string;
  /** The official text when the corpus has it, else our summary. */
  text: string;
  textSource: 'official' | 'summary';
}

/** A template ready for alignment and display: the profile joined with the official text where available. */
export interface Template {
  id: string;
  title: string;
  shortTitle: string;
  year: number;
  issuer?: string;
  /** `official` when every article has its official text, `summary` when none has, `mixed` otherwise. */
  textSource: 'official' | 'summary' | 'mixed';
  /** The official text file read, when one was. */
  sourcePath: string | null;
  profilePath: string;
  articles: TemplateArticle[];
  outOfScope: Array<{ articles: string; reason: string }>;
  /** Why the official text could not be used, in whole or for some articles. */
  warnings: string[];
  /** The confidence calibration, when one was fitted and the official text is read (see Calibration). */
  calibration?: Calibration;
}

/**
 * A fitted map from the aligner's raw score to the probability that its finding is right (isotonic regression,
 * server/align/isotonic.ts), one per kind of finding: that the first unit implements the article ("found"), and that
 * nothing does ("missing", read on 1 - score). Fitted by `scripts/eval/calibration.ts --write` on the expert tables,
 * with the template's official text, and stored beside the profile as `<id>.calibration.json`.
 */
export interface IsotonicMap {
  blocks: Array<{ lo: number; hi: number; value: number; weight: number }>;
}

export interface Calibration {
  found: IsotonicMap | null;
  missing: IsotonicMap | null;
  /** How it was fitted, for the reader: gold folders, statutes, date, leave-one-statute-out ECE. */
  fittedOn?: string;
}

/** An authority a template article requires a Party to designate (see ArticleProfile.designates). */
export interface AuthorityDesignation {
  /** How statutes name the body: "central authority", "24/7 contact point". */
  authority: string[];
  /** The matters it must be designated for, one of which the same sentence names ("mutual assistance"). */
  for?: string[];
}
