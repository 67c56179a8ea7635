import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { citeUnit } from '../../citation/cite.ts';
import { buildElementTable } from '../../compare/element-table.ts';
import { diffBlocks } from '../../diff/diff-modes.ts';
import { articleBlocks, provisionBlocks } from '../../diff/text-blocks.ts';
import { elementTableCsv } from '../../exports/element-table-csv.ts';
import { elementTableDocx } from '../../exports/element-table-docx.ts';
import { citedPinpoints, effective } from '../../matrix/effective.ts';
import { compareSchema, elementTableCsvSchema, elementTableDocxSchema } from '../../schemas/compare.ts';
import { templateId } from '../template-id.ts';
import { compareColumns, compareIds } from './columns.ts';

/** The download name is built from validated ids only. */
const attachment = (name: string) => `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}"`;

const compare: FastifyPluginAsyncTypebox = async (app) => {
  const { alignments, catalogue, templates } = app.services;

  app.get('/api/compare', { schema: compareSchema }, async (req) => {
    const template = templateId(app, req.query);
    const article = templates.article(template, req.query.article);
    const columns = await compareColumns(compareIds(req.query.instruments), template, article.article, { alignments, catalogue });
    const articleText = article.textSource === 'official' ? articleBlocks(article.text) : null;
    const mode = req.query.mode ?? 'words';
    const instruments = columns.map(({ instrument, alignment: a, provisions }) => {
      const e = a ? effective(a) : { status: 'missing' as const, provisions: [], reviewed: false };
      const units = new Set(e.provisions);
      const first = e.provisions[0];
      const firstBlocks = first ? provisionBlocks(provisions.filter((p) => p.unit === first)) : [];
      return {
        instrument: instrument.id,
        title: instrument.title,
        jurisdiction: instrument.jurisdiction,
        kind: instrument.kind,
        units: instrument.units,
        status: e.status,
        reviewed: e.reviewed,
        provisions: e.provisions,
        citations: (a && citedPinpoints(a).length ? citedPinpoints(a) : e.provisions).map((p) => citeUnit(instrument, p)),
        elements: a?.elements ?? {},
        flags: a?.flags ?? [],
        score: a?.score ?? null,
        confidence: a?.confidence ?? null,
        why: a?.why ?? '',
        texts: provisions
          .filter((p) => units.has(p.unit))
          .sort((x, y) => e.provisions.indexOf(x.unit) - e.provisions.indexOf(y.unit))
          .map((p) => ({ unit: p.unit, eId: p.eId, num: p.num, heading: p.heading ?? '', text: p.text })),
        diff: articleText && firstBlocks.length ? diffBlocks(firstBlocks, articleText, mode) : null,
      };
    });
    return { template, article, instruments, elements: buildElementTable(article, columns) };
  });

  async function elementTable(query: { template?: string; article: string; instruments: string }) {
    const template = templateId(app, query);
    const article = templates.article(template, query.article);
    const columns = await compareColumns(compareIds(query.instruments), template, article.article, { alignments, catalogue });
    return { template: templates.get(template), table: buildElementTable(article, columns) };
  }

  app.get('/api/exports/elements.csv', { schema: elementTableCsvSchema }, async (req, reply) => {
    const { template, table } = await elementTable(req.query);
    reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(`elements--art-${table.article}--${template.id}.csv`));
    return elementTableCsv(table);
  });

  app.get('/api/exports/elements.docx', { schema: elementTableDocxSchema }, async (req, reply) => {
    const { template, table } = await elementTable(req.query);
    const body = await elementTableDocx(table, { template: template.shortTitle || template.title, generated: new Date().toISOString().slice(0, 10) });
    reply
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', attachment(`elements--art-${table.article}--${template.id}.docx`));
    return reply.send(body);
  });
};

export default compare;
