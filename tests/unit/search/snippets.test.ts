import { describe, expect, it } from 'vitest';
import { snippetFor } from '../../../server/search/snippets.ts';
import { buildFixture } from './fixture.ts';

const search = buildFixture();

describe('highlighted snippets', () => {
  it('mark the matched words (from lunr positions), synonyms included, as plain segments', () => {
    const hit = search.query({ q: 'unauthorised access' }).hits.find((h) => h.eId === 'part_2__sec_4__subsec_1')!;
    const marked = hit.snippet.filter((s) => s.highlight).map((s) => s.text);
    expect(marked).toEqual(['without', 'authority', 'accesses']);
    expect(hit.snippet.map((s) => s.text).join('')).toBe(
      'A person who, without authority, intentionally accesses the whole or any part of a computer system commits an offence and is liable on conviction to a fine of ten thousand dollars.',
    );
  });

  it('highlight the heading too', () => {
    const hit = search.query({ q: 'interception' }).hits[0];
    expect(hit.headingSnippet).toEqual([
      { text: 'Interception', highlight: true },
      { text: ' of transmissions', highlight: false },
    ]);
  });

  it('never turn statute text into markup: angle brackets come back as text', () => {
    const hit = search.query({ q: 'bold' }).hits[0];
    const joined = hit.snippet.map((s) => s.text).join('');
    expect(joined).toContain('<b>bold</b> & <script>x</script>');
    expect(hit.snippet.find((s) => s.highlight)?.text).toBe('bold');
  });

  it('window a long text around the densest cluster of matches, cut at words, with ellipses', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(20);
    const text = `${filler}the interception of data by technical means ${filler}`;
    const at = text.indexOf('interception');
    const segs = snippetFor(text, [[at, 12], [text.indexOf('technical'), 9], [3, 5]], 120);
    expect(segs[0]).toEqual({ text: '… ', highlight: false });
    expect(segs[segs.length - 1]).toEqual({ text: ' …', highlight: false });
    expect(segs.filter((s) => s.highlight).map((s) => s.text)).toEqual(['interception', 'technical']);
    const body = segs.slice(1, -1).map((s) => s.text).join('');
    expect(body.length).toBeLessThanOrEqual(120);
    expect(text).toContain(body);
    expect(body.startsWith(' ')).toBe(false);
  });

  it('shows the start of the text when nothing in it matched (a heading-only match)', () => {
    const segs = snippetFor('x'.repeat(50) + ' ' + 'y'.repeat(300), [], 100);
    expect(segs[0].text.startsWith('xxxx')).toBe(true);
    expect(segs.every((s) => !s.highlight)).toBe(true);
  });
});
