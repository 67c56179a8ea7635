import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Value } from 'typebox/value';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignInstrument } from '../../../server/align/align-instrument.ts';
import { ingestFile } from '../../../server/ingest/index.ts';
import type { IngestResult } from '../../../server/ingest/types.ts';
import { CorrelationTable } from '../../../server/schemas/records/correlation-table.ts';
import { listProfiles, loadTemplate, type Template } from '../../../server/templates/index.ts';
import { loadThesaurus } from '../../../server/thesaurus/index.ts';

/**
 * The tables the aligner produces for our sample statutes (corpus/samples: no real corpus needed) must fit the
 * shared contract, ../shared/docs/correlation-table.schema.json, and our TypeBox CorrelationTable, which the API
 * documents and the client reads.
 */

const root = resolve(import.meta.dirname, '..', '..', '..');
const samplesDir = join(root, 'corpus', 'samples');
// The shared folder sits next to the repository (../shared), or next to the folder of worktrees (../../shared).
const contractCandidates = [
  process.env.LEXALIGN_TABLE_SCHEMA,
  ...(process.env.LEXALIGN_CORPUS ? [resolve(process.env.LEXALIGN_CORPUS, '..', 'docs', 'correlation-table.schema.json')] : []),
  resolve(root, '..', 'shared', 'docs', 'correlation-table.schema.json'),
  resolve(root, '..', '..', 'shared', 'docs', 'correlation-table.schema.json'),
].filter((p): p is string => !!p);
const contractPath = contractCandidates.find((p) => existsSync(p)) ?? contractCandidates[contractCandidates.length - 1];
const contractPresent = existsSync(contractPath);

const thesaurus = loadThesaurus();
let templates: Template[] = [];
const statutes: IngestResult[] = [];

beforeAll(async () => {
  templates = await Promise.all(listProfiles().map((p) => loadTemplate(p, null)));
  for (const file of readdirSync(samplesDir).filter((f) => f !== 'manifest.json').sort()) statutes.push(await ingestFile(join(samplesDir, file)));
});

const tables = () => templates.flatMap((t) => statutes.map((s) => ({ name: `${s.instrument.id} × ${t.id}`, table: alignInstrument(t, s, thesaurus) })));

describe('correlation tables of the sample statutes', () => {
  it('fit our TypeBox CorrelationTable', () => {
    expect(templates.length).toBeGreaterThan(0);
    expect(statutes.length).toBeGreaterThanOrEqual(4);
    for (const { name, table } of tables()) {
      const errors = [...Value.Errors(CorrelationTable, table)].slice(0, 3).map((e) => `${e.instancePath} ${e.message}`);
      expect(errors, name).toEqual([]);
    }
  });

  it.skipIf(!contractPresent)(`fit the shared contract (${contractPresent ? contractPath : `skipped: ${contractPath} is absent`})`, () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(contractPath, 'utf8')));
    for (const { name, table } of tables()) {
      validate(table);
      expect(validate.errors ?? [], name).toEqual([]);
    }
  });
});
