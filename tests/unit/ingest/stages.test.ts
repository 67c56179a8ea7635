import { describe, expect, it } from 'vitest';
import { chunkMarkdown, looksLikePlainText, readMarkdown } from '../../../server/ingest/adapters/markdown.ts';
import { textToLines } from '../../../server/ingest/adapters/text.ts';
import { cleanText } from '../../../server/ingest/normalise/clean-text.ts';
import { fixOcrNumbering } from '../../../server/ingest/normalise/ocr-numbering.ts';
import { dropRepeats } from '../../../server/ingest/normalise/repeated-text.ts';
import { findToc } from '../../../server/ingest/structure/find-toc.ts';
import { splitBody } from '../../../server/ingest/structure/split-body.ts';
import type { IngestWarning } from '../../../server/ingest/types.ts';
import { maxOf } from '../../../server/large-arrays.ts';

describe('normalisation', () => {
  it('restores lost characters, removes soft hyphens and stray spaces', () => {
    const w: IngestWarning[] = [];
    expect(cleanText('Sec. 1. Title. \uFFFD The nation\uFFFDs lamp\u00ADlighter ( a ) shall , as  said .', w))
      .toBe('Sec. 1. Title. \u2014 The nation\u2019s lamplighter (a) shall, as said.');
    expect(w.map((x) => x.code)).toEqual(['LEXALIGN_WARN_SOFT_HYPHENS', 'LEXALIGN_WARN_REPLACEMENT_CHARS']);
  });
  it('fixes OCR numbering only when the sequence confirms it', () => {
    const w: IngestWarning[] = [];
    expect(fixOcrNumbering(['10. Lamps.', '1 I. Wicks.', 'PART I', 'PART 11', '7 . 4 1 ) Oil.'], w))
      .toEqual(['10. Lamps.', '11. Wicks.', 'PART I', 'PART II', '7.\u2014(1) Oil.']);
    // Without section 10 before it, "1 I." is left alone.
    expect(fixOcrNumbering(['3. Lamps.', '1 I. Wicks.'], [])).toEqual(['3. Lamps.', '1 I. Wicks.']);
  });
  it('drops long repeats always, short ones only when the text repeats itself throughout', () => {
    expect(dropRepeats('The keeper shall trim the wick daily. The keeper shall trim the wick daily. Then stop.', false))
      .toEqual({ text: 'The keeper shall trim the wick daily. Then stop.', removed: 1 });
    expect(dropRepeats('Oil; Oil; wicks', false).removed).toBe(0);
    expect(dropRepeats('Oil; Oil; wicks', true)).toEqual({ text: 'Oil; wicks', removed: 1 });
  });
});

describe('Markdown reading', () => {
  it('routes PDF text saved as .md to the text path', () => {
    expect(looksLikePlainText('Short title\n\n1.\n\nThis Act may be cited as the Lamp Act.\n')).toBe(true);
    expect(looksLikePlainText('# Lamp Act\n\n## Part I\n\n### 1. Short title\n\n**Bold** and [link](x)\n')).toBe(false);
  });
  it('splits long Markdown at blank lines into bounded chunks, losing nothing', () => {
    const md = Array.from({ length: 3000 }, (_, k) => `Paragraph ${k} of the lamp statute.\n`).join('\n');
    const chunks = chunkMarkdown(md);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(md);
    expect(maxOf(chunks.map((c) => c.length))).toBeLessThan(40 * 1024);
  });
  it('keeps section numbers that Markdown would read as list markers, and reads front matter', () => {
    const r = readMarkdown('---\ntitle: Lamp Act\n---\n\n# Lamp Act\n\n**PART I**\n\n1. (1) A lamp is a light.\n\n2.\n\n- a bullet\n');
    expect(r.frontmatter).toEqual({ title: 'Lamp Act' });
    expect(r.lines.map((l) => l.text)).toEqual(['Lamp Act', 'PART I', '1. (1) A lamp is a light.', '2.', 'a bullet']);
    expect(r.lines[0].mdHeading).toBe(1);
  });
});

describe('structure pieces', () => {
  it('pairs an arrangement block of numbers with its block of headings', () => {
    const lines = textToLines('Arrangement of Sections\n\nShort title\n\nLamps\n\n1.\n\n2.\n\n3.\n\nWicks\n\nENACTED by the Parliament.\n\nShort title\n\n1.\n\nText.\n');
    const toc = findToc(lines)!;
    expect(toc.entries).toEqual([{ unit: '1', heading: 'Short title' }, { unit: '2', heading: 'Lamps' }, { unit: '3', heading: 'Wicks' }]);
    expect(lines[toc.end].text).toBe('ENACTED by the Parliament.');
  });
  it('splits inline labels but keeps cross-references as text', () => {
    const w: IngestWarning[] = [];
    const r = splitBody('(1) A keeper shall— (a) trim the wick under paragraph (b) of section 4(1); and (b) fill the lamp. (2) Subsection (1) applies at night.', [], { style: 'commonwealth', where: '5' }, w);
    expect(r.children.map((c) => [c.label, c.text, c.children.map((g) => `${g.label}:${g.text}`)])).toEqual([
      ['1', 'A keeper shall\u2014', ['a:trim the wick under paragraph (b) of section 4(1); and', 'b:fill the lamp.']],
      ['2', 'Subsection (1) applies at night.', []],
    ]);
  });
  it('reads the unit number printed again before the text ("6. —(1)") as the unit, not as a paragraph 6', () => {
    const lines = textToLines('6. —(1) A keeper who knowingly — ( a ) dims the lamp; or ( b ) hides it, is guilty of an offence. (2) Subsection (1) applies at night.');
    const r = splitBody('', lines, { style: 'commonwealth', where: '6', num: '6' }, []);
    expect(r.children.map((c) => [c.label, c.children.map((g) => g.label)])).toEqual([['1', ['a', 'b']], ['2', []]]);
    // Another number is a paragraph of its own: only the unit's own number is dropped.
    const other = splitBody('', textToLines('7. —(1) A keeper shall trim the wick.'), { style: 'commonwealth', where: '6', num: '6' }, []);
    expect(other.children[0].label).toBe('7');
  });
  it('tells roman (i) from the letter (i) by sequence', () => {
    const body = textToLines('(h) a wick;\n\n(i) a flame; and\n\n(j) a chimney, meaning:\n\n(i) glass; or\n\n(ii) mica.');
    const r = splitBody('', body, { style: 'commonwealth', where: '2' }, []);
    expect(r.children.map((c) => c.label)).toEqual(['h', 'i', 'j']);
    expect(r.children[2].children.map((c) => `${c.type} ${c.label}`)).toEqual(['subpara i', 'subpara ii']);
  });
  it('nests a doubled series (aa), (bb) below a subparagraph, and returns to (ii) after it', () => {
    const body = textToLines('(5) Misuse of Lamps.\n\n(i) The sale, without right, of:\n\n(aa) a lamp designed for theft; or\n\n(bb) a key to a lamp house;\n\n(ii) The possession of an item in (aa) or (bb).\n\n(6) Lamp-squatting.');
    const r = splitBody('', body, { style: 'commonwealth', where: '4' }, []);
    expect(r.children.map((c) => c.label)).toEqual(['5', '6']);
    const five = r.children[0];
    expect(five.children.map((c) => `${c.type} ${c.label}`)).toEqual(['subpara i', 'subpara ii']);
    expect(five.children[0].children.map((c) => `${c.type} ${c.label}`)).toEqual(['item aa', 'item bb']);
  });

  it('still reads (aa) after (z) as the 27th paragraph of a long list', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz'.split('').map((l) => `(${l}) lamp ${l};`).join('\n\n');
    const r = splitBody('', textToLines(`${letters}\n\n(aa) lamp aa.`), { style: 'commonwealth', where: '3' }, []);
    expect(r.children.at(-1)).toMatchObject({ label: 'aa', type: 'para' });
  });
});
