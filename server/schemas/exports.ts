import { Type } from 'typebox';
import { errors, Id, TemplateQuery } from './common.ts';

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
  summary: 'Matrix as CSV, one row per statute or (rows=jurisdiction) per framework',
  querystring: Type.Object(
    { template: Type.Optional(Id), rows: Type.Optional(Type.Union([Type.Literal('instrument'), Type.Literal('jurisdiction')])) },
    { additionalProperties: false },
  ),
  produces: ['text/csv'],
  response: { 200: Type.String(), ...errors(400, 404) },
};

const reportTypes = ['text/html', 'text/markdown', 'text/csv', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

export const gapReportSchema = {
  tags: ['exports'],
  summary: 'Gap report of one instrument, to annex to a memo: printable HTML (.html), Markdown (.md), CSV (.csv) or Word (.docx)',
  params: Type.Object({ file: Type.String({ pattern: '^(?!.*\\.\\.)[A-Za-z0-9][A-Za-z0-9._-]{0,199}\\.(md|html|csv|docx)$' }) }, { additionalProperties: false }),
  querystring: TemplateQuery,
  produces: reportTypes,
  response: { 200: Type.String(), ...errors(400, 404) },
};

export const frameworkReportSchema = {
  tags: ['exports'],
  summary: "Gap report of a jurisdiction's framework (its included instruments read together), in the same four formats",
  params: Type.Object({ file: Type.String({ pattern: '^[A-Za-z]{2,3}\\.(md|html|csv|docx)$', description: '<jurisdiction>.<format>, such as BB.docx' }) }, { additionalProperties: false }),
  querystring: TemplateQuery,
  produces: reportTypes,
  response: { 200: Type.String(), ...errors(400, 404, 409, 422) },
};

export const overviewCsvSchema = {
  tags: ['exports'],
  summary: 'Regional overview as CSV: per article, the states covering, partly covering and missing it',
  querystring: Type.Object(
    { template: Type.Optional(Id), jurisdictions: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2,3}(,[A-Za-z]{2,3}){0,99}$' })) },
    { additionalProperties: false },
  ),
  produces: ['text/csv'],
  response: { 200: Type.String(), ...errors(400, 404, 409, 422) },
};

export const regionalReportSchema = {
  tags: ['exports'],
  summary: 'Regional overview as a report: printable HTML (A4 landscape heat map), Markdown or Word',
  params: Type.Object({ format: Type.Union([Type.Literal('html'), Type.Literal('md'), Type.Literal('docx')]) }, { additionalProperties: false }),
  querystring: overviewCsvSchema.querystring,
  produces: reportTypes,
  response: { 200: Type.String(), ...errors(400, 404, 409, 422) },
};
