import type { FastifyInstance } from 'fastify';

/** The template a request names, or the configured default (the Budapest Convention). */
export function templateId(app: FastifyInstance, query: { template?: string }): string {
  return query.template ?? app.services.config.defaultTemplate;
}
