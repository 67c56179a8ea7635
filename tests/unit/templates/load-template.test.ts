import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IngestResult, Provision } from '../../../server/ingest/types.ts';
import { articleTextsFromIngest, loadTemplate, splitTreatyArticles, type TemplateSource } from '../../../server/templates/index.ts';

// A made-up model treaty, laid out as the corpus lays out treaties: one heading per article.
const TREATY = `# Model Convention on Computer Offences

**CHAPTER I – TERMS**

## Article 1 – Terms

For this Convention, "machine" means any device that processes data.

**CHAPTER II – OFFENCES**

## Article 2 – Entering a machine

1. Each Party shall make it an offence to enter a machine without permission.

2. A Party may require that a lock was broken.

## Article 3 – Copying data

Each Party shall make it an offence to copy data without permission.
`;

const profile = {
  id: 'model-convention-computer-offences',
  title: 'Model Convention on Computer Offences',
  shortTitle: 'Model Convention',
  year: 2030,
  sourceFile: 'treaties/model-convention.md',
  articles: ['1', '2', '3'].map((n) => ({
    article: n,
    title: `Article ${n}`,
    group: n === '1' ? 'definitions' : 'substantive',
    chapter: n === '1' ? 'Ch. I' : 'Ch. II',
    obligation: 'mandatory',
    summary: `Our summary of article ${n}.`,
    headingCues: ['entering'],
    elements: [{ id: 'without_right', label: 'Without permission', status: 'required', cues: ['without permission'] }],
  })),
};

function setup(withText = true): { profilePath: string; corpus: string } {
  const root = mkdtempSync(join(tmpdir(), 'lexalign-template-'));
  const profilePath = join(root, 'model.profile.json');
  writeFileSync(profilePath, JSON.stringify(profile));
  const corpus = join(root, 'corpus');
  mkdirSync(join(corpus, 'treaties'), { recursive: true });
  if (withText) writeFileSync(join(corpus, 'treaties', 'model-convention.md'), TREATY);
  return { profilePath, corpus };
}

function provision(unit: string, num: string, level: number, text: string): Provision {
  return { eId: `art_${num}`, num, unit, level, text, path: [], kind: 'general', defines: [], refs: [], penalty: [] };
}

/** A stand-in for the ingestion pipeline: returns fixed provisions, and records what it was given. */
function fakeIngest(provisions: Provision[]) {
  const calls: TemplateSource[] = [];
  const fn = (source: TemplateSource): IngestResult => {
    calls.push(source);
    return { instrument: {} as IngestResult['instrument'], provisions };
  };
  return { fn, calls };
}

describe('loadTemplate without a corpus', () => {
  it('serves the profile alone, each article text being our summary', async () => {
    const { profilePath } = setup();
    const t = await loadTemplate(profilePath, null);
    expect(t.textSource).toBe('summary');
    expect(t.sourcePath).toBeNull();
    expect(t.articles.map((a) => [a.number, a.textSource, a.text])).toEqual([
      ['1', 'summary', 'Our summary of article 1.'],
      ['2', 'summary', 'Our summary of article 2.'],
      ['3', 'summary', 'Our summary of article 3.'],
    ]);
    expect(t.warnings).toEqual([]);
  });

  it('warns, and falls back, when the corpus lacks the official text', async () => {
    const { profilePath, corpus } = setup(false);
    const t = await loadTemplate(profilePath, corpus);
    expect(t.textSource).toBe('summary');
    expect(t.warnings[0]).toMatch(/treaties\/model-convention\.md not found/);
  });
});

describe('loadTemplate with a corpus', () => {
  it('joins the ingested official text, article by article', async () => {
    const { profilePath, corpus } = setup();
    const { fn, calls } = fakeIngest([
      provision('1', '1', 0, 'For this Convention, "machine" means any device that processes data.'),
      provision('2', '2', 0, ''),
      provision('2', '2(1)', 1, 'Each Party shall make it an offence to enter a machine without permission.'),
      provision('2', '2(2)', 1, 'A Party may require that a lock was broken.'),
      provision('3', '3', 0, 'Each Party shall make it an offence to copy data without permission.'),
    ]);
    const t = await loadTemplate(profilePath, corpus, fn);
    expect(calls).toHaveLength(1);
    expect(calls[0].fileName).toBe('model-convention.md');
    expect(calls[0].meta).toMatchObject({ id: profile.id, role: 'template' });
    expect(new TextDecoder().decode(calls[0].bytes)).toBe(TREATY);
    expect(t.textSource).toBe('official');
    expect(t.articles[1].text).toBe('(1) Each Party shall make it an offence to enter a machine without permission.\n(2) A Party may require that a lock was broken.');
    expect(t.articles[1]).toMatchObject({ textSource: 'official', summary: 'Our summary of article 2.', number: '2' });
  });

  it('reads article headings for the articles ingestion missed', async () => {
    const { profilePath, corpus } = setup();
    const { fn } = fakeIngest([provision('1', '1', 0, 'Ingested words of article 1.')]);
    const t = await loadTemplate(profilePath, corpus, fn);
    expect(t.articles[0].text).toBe('Ingested words of article 1.');
    expect(t.articles[2].text).toBe('Each Party shall make it an offence to copy data without permission.');
    expect(t.textSource).toBe('official');
  });

  it('survives a failing ingestion with a warning', async () => {
    const { profilePath, corpus } = setup();
    const t = await loadTemplate(profilePath, corpus, () => {
      throw new Error('parser exploded');
    });
    expect(t.warnings[0]).toMatch(/ingesting model-convention\.md failed \(parser exploded\)/);
    expect(t.textSource).toBe('official');
  });

  it('marks articles the text lacks, and says which', async () => {
    const { profilePath, corpus } = setup();
    writeFileSync(join(corpus, 'treaties', 'model-convention.md'), TREATY.replace(/## Article 3[\s\S]*$/, ''));
    const t = await loadTemplate(profilePath, corpus, fakeIngest([]).fn);
    expect(t.textSource).toBe('mixed');
    expect(t.articles[2].textSource).toBe('summary');
    expect(t.warnings).toContain('no official text found for article(s) 3: using our summaries');
  });
});

describe('splitTreatyArticles', () => {
  it('splits on article headings and stops at chapter lines', () => {
    const split = splitTreatyArticles(TREATY);
    expect([...split.keys()]).toEqual(['1', '2', '3']);
    expect(split.get('2')).toEqual({
      title: 'Entering a machine',
      text: '1. Each Party shall make it an offence to enter a machine without permission.\n2. A Party may require that a lock was broken.',
    });
    expect(split.get('1')?.text).not.toMatch(/CHAPTER/);
  });

  it('finds nothing in text without article headings', () => {
    expect(splitTreatyArticles('Just a paragraph.\n\nAnother one.').size).toBe(0);
  });
});

describe('articleTextsFromIngest', () => {
  it('labels paragraphs and skips empty provisions', () => {
    const texts = articleTextsFromIngest({
      instrument: {} as IngestResult['instrument'],
      provisions: [provision('6', '6', 0, ''), provision('6', '6(1)(a)', 2, 'the making of a tool;'), provision('7', '7', 0, 'Forgery.')],
    });
    expect(texts.get('6')).toBe('(a) the making of a tool;');
    expect(texts.get('7')).toBe('Forgery.');
  });
});
