import { describe, expect, it } from 'vitest';
import { searchCsv } from '../../../server/exports/search-csv.ts';
import { buildFixture } from '../search/fixture.ts';

describe('searchCsv', () => {
  const hits = buildFixture().query({ q: 'access', size: 50 }).hits;
  const csv = searchCsv(hits);
  const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

  it('writes one row per hit, best first, with the citation, heading and the excerpt as plain text', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('Rank,Jurisdiction,Instrument,Citation,Heading,Kind of provision,Part,Excerpt,Score,Instrument id,Provision id');
    expect(lines).toHaveLength(hits.length + 1);
    expect(lines[1].startsWith(`1,${hits[0].jurisdiction},"${hits[0].instrumentTitle}",${hits[0].citation},`)).toBe(true);
    expect(lines[1]).toContain(hits[0].snippet.map((s) => s.text).join(''));
  });

  it('neutralises statute text that a spreadsheet would run as a formula', () => {
    const [hit] = hits;
    const row = searchCsv([{ ...hit, heading: '=HYPERLINK("http://x")' }]).split('\r\n')[1];
    expect(row).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
