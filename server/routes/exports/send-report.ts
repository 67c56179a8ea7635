import type { FastifyReply } from 'fastify';
import { gapReportCsv } from '../../exports/gap-report-csv.ts';
import { gapReportDocx } from '../../exports/gap-report-docx.ts';
import { gapReportHtml, gapReportMarkdown } from '../../exports/gap-report-outline.ts';
import type { GapReport, ReportMember } from '../../exports/gap-report.ts';
import type { InstrumentRow } from '../../store/types.ts';
import type { CorrelationTable } from '../../align/types.ts';

export type ReportFormat = 'md' | 'html' | 'csv' | 'docx';

/** The download name is built from validated ids only. */
export const attachment = (name: string) => `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}"`;

/** What the report's header needs of an instrument beyond its record: where it came from and its official source. */
export function reportMember(row: InstrumentRow, table: CorrelationTable, officialSources: Map<string, string>): ReportMember {
  return {
    instrument: row.instrument,
    table,
    officialSource: officialSources.get(row.id) ?? null,
    sample: row.collection === 'samples',
    ingestedAt: row.updatedAt,
  };
}

/** Sends a report in the asked format: HTML to read and print in the browser, the others as downloads. */
export async function sendReport(reply: FastifyReply, report: GapReport, format: ReportFormat, name: string) {
  if (format === 'html') {
    // The page has an inline stylesheet and no script at all: allow exactly that.
    return reply.type('text/html; charset=utf-8').header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'").send(gapReportHtml(report));
  }
  reply.header('content-disposition', attachment(`${name}.${format}`));
  if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(gapReportCsv(report));
  if (format === 'docx') {
    return reply.type('application/vnd.openxmlformats-officedocument.wordprocessingml.document').send(await gapReportDocx(report));
  }
  return reply.type('text/markdown; charset=utf-8').send(gapReportMarkdown(report));
}
