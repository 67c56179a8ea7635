import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getTemplateSchema, listTemplatesSchema } from '../../schemas/templates.ts';

const templates: FastifyPluginAsyncTypebox = async (app) => {
  const registry = app.services.templates;

  app.get('/api/templates', { schema: listTemplatesSchema }, async () => ({
    templates: registry.list().map((t) => ({
      id: t.id,
      title: t.title,
      shortTitle: t.shortTitle,
      year: t.year,
      articles: t.articles.map(({ article, title, group, chapter, obligation }) => ({ article, title, group, chapter, obligation })),
    })),
    unavailable: app.services.unavailableTemplates,
  }));

  app.get('/api/templates/:id', { schema: getTemplateSchema }, async (req) => {
    const t = registry.get(req.params.id);
    return { id: t.id, title: t.title, shortTitle: t.shortTitle, year: t.year, articles: t.articles };
  });
};

export default templates;
