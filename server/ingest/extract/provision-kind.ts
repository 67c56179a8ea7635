import type { PathStep, ProvisionKind } from '../types.ts';

/**
 * What a provision does, from general drafting cues (not from any one statute). Each kind scores the cues found in
 * the marginal note (strongest), the text, and the headings of the Part or Chapter it sits in (weakest); the best
 * score wins, and ties go to the more specific kind. A provision with no cue is `general` (short title,
 * commencement, regulations, savings).
 */

/** A cue: its pattern, its weight, and words one of which must occur (a cheap test run before the pattern). */
type Cue = [RegExp, number, string[]];

const HEADING: Record<Exclude<ProvisionKind, 'general'>, RegExp> = {
  definition: /\b(?:interpretation|definitions?|meaning of|terms used)\b/i,
  offence: /\b(?:offen[cs]es?|unauthori[sz]ed|illegal|unlawful|misuse|fraud\w*|forgery|interception|interfer\w*|modification of|espionage|false (?:publications?|information)|malicious|child (?:pornography|sexual|grooming)|grooming|sexual abuse|harassment|stalking|identity theft|impersonation|aiding|abetting|attempt|conspiracy|obstruction|non-?compliance|failure to comply|corporate liability|cyber[- ]?(?:squatting|bullying|terrorism|espionage|harassment|stalking|extortion))\b/i,
  penalty: /\b(?:penalt(?:y|ies)|punishments?|sentenc(?:e|ing)|fines?)\b/i,
  power: /\b(?:search|seiz\w*|warrants?|production (?:orders?|of data)|preservation|disclosure orders?|disclosure of (?:\w+ )?data|interception (?:orders?|warrants?|capabilit(?:y|ies))|applications? for (?:an? )?(?:\w+ )?(?:warrant|order|interception)|issue of (?:an? )?(?:\w+ )?(?:warrants?|orders?)|powers? of|real[- ]time collection|expedited|collection of traffic|assist\w* (?:a |the )?police|decryption|blocking|restrict\w* access|take-?down|custody of|investigat\w*)\b/i,
  procedure: /\b(?:evidence|admissib\w*|proceedings|prosecutions?|forfeiture|compensation|limitation|procedur\w*|confiscation|trial|order for|court orders?|appeals?|restitution|exclusionary rule)\b/i,
  jurisdiction: /\b(?:jurisdiction|territorial|extra-?territorial|application of (?:the )?act|territorial scope)\b/i,
  cooperation: /\b(?:mutual (?:legal )?assistance|extradition|international co-?operation|foreign states?|24\/7|point of contact|spontaneous information|requesting state)\b/i,
};

const TEXT: Record<Exclude<ProvisionKind, 'general'>, Cue[]> = {
  definition: [
    [/^\s*(?:\(\d+\)\s*)?in this (?:act|part|section|chapter|code|convention|title|bill)\b[^.]{0,60}\b(?:means?|includes?|unless the context)/i, 4, ['in this']],
    [/["“][^"”]{1,60}["”]\s*(?:,[^,]{1,80},\s*)?(?:means|includes|refers to)\b/i, 3, ['means', 'includes', 'refers to']],
    [/\bthe term\s+["“][^"”]{1,60}["”]\s+means\b/i, 3, ['the term']],
    [/^\s*(?:\([a-z]+\)\s*)?[A-Z][\w -]{1,40}\s+refers to\b/, 2, ['refers to']],
    [/\bfor the purposes of this (?:act|part|section)\b/i, 1, ['for the purposes of this']],
  ],
  offence: [
    [/\bcommits? an offen[cs]e\b/i, 4, ['offen']],
    [/\b(?:shall be|is) guilty of an? (?:offen[cs]e|crime|misdemeanou?r|felony)\b/i, 4, ['guilty of']],
    [/\bconstitutes? (?:the )?offen[cs]es?\b|\bshall constitute (?:an )?offen[cs]es?\b/i, 3, ['constitut']],
    [/\bestablish as criminal offen[cs]es\b/i, 4, ['establish as criminal']],
    [/\bwhoever\b[^.]{0,400}\bshall be punished\b/i, 4, ['whoever']],
    [/\bit shall be unlawful\b/i, 3, ['unlawful']],
    [/\b(?:knowingly|intentionally|wilfully|willfully|without (?:lawful )?(?:authority|excuse|right))\b/i, 1, ['knowingly', 'intentionally', 'wilfully', 'willfully', 'without']],
    [/\bliable,? on (?:summary )?conviction\b/i, 1, ['liable']],
  ],
  penalty: [
    [/\bshall be punished (?:with|by)\b/i, 3, ['shall be punished']],
    [/\bpunishment for an offen[cs]e\b|\bthe punishment (?:for|under)\b/i, 3, ['punishment']],
    [/\b(?:prisi[oó]n mayor|prisi[oó]n correcc?ional|reclusion temporal|reclusion perpetua|arresto mayor)\b/i, 2, ['prision', 'prisión', 'reclusion', 'arresto']],
    [/\bliable (?:on conviction )?to (?:a fine|imprisonment)\b/i, 1, ['liable']],
    [/\bshall (?:adopt|ensure)[^.]{0,80}\b(?:sanctions|penalties)\b/i, 3, ['sanctions', 'penalties']],
  ],
  power: [
    [/\bmay (?:apply|make an application) to (?:a |the )?(?:judge|magistrate|court)\b[^.]{0,80}\b(?:warrant|order)\b/i, 4, ['judge', 'magistrate', 'court']],
    [/\b(?:issue|grant) a (?:search )?warrant\b/i, 3, ['warrant']],
    [/\b(?:search|seize|seizure|enter (?:and search|any premises)|production order|preservation order|disclosure order)\b/i, 2, ['search', 'seiz', 'enter ', 'production order', 'preservation order', 'disclosure order']],
    [/\b(?:police officer|investigating officer|authori[sz]ed officer|law enforcement (?:officer|authority)|competent authorit(?:y|ies))\b[^.]{0,40}\bmay\b/i, 2, ['officer', 'authorit']],
    [/\b(?:may|to) (?:order|require) [^.]{0,60}\b(?:to (?:submit|produce|disclose|preserve|collect|record)|the expeditious preservation)\b/i, 3, ['order', 'require']],
    [/\bempower(?:ed)? (?:its )?competent authorities\b/i, 3, ['empower']],
  ],
  procedure: [
    [/\b(?:admissible|admissibility) in (?:evidence|any proceedings)\b/i, 3, ['admissib']],
    [/\bin any proceedings\b/i, 1, ['in any proceedings']],
    [/\b(?:the court|a court) may(?:,[^,]{0,60},)? (?:order|make an order)\b[^.]{0,60}\b(?:forfeit|compensat|restitution|confiscat)/i, 3, ['court']],
    [/\bconsent of the (?:director of public prosecutions|attorney[- ]general)\b/i, 3, ['consent of the']],
    [/\bproceedings (?:for an offen[cs]e|may be (?:brought|instituted|commenced))\b/i, 2, ['proceedings']],
    [/\bforfeit(?:ed|ure)?\b/i, 1, ['forfeit']],
  ],
  jurisdiction: [
    [/\b(?:applies|shall apply|has effect) (?:to|in relation to) (?:an? )?(?:act|offen[cs]e|conduct|person)s?\b[^.]{0,160}\boutside\b/i, 4, ['outside']],
    [/\b(?:outside|beyond) (?:the territory of |the limits of )?[A-Z][\w ]{1,30}\b[^.]{0,80}\b(?:jurisdiction|offen[cs]e|court)\b/, 2, ['outside', 'beyond']],
    [/\b(?:shall have|has) jurisdiction\b|\bestablish jurisdiction\b/i, 4, ['jurisdiction']],
    [/\bextra-?territorial\b/i, 3, ['territorial']],
    [/\bon board (?:a|any) (?:ship|vessel|aircraft)\b/i, 2, ['on board']],
  ],
  cooperation: [
    [/\bmutual (?:legal )?assistance\b/i, 3, ['mutual']],
    [/\bextradit(?:e|ion|able)\b/i, 3, ['extradit']],
    [/\b(?:foreign (?:state|country|government|law enforcement)|requesting (?:state|party)|requested (?:state|party))\b/i, 2, ['foreign', 'requesting', 'requested']],
    [/\binternational co-?operation\b|\bco-?operate with (?:each other|other parties|foreign)\b/i, 3, ['international co', 'cooperate', 'co-operate']],
    [/\b(?:24\/7|twenty-four hour|point of contact)\b/i, 3, ['24/7', 'twenty-four', 'point of contact']],
  ],
};

/** Part and Chapter headings that place a provision ("PART III – OFFENCES", "Chapter IV – Investigation"). */
const CONTEXT: Record<Exclude<ProvisionKind, 'general'>, RegExp> = {
  definition: /\b(?:preliminary|interpretation)\b/i,
  offence: /\boffen[cs]es?\b|\bcrimes?\b/i,
  penalty: /\bpenalt(?:y|ies)\b/i,
  power: /\b(?:investigat\w*|procedural powers|search and seizure|enforcement)\b/i,
  procedure: /\b(?:evidence|procedure|proceedings)\b/i,
  jurisdiction: /\bjurisdiction\b/i,
  cooperation: /\b(?:international co-?operation|mutual assistance|extradition)\b/i,
};

/**
 * Marginal notes of formal provisions: whatever words their text holds (a policy declaration may speak of
 * international co-operation), they create no offence or power.
 */
const FORMAL_HEADING =
  /^(?:short title|title|citation|commencement|(?:objects?|purposes?)(?: of (?:the|this) act)?|declaration of policy|regulations|implementing rules|repeals?|repealing clause|savings?|transitional|appropriations?|separability(?: clause)?|severability|effectivity|prevailing clause|amendments?|consequential amendments)\b/i;

/**
 * A marginal note about a warrant or an order ("Application for warrant for interception", "Issue of interception
 * warrant", "Modification of warrants", "Interception capability") names the procedure around a conduct, not an
 * offence: the conduct words in it ("interception", "modification of") do not make it one. A note that also says
 * "offence", "non-compliance" or "obstruction" does.
 */
const PROCEDURE_NOTE = /\b(?:applications? for|issu(?:e|ance) of|warrants?|orders?|capabilit(?:y|ies))\b/i;
const OFFENCE_NOTE = /\b(?:offen[cs]es?|non-?compliance|failure to comply|fails? to comply|obstruct\w*)\b/i;

/** Ties go to the kind listed first: an offence section that states its own penalty is an offence. */
const PRIORITY: Array<Exclude<ProvisionKind, 'general'>> = [
  'definition', 'offence', 'cooperation', 'jurisdiction', 'power', 'procedure', 'penalty',
];

/** Kind of a provision from its marginal note, text and the headings of its Part or Chapter. */
export function classifyProvision(p: { heading?: string; text: string; path: PathStep[] }): ProvisionKind {
  const heading = p.heading ?? '';
  const text = typeof p.text === 'string' ? p.text.slice(0, 4000) : '';
  const lower = text.toLowerCase();
  if (FORMAL_HEADING.test(heading.trim())) return 'general';
  const context = (p.path ?? []).map((s) => s.heading ?? '').join(' ');
  let best: ProvisionKind = 'general';
  let bestScore = 0;
  for (const kind of PRIORITY) {
    let score = 0;
    const procedureNote = kind === 'offence' && PROCEDURE_NOTE.test(heading) && !OFFENCE_NOTE.test(heading);
    if (heading && HEADING[kind].test(heading) && !procedureNote) score += 5;
    for (const [re, weight, needles] of TEXT[kind]) {
      if (needles.some((n) => lower.includes(n)) && re.test(text)) score += weight;
    }
    if (context && CONTEXT[kind].test(context)) score += 1;
    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  // A Part heading alone does not make a provision (short title under "PART I – PRELIMINARY" stays general).
  return bestScore >= 2 ? best : 'general';
}
