import { describe, expect, it } from 'vitest';
import { fileProblem, formatBytes, suggestNewId, validNewId } from '../../../client/src/views/upload/upload-checks.ts';

describe('upload checks before sending', () => {
  it('names a refused file type', () => {
    expect(fileProblem({ name: 'dump.bin', size: 10 })).toMatch(/^Files of type \.bin are not supported\. Upload a statute as \.md, \.txt, \.html, \.json, \.pdf, \.docx\.$/);
    expect(fileProblem({ name: 'README', size: 10 })).toMatch(/has no file type/);
    expect(fileProblem({ name: 'act.PDF', size: 10 })).toBeNull();
  });

  it('checks the size against the server\'s limit and gives the limit', () => {
    const limit = 20 * 1024 * 1024;
    expect(fileProblem({ name: 'act.pdf', size: limit + 1 }, limit)).toMatch(/is 20\.0 MB; the limit for an upload is 20 MB\./);
    expect(fileProblem({ name: 'act.pdf', size: 31 * 1024 * 1024 }, limit)).toMatch(/is 31 MB; the limit for an upload is 20 MB/);
    expect(fileProblem({ name: 'act.pdf', size: limit }, limit)).toBeNull();
    expect(fileProblem({ name: 'act.md', size: 0 }, limit)).toMatch(/is empty/);
    expect(formatBytes(850 * 1024)).toBe('850 KB');
  });

  it('suggests a free id beside a taken one, and accepts only ids the server would keep as typed', () => {
    const taken = new Set(['ke-act-2018', 'ke-act-2018-2']);
    expect(suggestNewId('ke-act-2018', (id) => taken.has(id))).toBe('ke-act-2018-3');
    expect(validNewId('ke-act-2018-3')).toBe(true);
    expect(validNewId('Ke Act')).toBe(false);
    expect(validNewId('ke-act-')).toBe(false);
  });
});
