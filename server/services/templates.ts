import { createHash } from 'node:crypto';
import { lexError } from '../errors.ts';
import type { Template, TemplateArticle } from '../templates/types.ts';

interface RegisteredTemplate extends Template {
  /** sha256 of the loaded articles (profile + text): part of every cached table's key. */
  hash: string;
}

/** The templates loaded at start-up, looked up by id. */
export class TemplateRegistry {
  private readonly byId = new Map<string, RegisteredTemplate>();

  constructor(templates: Template[]) {
    for (const t of templates) {
      const hash = createHash('sha256').update(JSON.stringify(t.articles)).digest('hex');
      this.byId.set(t.id, { ...t, hash });
    }
  }

  list(): RegisteredTemplate[] {
    return [...this.byId.values()];
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): RegisteredTemplate {
    const t = this.byId.get(id);
    if (!t) throw lexError('UNKNOWN_TEMPLATE', id);
    return t;
  }

  article(id: string, article: string): TemplateArticle {
    const a = this.get(id).articles.find((x) => x.article === article);
    if (!a) throw lexError('UNKNOWN_ARTICLE', id, article);
    return a;
  }
}
