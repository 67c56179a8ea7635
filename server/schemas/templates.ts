import { Type } from 'typebox';
import { errors, Id } from './common.ts';
import { TemplateArticle } from './records/template-article.ts';

const ArticleSummary = Type.Object({
  article: Type.String(),
  title: Type.String(),
  group: Type.String(),
  chapter: Type.String(),
  obligation: Type.String(),
});

export const TemplateSummary = Type.Object({
  id: Type.String(),
  title: Type.String(),
  shortTitle: Type.String(),
  year: Type.Union([Type.Integer(), Type.Null()]),
  articles: Type.Array(ArticleSummary),
});

export const listTemplatesSchema = {
  tags: ['templates'],
  summary: 'Templates with their article lists',
  response: {
    200: Type.Object({
      templates: Type.Array(TemplateSummary),
      unavailable: Type.Array(
        Type.Object({ id: Type.String(), title: Type.String(), reason: Type.String() }),
        { description: 'Templates the corpus manifest lists that cannot be used yet, with the reason' },
      ),
    }),
  },
};

export const getTemplateSchema = {
  tags: ['templates'],
  summary: "One template: element profile and each article's text (official when the corpus is present)",
  params: Type.Object({ id: Id }, { additionalProperties: false }),
  response: {
    200: Type.Object({
      id: Type.String(),
      title: Type.String(),
      shortTitle: Type.String(),
      year: Type.Union([Type.Integer(), Type.Null()]),
      articles: Type.Array(TemplateArticle),
    }),
    ...errors(400, 404),
  },
};
