import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../server/ingest/index.ts';
import { IngestError, type IngestResult } from '../../../server/ingest/types.ts';
import { extractPenalties } from '../../../server/ingest/extract/penalties.ts';
import { extractDefinitions } from '../../../server/ingest/extract/definitions.ts';
import { extractCrossRefs, resolveCrossRefs } from '../../../server/ingest/extract/cross-refs.ts';
import { classifyProvision } from '../../../server/ingest/extract/provision-kind.ts';
import { inferMeta } from '../../../server/ingest/metadata/infer-meta.ts';
import { makeDocx } from '../../fixtures/binary/make-fixtures.ts';

/**
 * Whatever the bytes and whatever the extension, ingestion answers with a result carrying a report, or with an
 * IngestError (a code and a message for a person): never another exception. Run counts are modest because the
 * machine's two cores are shared.
 */

const EXTENSIONS = ['md', 'txt', 'html', 'json', 'pdf', 'docx', 'rtf', ''];
const RUNS = 25;

/** Pieces of statute drafting, so that generated text reaches the structure code and not only its guards. */
const statuteish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '1.', '2.(1)', '(a)', '(ii)', 'PART I', 'PART 11', 'Arrangement of Sections', '\f', '\n', '\n\n', '# ', '## Article 3 – ',
        'Short title', '"computer" means ', 'commits an offence and is liable on conviction to a fine of $5 000',
        'section 4', 'subsection (2)', '{"sections":[', ']}', '<p>', '</p>', '<h2>', '---\ntitle: x\n---\n', '46A.', '§ 1030',
      ),
      fc.string({ maxLength: 20 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(' '));

async function outcome(bytes: Uint8Array, fileName: string): Promise<'result' | 'ingest-error'> {
  try {
    const result: IngestResult = await ingest({ bytes, fileName });
    expect(result.instrument.report).toBeDefined();
    expect(Array.isArray(result.provisions)).toBe(true);
    return 'result';
  } catch (error) {
    if (error instanceof IngestError) {
      expect(error.code).toMatch(/^LEXALIGN_ERR_/);
      expect(error.message.length).toBeGreaterThan(0);
      return 'ingest-error';
    }
    throw error;
  }
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('ingest never throws anything but IngestError', () => {
  for (const ext of EXTENSIONS) {
    const fileName = ext ? `sample.${ext}` : 'sample';

    it(`arbitrary strings as .${ext || '(none)'}`, async () => {
      await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (s) => void (await outcome(encode(s), fileName))), { numRuns: RUNS });
    });

    it(`statute-like text as .${ext || '(none)'}`, async () => {
      await fc.assert(fc.asyncProperty(statuteish, async (s) => void (await outcome(encode(s), fileName))), { numRuns: RUNS });
    });

    it(`arbitrary bytes as .${ext || '(none)'}`, async () => {
      await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (b) => void (await outcome(b, fileName))), { numRuns: RUNS });
    });
  }

  it('PDF headers followed by garbage, and Word documents holding arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (tail) => {
        const bytes = new Uint8Array([...encode('%PDF-1.4\n'), ...tail]);
        void (await outcome(bytes, 'garbage.pdf'));
      }),
      { numRuns: 15 },
    );
    await fc.assert(
      fc.asyncProperty(statuteish, async (text) => void (await outcome(makeDocx([[null, text]]), 'gen.docx'))),
      { numRuns: 10 },
    );
  });
});

describe('extractors never throw', () => {
  it('on arbitrary and statute-like strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), statuteish), (text) => {
        extractPenalties(text, 'BB');
        extractDefinitions(text);
        const refs = extractCrossRefs(text);
        classifyProvision({ heading: text.slice(0, 30), text, path: [] });
        inferMeta(text, `${text.slice(0, 10)}.md`);
        resolveCrossRefs([{ eId: 'sec_1', num: '1', unit: '1', level: 0, text, path: [], kind: 'general', defines: [], refs, penalty: [] }]);
      }),
      { numRuns: 200 },
    );
  });
});
