import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, Errors, IngestError, LexAlignError } from '../../../server/errors.ts';
import { SearchSyntaxError } from '../../../server/search/errors.ts';
import { ProfileError } from '../../../server/templates/validate-profile.ts';
import { ThesaurusError } from '../../../server/thesaurus/load-thesaurus.ts';
import { apiDocPath, withErrorTables } from '../../../scripts/docs/error-table.ts';

const root = resolve(import.meta.dirname, '..', '..', '..');

describe('the error catalogue (server/errors.ts)', () => {
  it('defines each code once, with a status', () => {
    const codes = catalogue.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of catalogue) {
      expect(e.code).toMatch(/^LEXALIGN_ERR_[A-Z_]+$/);
      expect(e.statusCode).toBeGreaterThanOrEqual(400);
    }
  });

  it('makes errors that carry their code and status, and say they are ours', () => {
    const e = new Errors.UNKNOWN_PROVISION('xa-act', 'sec_9');
    expect(e).toBeInstanceOf(LexAlignError);
    expect(e).toBeInstanceOf(Errors.UNKNOWN_PROVISION);
    expect({ code: e.code, statusCode: e.statusCode, message: e.message }).toEqual({
      code: 'LEXALIGN_ERR_UNKNOWN_PROVISION',
      statusCode: 404,
      message: 'Instrument "xa-act" has no provision with eId "sec_9"',
    });
    const ingest = new Errors.UNKNOWN_FORMAT('a.xyz: which format?');
    expect(ingest).toBeInstanceOf(IngestError);
    expect(ingest.statusCode).toBe(415);
    const syntax = new SearchSyntaxError('Unclosed quote', 3);
    expect({ code: syntax.code, statusCode: syntax.statusCode, position: syntax.position }).toEqual({ code: 'LEXALIGN_ERR_SEARCH_SYNTAX', statusCode: 400, position: 3 });
    expect(new ThesaurusError('x').code).toBe(Errors.BAD_THESAURUS.code);
  });

  it("agrees with the profile validator's code (validate-profile.ts still declares its own, to be moved)", () => {
    expect(new ProfileError('a.json', 'id', 'is missing').code).toBe(Errors.BAD_PROFILE.code);
  });

  it('is the only place a code is written in the server and scripts', () => {
    const hits = execFileSync('git', ['grep', '-l', 'LEXALIGN_ERR_', '--', 'server', 'scripts'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
    // validate-profile.ts is being reworked elsewhere; its ProfileError is checked against the catalogue above.
    expect(hits.sort()).toEqual(['server/errors.ts', 'server/templates/validate-profile.ts']);
  });

  it('is what docs/api.md documents (run `npm run docs:errors` after changing it)', () => {
    const doc = readFileSync(apiDocPath, 'utf8');
    expect(withErrorTables(doc)).toBe(doc);
  });
});
