import { Type } from 'typebox';
import { errors, TemplateQuery } from './common.ts';

const File = (ext: string) => Type.String({ pattern: `^(?!.*\\.\\.)[A-Za-z0-9][A-Za-z0-9._-]{0,199}\\.${ext}$` });

export const correlationCsvSchema = {
  tags: ['exports'],
  summary: 'Correlation table as CSV (UTF-8 with BOM), reviewed values next to the machine\'s',
  params: Type.Object({ file: File('csv') }, { additionalProperties: false }),
  querystring: TemplateQuery,
  produces: ['text/csv'],
  response: { 200: Type.String(), ...errors(400, 404) },
};

export const matrixCsvSchema = {
  tags: ['exports'],
  summary: 'Matrix as CSV',
  querystring: TemplateQuery,
  produces: ['text/csv'],
  response: { 200: Type.String(), ...errors(400, 404) },
};

export const gapReportSchema = {
  tags: ['exports'],
  summary: 'Gap report as Markdown (.md) or printable HTML (.html)',
  params: Type.Object({ file: Type.String({ pattern: '^(?!.*\\.\\.)[A-Za-z0-9][A-Za-z0-9._-]{0,199}\\.(md|html)$' }) }, { additionalProperties: false }),
  querystring: TemplateQuery,
  produces: ['text/markdown', 'text/html'],
  response: { 200: Type.String(), ...errors(400, 404) },
};
