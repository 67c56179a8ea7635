import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../server/ingest/index.ts';

// A made-up resolution of the House of Assembly of Arcadia, in the shape of a parliamentary resolution.
const RESOLUTION = `2021-03-04

RESOLUTION

WHEREAS the Government of Arcadia wishes to lease the lands at Harbour Hill to the Arcadia Port Authority;

AND WHEREAS the lands are Crown lands within the meaning of the Crown Lands Act;

BE IT RESOLVED that the House of Assembly approve the lease of the said lands for a term of twenty-five years.
`;

describe('resolutions without numbered sections', () => {
  it('are read as one unnumbered provision, with a warning that says so', () => {
    const { instrument, provisions } = ingestText(RESOLUTION, 'xa-harbour-hill-lease-resolution.txt');
    expect(provisions).toHaveLength(1);
    expect(provisions[0]).toMatchObject({ eId: 'resolution', unit: 'Resolution', num: 'Resolution', level: 0 });
    expect(provisions[0].text).toMatch(/^WHEREAS the Government of Arcadia/);
    expect(provisions[0].text).toMatch(/BE IT RESOLVED that the House of Assembly approve/);
    expect(instrument.report.warnings.map((w) => w.code)).toContain('LEXALIGN_WARN_UNNUMBERED_RESOLUTION');
  });

  it('leave other unnumbered texts refused', () => {
    expect(() => ingestText('A letter to the editor about lamps.\n', 'a.txt')).toThrow(/No numbered sections/);
  });
});
