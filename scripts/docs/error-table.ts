/**
 * Writes the error tables of docs/api.md from the catalogue (server/errors.ts), between marker comments, so the
 * page cannot drift from the codes the server sends. `npm run docs:errors` rewrites the page; tests/unit/errors
 * checks it is up to date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogue, type ErrorAudience } from '../../server/errors.ts';

export const apiDocPath = resolve(import.meta.dirname, '..', '..', 'docs', 'api.md');

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The Markdown table of one audience's codes, in catalogue order. */
export function errorTable(audience: ErrorAudience): string {
  const rows = catalogue
    .filter((e) => e.audience === audience)
    .map((e) => `| \`${e.code}\` | ${e.statusCode} | ${cell(e.when)} |`);
  return ['| Code | Status | When |', '| --- | --- | --- |', ...rows].join('\n');
}

/** `markdown` with each `<!-- error-table:<audience> -->` ... `<!-- /error-table:<audience> -->` block regenerated. */
export function withErrorTables(markdown: string): string {
  let out = markdown;
  for (const audience of ['api', 'core'] as const) {
    const open = `<!-- error-table:${audience} (generated from server/errors.ts by scripts/docs/error-table.ts) -->`;
    const close = `<!-- /error-table:${audience} -->`;
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start < 0 || end < start) throw new Error(`docs/api.md has no ${open} ... ${close} block`);
    out = `${out.slice(0, start + open.length)}\n${errorTable(audience)}\n${out.slice(end)}`;
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const before = readFileSync(apiDocPath, 'utf8');
  const after = withErrorTables(before);
  if (after !== before) writeFileSync(apiDocPath, after);
  console.log(after === before ? 'docs/api.md: error tables already up to date' : 'docs/api.md: error tables rewritten');
}
