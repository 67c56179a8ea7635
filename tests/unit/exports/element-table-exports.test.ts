import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { ElementTable } from '../../../server/compare/element-table.ts';
import { elementTableCsv } from '../../../server/exports/element-table-csv.ts';
import { elementTableDocx } from '../../../server/exports/element-table-docx.ts';

// A made-up table: two fictional states, one quoting a hostile-looking phrase to check it stays inert.
const table: ElementTable = {
  article: '3',
  title: 'Illegal interception',
  columns: [
    { instrument: 'xa-bill', short: 'XA', title: 'Cyber Offences Bill, 2030', jurisdiction: 'XA', status: 'covered', reviewed: false, cite: 'cl. 8', citation: 'Cyber Offences Bill, 2030 (XA), cl. 8(1)' },
    { instrument: 'xb-act', short: 'XB', title: 'Computer Misuse Act 2029', jurisdiction: 'XB', status: 'partial', reviewed: true, cite: 's. 5', citation: 'Computer Misuse Act 2029 (XB), s. 5' },
  ],
  rows: [
    {
      element: 'non_public',
      label: 'Of non-public transmissions',
      required: true,
      cells: [
        { state: 'present', evidence: [{ quote: 'non-public', cite: 'cl. 8(1)' }] },
        { state: 'wider', evidence: [] },
      ],
      summary: 'Of non-public transmissions: XA ✓, XB ⊕',
    },
    {
      element: 'penalty',
      label: 'Punishable',
      required: true,
      cells: [
        { state: 'present', evidence: [{ quote: '=HYPERLINK("x") <b>liable</b>', cite: 'cl. 8(2)' }] },
        { state: 'absent', evidence: [] },
      ],
      summary: 'Punishable: XA ✓, XB ✗',
    },
  ],
};

describe('element table exports', () => {
  it('writes CSV with a row per element, states in words, quoted evidence and the summary line', () => {
    const csv = elementTableCsv(table);
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Element,Required,"XA: Cyber Offences Bill, 2030",XB: Computer Misuse Act 2029,Summary');
    expect(lines[1]).toBe('Implemented by,,"Cyber Offences Bill, 2030 (XA), cl. 8(1)","Computer Misuse Act 2029 (XB), s. 5",');
    expect(lines[2]).toBe('Status,,covered,partial (reviewed),');
    expect(lines[3]).toBe('Of non-public transmissions,required,✓ present: “non-public” (cl. 8(1)),⊕ wider,"Of non-public transmissions: XA ✓, XB ⊕"');
    expect(lines[4]).toContain('✗ absent');
  });

  it('writes a Word document whose text is the table, the legend and where the findings come from', async () => {
    const docx = await elementTableDocx(table, { template: 'Model Convention', generated: '2030-01-01' });
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const { value } = await mammoth.extractRawText({ buffer: docx });
    expect(value).toContain('Model Convention, Art. 3 Illegal interception: elements by state');
    expect(value).toContain('Cyber Offences Bill, 2030 (XA), cl. 8(1)');
    expect(value).toContain('✓ present');
    expect(value).toContain('“non-public”');
    expect(value).toContain('⊕ wider');
    expect(value).toContain('partial, reviewed');
    expect(value).toContain('<b>liable</b>');
    expect(value).toMatch(/Legend\. .*no provision/s);
  });
});
