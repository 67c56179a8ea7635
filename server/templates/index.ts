/** Templates: element profiles, and their join with the official text. See docs/templates.md. */
export { articleTextsFromIngest, splitTreatyArticles } from './article-texts.ts';
export { defaultProfilesDir, listProfiles, loadProfile } from './load-profile.ts';
export { loadTemplate, type TemplateIngest, type TemplateSource } from './load-template.ts';
export { ProfileError, validateProfile } from './validate-profile.ts';
export type * from './types.ts';
