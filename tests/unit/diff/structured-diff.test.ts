import { describe, expect, it } from 'vitest';
import { structuredWordDiff } from '../../../server/diff/structured-diff.ts';
import { substantiveDiff } from '../../../server/diff/substantive-diff.ts';
import { articleBlocks, provisionBlocks } from '../../../server/diff/text-blocks.ts';
import { loadThesaurus } from '../../../server/thesaurus/index.ts';

// Our own statute-style fixtures: a Commonwealth offence section with subsections and paragraphs, and a
// treaty-style article saying much the same.
const section = provisionBlocks([
  { num: '4', level: 0, text: '' },
  { num: '4(1)', level: 1, text: 'A person who intentionally and without lawful authority—' },
  { num: '4(1)(a)', level: 2, text: 'damages or deletes computer data;' },
  { num: '4(1)(b)', level: 2, text: 'alters computer data; or' },
  { num: '4(1)(c)', level: 2, text: 'renders computer data meaningless,' },
  { num: '4(2)', level: 1, text: 'commits an offence and is liable on conviction to imprisonment for five years.' },
]);
const article = articleBlocks(
  '(1) Each Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law, when committed intentionally, the damaging, deletion, deterioration, alteration or suppression of computer data without right.\n(2) A Party may reserve the right to require that the conduct result in serious harm.',
);
const text = (blocks: Array<{ segments: Array<{ text: string; op: string }> }>, keep: string) =>
  blocks.map((b) => b.segments.filter((s) => s.op === 'equal' || s.op === keep).map((s) => s.text).join(''));
const tinted = (blocks: Array<{ segments: Array<{ text: string; op: string }> }>) =>
  blocks.flatMap((b) => b.segments.filter((s) => s.op !== 'equal').map((s) => s.text));

describe('text blocks', () => {
  it('labels each provision at its own level and leaves out empty unit headings', () => {
    expect(section.map((b) => [b.label, b.level])).toEqual([['(1)', 1], ['(a)', 2], ['(b)', 2], ['(c)', 2], ['(2)', 1]]);
  });

  it('reads a treaty article line by line, telling sub-paragraph (i) from the letter after (h)', () => {
    const blocks = articleBlocks('(1) Each Party shall:\n(a) the production of:\n(i) a device;\n(ii) a password; and\n(b) the possession.\nA Party may require.');
    expect(blocks.map((b) => [b.label, b.level])).toEqual([['(1)', 1], ['(a)', 2], ['(i)', 3], ['(ii)', 3], ['(b)', 2], ['', 0]]);
    expect(articleBlocks('(h) data;\n(i) traffic;').map((b) => b.level)).toEqual([2, 2]);
  });
});

describe('structuredWordDiff', () => {
  it('keeps (1), (a)-(c) and (2) on the statute side and rebuilds each block from its segments', () => {
    const d = structuredWordDiff(section, article);
    expect(d.left.map((b) => b.label)).toEqual(['(1)', '(a)', '(b)', '(c)', '(2)']);
    expect(d.right.map((b) => b.label)).toEqual(['(1)', '(2)']);
    expect(text(d.left, 'delete')).toEqual(section.map((b) => b.text));
    expect(text(d.right, 'insert')).toEqual(article.map((b) => b.text));
    expect(d.left.some((b) => b.segments.some((s) => s.op === 'equal' && s.text.includes('computer data')))).toBe(true);
    expect(d.similarity).toBeGreaterThan(0);
    expect(d.similarity).toBeLessThan(1);
  });

  it('never starts a tint with a blank', () => {
    const d = structuredWordDiff(section, article);
    for (const b of [...d.left, ...d.right]) for (const s of b.segments) if (s.op !== 'equal') expect(s.text).not.toMatch(/^\s/);
  });
});

describe('substantiveDiff', () => {
  const thesaurus = loadThesaurus();

  it('tints far fewer words than the word diff when only the drafting style differs', () => {
    const words = structuredWordDiff(section, article);
    const substance = substantiveDiff(section, article, thesaurus);
    const count = (d: typeof words) => tinted(d.left).join(' ').split(/\s+/).length + tinted(d.right).join(' ').split(/\s+/).length;
    expect(count(substance)).toBeLessThan(count(words) / 2);
    // House style and synonyms are not tinted: "commits an offence", "each Party shall adopt ...", "without lawful authority".
    const all = [...tinted(substance.left), ...tinted(substance.right)].join(' | ');
    expect(all).not.toMatch(/commits an offence|Each Party|legislative|without lawful authority|without right/);
    expect(substance.left.map((b) => b.label)).toEqual(['(1)', '(a)', '(b)', '(c)', '(2)']);
  });

  it('still tints a difference of substance', () => {
    const reckless = provisionBlocks([{ num: '4(1)', level: 1, text: 'A person who recklessly deletes computer data commits an offence.' }]);
    const intent = provisionBlocks([{ num: '4(1)', level: 1, text: 'A person who intentionally deletes computer data commits an offence.' }]);
    const d = substantiveDiff(reckless, intent, thesaurus);
    expect(tinted(d.left)).toEqual(['recklessly']);
    expect(tinted(d.right)).toEqual(['intentionally']);
  });

  it('reads identical substance as the same whatever the numbering', () => {
    const a = provisionBlocks([{ num: '7', level: 0, text: '7.(1) A person who intentionally intercepts a transmission commits an offence.' }]);
    const b = provisionBlocks([{ num: '(a)', level: 0, text: '(a) any person who intentionally intercepts a transmission is guilty of an offence.' }]);
    const d = substantiveDiff(a, b, thesaurus);
    expect(tinted(d.left)).toEqual([]);
    expect(tinted(d.right)).toEqual([]);
    expect(d.similarity).toBe(1);
  });
});
