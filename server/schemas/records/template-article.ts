import { Type, type Static } from 'typebox';
import type * as Templates from '../../templates/types.ts';
import { ArticleProfile } from '../../templates/profile-schema.ts';
import type { SameShape } from './type-equality.ts';

/**
 * One article of a loaded template: its element profile (the profile file's own schema,
 * server/templates/profile-schema.ts) plus the text alignment reads (server/templates/types.ts, docs/templates.md).
 */

export { ArticleGroup } from '../../templates/profile-schema.ts';

export const TemplateArticle = Type.Object(
  {
    ...ArticleProfile.properties,
    number: Type.String({ description: 'Same as `article`' }),
    text: Type.String({ description: 'The official text when the corpus has it, else our summary' }),
    textSource: Type.Enum(['official', 'summary']),
  },
  { description: 'A template article: profile, elements and text (server/templates/types.ts)' },
);
export type TemplateArticle = Static<typeof TemplateArticle>;

const articleMatches: SameShape<TemplateArticle, Templates.TemplateArticle> = true;
void articleMatches;
