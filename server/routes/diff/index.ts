import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { citeUnit } from '../../citation/cite.ts';
import { lexError } from '../../errors.ts';
import { diffSchema } from '../../schemas/alignments.ts';
import type { Catalogue } from '../../services/catalogue.ts';
import { diffBlocks } from '../../diff/diff-modes.ts';
import { articleBlocks, provisionBlocks, type TextBlock } from '../../diff/text-blocks.ts';
import { wordDiff } from '../../diff/word-diff.ts';

interface Side {
  label: string;
  text: string;
  blocks: TextBlock[];
}

/** A provision with everything below it: a subsection's text includes its paragraphs, each kept as a block. */
function provisionText(catalogue: Catalogue, ref: string): Side {
  const at = ref.indexOf(':');
  const id = ref.slice(0, at);
  const eId = ref.slice(at + 1);
  const p = catalogue.provision(id, eId);
  const inside = catalogue.provisions(id).filter((x) => x.eId === eId || x.eId.startsWith(`${eId}__`));
  const text = inside.map((x) => x.text).filter(Boolean).join(' ');
  const { instrument } = catalogue.get(id);
  return { label: `${instrument.title}, ${citeUnit(instrument, p.num)}`, text, blocks: provisionBlocks(inside) };
}

const diff: FastifyPluginAsyncTypebox = async (app) => {
  const { catalogue, templates } = app.services;

  app.get('/api/diff', { schema: diffSchema }, async (req) => {
    const { left, right, template, article } = req.query;
    const mode = req.query.mode ?? 'words';
    if (right && (template || article)) throw lexError('BAD_REQUEST', 'give either right=<instrument>:<eId> or template and article, not both');
    let r: Side;
    if (right) {
      r = provisionText(catalogue, right);
    } else if (article) {
      const tplId = template ?? app.services.config.defaultTemplate;
      const a = templates.article(tplId, article);
      r = { label: `${templates.get(tplId).shortTitle}, art. ${a.article}`, text: a.text, blocks: articleBlocks(a.text) };
    } else {
      throw lexError('BAD_REQUEST', 'give right=<instrument>:<eId>, or article (and template) to diff against');
    }
    const l = provisionText(catalogue, left);
    const flat = wordDiff(l.text, r.text);
    const blocks = diffBlocks(l.blocks, r.blocks, mode);
    return {
      left: { label: l.label, text: l.text },
      right: { label: r.label, text: r.text },
      mode,
      similarity: blocks.similarity,
      segments: flat.segments,
      blocks,
    };
  });
};

export default diff;
