import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { lexError } from '../../errors.ts';
import { cite } from '../../exports/citation.ts';
import { diffSchema } from '../../schemas/alignments.ts';
import type { Catalogue } from '../../services/catalogue.ts';
import { wordDiff } from '../../diff/word-diff.ts';

/** A provision with everything below it: a subsection's text includes its paragraphs. */
function provisionText(catalogue: Catalogue, ref: string): { label: string; text: string } {
  const at = ref.indexOf(':');
  const id = ref.slice(0, at);
  const eId = ref.slice(at + 1);
  const p = catalogue.provision(id, eId);
  const inside = catalogue.provisions(id).filter((x) => x.eId === eId || x.eId.startsWith(`${eId}__`));
  const text = inside.map((x) => x.text).filter(Boolean).join(' ');
  return { label: `${catalogue.get(id).instrument.title}, ${cite(catalogue.get(id).instrument.units, p.num)}`, text };
}

const diff: FastifyPluginAsyncTypebox = async (app) => {
  const { catalogue, templates } = app.services;

  app.get('/api/diff', { schema: diffSchema }, async (req) => {
    const { left, right, template, article } = req.query;
    if (right && (template || article)) throw lexError('BAD_REQUEST', 'give either right=<instrument>:<eId> or template and article, not both');
    let r: { label: string; text: string };
    if (right) {
      r = provisionText(catalogue, right);
    } else if (article) {
      const tplId = template ?? app.services.config.defaultTemplate;
      const a = templates.article(tplId, article);
      r = { label: `${templates.get(tplId).shortTitle}, art. ${a.article}`, text: a.text };
    } else {
      throw lexError('BAD_REQUEST', 'give right=<instrument>:<eId>, or article (and template) to diff against');
    }
    const l = provisionText(catalogue, left);
    const d = wordDiff(l.text, r.text);
    return { left: l, right: r, similarity: d.similarity, segments: d.segments };
  });
};

export default diff;
