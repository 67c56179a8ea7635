import { Type, type Static } from 'typebox';
import type * as Templates from '../../templates/types.ts';
import type { SameShape } from './type-equality.ts';

/**
 * One article of a loaded template: its element profile plus the text alignment reads (server/templates/types.ts,
 * docs/templates.md). The profile format is validated by server/templates/validate-profile.ts, not by this schema.
 */

export const ArticleGroup = Type.Enum(['definitions', 'substantive', 'ancillary', 'procedural', 'jurisdiction', 'cooperation']);
export type ArticleGroup = Static<typeof ArticleGroup>;

export const ElementProfile = Type.Object({
  id: Type.String({ description: 'Stable snake_case key: `without_right`, `intent`' }),
  label: Type.String(),
  status: Type.Enum(['required', 'optional']),
  cues: Type.Array(Type.String()),
  narrowing: Type.Optional(Type.Array(Type.String())),
  flag: Type.Optional(Type.String()),
  core: Type.Optional(Type.Boolean({ description: 'The conduct or object: what makes a provision this article\'s kind' })),
  restricts: Type.Optional(Type.Boolean({ description: 'A limit of the offence: a national rule without it is wider, never a gap' })),
  generalLaw: Type.Optional(Type.Boolean({ description: 'Commonly supplied by the general law: only a narrowed form is a gap' })),
  reservable: Type.Optional(Type.String({ description: 'The paragraph a Party may reserve, such as `6(3)`' })),
  alternatives: Type.Optional(Type.Array(Type.String(), { description: 'Elements that satisfy this one in its place' })),
  note: Type.Optional(Type.String()),
});

export const TemplateArticle = Type.Object(
  {
    article: Type.String({ description: 'Article number as printed' }),
    title: Type.String(),
    group: ArticleGroup,
    chapter: Type.String(),
    obligation: Type.Enum(['mandatory', 'optional']),
    summary: Type.String({ description: 'Our own summary (never the official text)' }),
    headingCues: Type.Array(Type.String()),
    elements: Type.Array(ElementProfile),
    relatedArticles: Type.Optional(Type.Array(Type.String())),
    basedOn: Type.Optional(Type.Array(Type.String())),
    domesticTwins: Type.Optional(Type.Array(Type.String(), { description: 'Domestic powers this article has a Party exercise at a foreign request' })),
    appliedBy: Type.Optional(Type.Array(Type.String(), { description: 'Title words of a general law that implements the article when applied to the statute\'s offences' })),
    contexts: Type.Optional(Type.Array(Type.Enum(['definitions', 'offences', 'procedural', 'jurisdiction', 'cooperation', 'general']))),
    reservations: Type.Optional(
      Type.Array(Type.Object({ paragraph: Type.String(), kind: Type.Enum(['reservation', 'declaration']), effect: Type.String() })),
    ),
    number: Type.String({ description: 'Same as `article`' }),
    text: Type.String({ description: 'The official text when the corpus has it, else our summary' }),
    textSource: Type.Enum(['official', 'summary']),
  },
  { description: 'A template article: profile, elements and text (server/templates/types.ts)' },
);
export type TemplateArticle = Static<typeof TemplateArticle>;

const articleMatches: SameShape<TemplateArticle, Templates.TemplateArticle> = true;
void articleMatches;
