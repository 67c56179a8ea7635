import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { correlationCsv } from '../../exports/correlation-csv.ts';
import { buildGapReport } from '../../exports/gap-report.ts';
import { gapReportHtml } from '../../exports/gap-report-html.ts';
import { gapReportMarkdown } from '../../exports/gap-report-md.ts';
import { matrixCsv } from '../../exports/matrix-csv.ts';
import { correlationCsvSchema, gapReportSchema, matrixCsvSchema } from '../../schemas/exports.ts';
import { templateId } from '../template-id.ts';

/** The download name is built from validated ids only. */
const attachment = (name: string) => `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}"`;

const exportsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { alignments, catalogue, matrix, templates } = app.services;

  app.get('/api/exports/correlation/:file', { schema: correlationCsvSchema }, async (req, reply) => {
    const id = req.params.file.slice(0, -'.csv'.length);
    const template = templates.get(templateId(app, req.query));
    const { table } = await alignments.table(id, template.id);
    reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(`${id}--${template.id}.csv`));
    return correlationCsv(catalogue.get(id).instrument, template.articles, table);
  });

  app.get('/api/exports/matrix.csv', { schema: matrixCsvSchema }, async (req, reply) => {
    const template = templateId(app, req.query);
    const { matrix: m } = await matrix.get({ template });
    reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(`matrix--${template}.csv`));
    return matrixCsv(m);
  });

  app.get('/api/exports/gap-report/:file', { schema: gapReportSchema }, async (req, reply) => {
    const html = req.params.file.endsWith('.html');
    const id = req.params.file.replace(/\.(md|html)$/, '');
    const template = templates.get(templateId(app, req.query));
    const { table } = await alignments.table(id, template.id);
    const report = buildGapReport(catalogue.get(id).instrument, template, table);
    if (html) {
      // The page has an inline stylesheet and no script at all: allow exactly that.
      reply.type('text/html; charset=utf-8').header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
      return gapReportHtml(report);
    }
    reply.type('text/markdown; charset=utf-8').header('content-disposition', attachment(`gap-report--${id}--${template.id}.md`));
    return gapReportMarkdown(report);
  });
};

export default exportsRoutes;
