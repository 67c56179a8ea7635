import { Type, type Static } from 'typebox';
import type { ProblemWords } from '../schemas/first-problem.ts';
import type { SameShape } from '../schemas/records/type-equality.ts';
import type * as Templates from './types.ts';

/**
 * The element profile file (`corpus/templates/<id>.profile.json`, docs/templates.md) as a TypeBox schema: one
 * definition gives the loader its check and its types, and the API its template-article record
 * (server/schemas/records/template-article.ts). Cross-references (duplicates, alternatives, related articles,
 * thesaurus groups) are checked in validate-profile.ts: a schema cannot see them.
 */

const Text = (o: object = {}) => Type.String({ pattern: '\\S', ...o });
const Texts = (o: object = {}) => Type.Array(Text(), { minItems: 1, ...o });

const ID = '^[a-z][a-z0-9_]*$';
const FLAG = '^[a-z][a-z0-9-]*$';
const TEMPLATE_ID = '^[a-z0-9][a-z0-9-]*$';
// Article numbers as treaties and model laws print them: 2, 35, 6A, 3bis.
const ARTICLE = '^[0-9]+[A-Za-z]*$';

export const ArticleGroup = Type.Enum(['definitions', 'substantive', 'ancillary', 'procedural', 'jurisdiction', 'cooperation']);
export type ArticleGroup = Static<typeof ArticleGroup>;

const UnitContext = Type.Enum(['definitions', 'offences', 'procedural', 'jurisdiction', 'cooperation', 'general']);

const ElementProfile = Type.Object({
  id: Type.String({ pattern: ID, description: 'Stable snake_case key: `without_right`, `intent`' }),
  label: Text(),
  status: Type.Enum(['required', 'optional']),
  cues: Texts(),
  narrowing: Type.Optional(Texts()),
  flag: Type.Optional(Type.String({ pattern: FLAG })),
  core: Type.Optional(Type.Boolean({ description: "The conduct or object: what makes a provision this article's kind" })),
  restricts: Type.Optional(Type.Boolean({ description: 'A limit of the offence: a national rule without it is wider, never a gap' })),
  generalLaw: Type.Optional(Type.Boolean({ description: 'Commonly supplied by the general law: only a narrowed form is a gap' })),
  reservable: Type.Optional(Type.String({ description: 'The paragraph a Party may reserve, such as `6(3)`' })),
  alternatives: Type.Optional(Texts({ description: 'Elements that satisfy this one in its place' })),
  note: Type.Optional(Type.String()),
});

const ReservationProfile = Type.Object({ paragraph: Text(), kind: Type.Enum(['reservation', 'declaration']), effect: Text() });

export const ArticleProfile = Type.Object({
  article: Type.String({ pattern: ARTICLE, description: 'Article number as printed' }),
  title: Text(),
  group: ArticleGroup,
  chapter: Text(),
  obligation: Type.Enum(['mandatory', 'optional']),
  summary: Text({ description: 'Our own summary (never the official text)' }),
  headingCues: Texts(),
  elements: Type.Array(ElementProfile, { minItems: 1 }),
  relatedArticles: Type.Optional(Texts()),
  basedOn: Type.Optional(Texts()),
  domesticTwins: Type.Optional(Texts({ description: 'Domestic powers this article has a Party exercise at a foreign request' })),
  appliedBy: Type.Optional(Texts({ description: "Title words of a general law that implements the article when applied to the statute's offences" })),
  designates: Type.Optional(
    Type.Object(
      { authority: Texts({ minItems: 1 }), for: Type.Optional(Texts()) },
      { description: 'The authority the article requires a Party to designate, and the matters it is designated for' },
    ),
  ),
  contexts: Type.Optional(Type.Array(UnitContext, { minItems: 1 })),
  reservations: Type.Optional(Type.Array(ReservationProfile)),
});

export const TemplateProfileFile = Type.Object({
  id: Type.String({ pattern: TEMPLATE_ID }),
  title: Text(),
  shortTitle: Text(),
  year: Type.Integer(),
  sourceFile: Type.Optional(Text()),
  articles: Type.Array(ArticleProfile, { minItems: 1 }),
  issuer: Type.Optional(Text()),
  outOfScope: Type.Optional(Type.Array(Type.Object({ articles: Text(), reason: Text() }))),
});

/** What a failed pattern means in each field, in the words an author needs. */
export const profileWords: ProblemWords = (keyword, field) => {
  if (keyword !== 'pattern') return undefined;
  if (field === 'id') return 'must be lower-case words joined by hyphens';
  if (/elements\[\d+\]\.id$/.test(field)) return 'must be snake_case';
  if (/\.flag$/.test(field)) return 'must be a kebab-case name such as "without-right"';
  if (/articles\[\d+\]\.article$/.test(field)) return 'is not an article number such as "2" or "6A"';
  return undefined;
};

const sameProfile: SameShape<Static<typeof TemplateProfileFile>, Templates.TemplateProfile> = true;
const sameElement: SameShape<Static<typeof ElementProfile>, Templates.ElementProfile> = true;
void sameProfile;
void sameElement;
