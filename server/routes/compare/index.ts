import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { lexError } from '../../errors.ts';
import { citations } from '../../exports/citation.ts';
import { compareSchema } from '../../schemas/alignments.ts';
import { effective } from '../../matrix/effective.ts';
import { templateId } from '../template-id.ts';

const compare: FastifyPluginAsyncTypebox = async (app) => {
  const { alignments, catalogue, templates } = app.services;

  app.get('/api/compare', { schema: compareSchema }, async (req) => {
    const template = templateId(app, req.query);
    const article = templates.article(template, req.query.article);
    const ids = [...new Set(req.query.instruments.split(',').filter(Boolean))];
    if (ids.length === 0 || ids.length > 30) throw lexError('BAD_REQUEST', 'name between 1 and 30 instruments');
    const out = [];
    for (const id of ids) {
      const row = catalogue.get(id);
      const a = (await alignments.table(id, template)).table.articles[article.article];
      const e = a ? effective(a) : { status: 'missing' as const, provisions: [], reviewed: false };
      const units = new Set(e.provisions);
      out.push({
        instrument: id,
        title: row.instrument.title,
        jurisdiction: row.instrument.jurisdiction,
        status: e.status,
        reviewed: e.reviewed,
        provisions: e.provisions,
        citations: citations(row.instrument.units, e.provisions, e.reviewed ? undefined : a?.pinpoints),
        elements: a?.elements ?? {},
        flags: a?.flags ?? [],
        score: a?.score ?? null,
        confidence: a?.confidence ?? null,
        why: a?.why ?? '',
        texts: catalogue
          .provisions(id)
          .filter((p) => units.has(p.unit))
          .sort((x, y) => e.provisions.indexOf(x.unit) - e.provisions.indexOf(y.unit))
          .map((p) => ({ unit: p.unit, eId: p.eId, num: p.num, heading: p.heading ?? '', text: p.text })),
      });
    }
    return { template, article, instruments: out };
  });
};

export default compare;
