import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { correlationCsv } from '../../exports/correlation-csv.ts';
import { buildGapReport } from '../../exports/gap-report.ts';
import { matrixCsv } from '../../exports/matrix-csv.ts';
import { overviewCsv } from '../../exports/overview-csv.ts';
import { overviewReportDocx, overviewReportHtml, overviewReportMarkdown } from '../../exports/overview-report.ts';
import { correlationCsvSchema, frameworkReportSchema, gapReportSchema, matrixCsvSchema, overviewCsvSchema, regionalReportSchema } from '../../schemas/exports.ts';
import { templateId } from '../template-id.ts';
import { attachment, reportMember, sendReport, type ReportFormat } from './send-report.ts';

const split = (file: string) => {
  const dot = file.lastIndexOf('.');
  return { id: file.slice(0, dot), format: file.slice(dot + 1) as ReportFormat };
};

const exportsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { alignments, catalogue, matrix, templates, frameworks, officialSources } = app.services;

  app.get('/api/exports/correlation/:file', { schema: correlationCsvSchema }, async (req, reply) => {
    const id = req.params.file.slice(0, -'.csv'.length);
    const template = templates.get(templateId(app, req.query));
    const { table } = await alignments.table(id, template.id);
    reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(`${id}--${template.id}.csv`));
    return correlationCsv(catalogue.get(id).instrument, template.articles, table);
  });

  app.get('/api/exports/matrix.csv', { schema: matrixCsvSchema }, async (req, reply) => {
    const template = templateId(app, req.query);
    const { matrix: m } = await matrix.get({ template, rows: req.query.rows });
    reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(`matrix--${template}.csv`));
    return matrixCsv(m);
  });

  app.get('/api/exports/gap-report/:file', { schema: gapReportSchema }, async (req, reply) => {
    const { id, format } = split(req.params.file);
    const template = templates.get(templateId(app, req.query));
    const { table } = await alignments.table(id, template.id);
    const report = buildGapReport({ members: [reportMember(catalogue.get(id), table, officialSources)], template });
    return sendReport(reply, report, format, `gap-report--${id}--${template.id}`);
  });

  app.get('/api/exports/framework-report/:file', { schema: frameworkReportSchema }, async (req, reply) => {
    const { id: jurisdiction, format } = split(req.params.file);
    const template = templates.get(templateId(app, req.query));
    const detail = await frameworks.get(jurisdiction, template.id);
    const members = detail.members.map((row, k) => reportMember(row, detail.tables[k].table, officialSources));
    const excluded = [];
    for (const i of detail.summary.instruments.filter((x) => !x.included)) {
      excluded.push(reportMember(catalogue.get(i.id), { instrument: i.id, template: template.id, articles: {} }, officialSources));
    }
    const report = buildGapReport({ members, template, framework: { jurisdiction: detail.summary.jurisdiction, excluded } });
    return sendReport(reply, report, format, `framework-report--${detail.summary.jurisdiction}--${template.id}`);
  });

  app.get('/api/exports/overview.csv', { schema: overviewCsvSchema }, async (req, reply) => {
    const template = templateId(app, req.query);
    const overview = await frameworks.overview(template, req.query.jurisdictions?.split(','));
    reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(`regional-overview--${template}.csv`));
    return overviewCsv(overview);
  });

  app.get('/api/exports/regional-report/:format', { schema: regionalReportSchema }, async (req, reply) => {
    const template = templates.get(templateId(app, req.query));
    const overview = await frameworks.overview(template.id, req.query.jurisdictions?.split(','));
    const { format } = req.params;
    if (format === 'html') {
      reply.type('text/html; charset=utf-8').header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
      return overviewReportHtml(overview, template);
    }
    reply.header('content-disposition', attachment(`regional-overview--${template.id}.${format}`));
    if (format === 'md') return reply.type('text/markdown; charset=utf-8').send(overviewReportMarkdown(overview, template));
    return reply.type('application/vnd.openxmlformats-officedocument.wordprocessingml.document').send((await overviewReportDocx(overview, template)) as never);
  });
};

export default exportsRoutes;
