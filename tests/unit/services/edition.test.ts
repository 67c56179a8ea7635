import { describe, expect, it } from 'vitest';
import { editionOf } from '../../../server/services/edition.ts';

// Made-up manifest entries and publisher records in the shapes the corpus uses.
describe('editionOf', () => {
  it('reads the as-at date from the title, the notes or the Akoma Ntoso address, in that order', () => {
    expect(editionOf({ title: 'Computer Misuse Act, 2031 (revised edition as at 2033-12-31)' }, null)).toEqual({ asAt: '2033-12-31', asAtFrom: 'title' });
    expect(editionOf({ title: 'Cyber Act, 2030', notes: 'Consolidated to 2034; s. 9 absent.' }, null)).toMatchObject({ asAt: '2034', asAtFrom: 'notes', notes: 'Consolidated to 2034; s. 9 absent.' });
    expect(editionOf({ title: 'Cyber Act, 2030' }, { url: 'https://example.org/akn/xa/act/2030/5/eng@2032-03-11' })).toEqual({
      asAt: '2032-03-11',
      asAtFrom: 'source',
      sourceUrl: 'https://example.org/akn/xa/act/2030/5/eng@2032-03-11',
    });
    expect(editionOf({ title: 'Cyber Act, 2030', as_at: '2031-01-01' }, null)).toEqual({ asAt: '2031-01-01', asAtFrom: 'manifest' });
  });

  it("takes a Bill's stage and PDF from the parliament's record", () => {
    expect(editionOf({ title: 'Cyber Offences Bill, 2030' }, { pdf_url: 'https://parliament.example/bill.pdf', current_stage: 'The Senate' })).toEqual({
      sourceUrl: 'https://parliament.example/bill.pdf',
      parliamentStage: 'The Senate',
    });
  });

  it('says which provisions are suspended, in the source\'s words', () => {
    const e = editionOf({ title: 'Computer Act, 2030' }, { status: 'partially_suspended', description: 'Cyber law; Sections 12, 13, and 20 suspended by High Court pending review' });
    expect(e.suspended).toBe('Sections 12, 13, and 20 suspended by High Court pending review');
    expect(editionOf({ title: 'X' }, { status: 'partially_suspended' }).suspended).toMatch(/does not say which/);
    expect(editionOf({ title: 'X', suspended: ['s. 4', 's. 9'] }, null).suspended).toBe('s. 4, s. 9');
  });

  it('keeps only web addresses as sources', () => {
    expect(editionOf({ title: 'X', source_url: 'javascript:alert(1)' }, { url: 'file:///etc/passwd' }).sourceUrl).toBeUndefined();
  });
});
