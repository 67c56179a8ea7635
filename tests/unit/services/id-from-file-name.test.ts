import { describe, expect, it } from 'vitest';
import { idFromFileName } from '../../../server/services/sources.ts';
import { expansionBudget } from '../../../server/ingest/adapters/zip-expansion.ts';

describe('instrument ids from file names', () => {
  it('keeps Latin names as they always were', () => {
    expect(idFromFileName('xa-computer-misuse-act-2019.md')).toBe('xa-computer-misuse-act-2019');
    expect(idFromFileName('Computer Misuse Act (Cap. 124B).PDF')).toBe('computer-misuse-act-cap.-124b');
  });

  it('spells accented, Cyrillic and Greek letters in Latin', () => {
    expect(idFromFileName('Ley Orgánica 10-1995.md')).toBe('ley-organica-10-1995');
    expect(idFromFileName('Закон о киберпреступности.txt')).toBe('zakon-o-kiberprestupnosti');
    expect(idFromFileName('Νόμος 4411.md')).toBe('nomos-4411');
    expect(idFromFileName('Straße.md')).toBe('strasse');
  });

  it('gives names it cannot spell a hash of their own, never one shared id', () => {
    const ids = ['قانون الجرائم.md', 'قانون العقوبات.md', '网络安全法.md', '个人信息保护法.md'].map(idFromFileName);
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^untitled-[0-9a-f]{8}$/);
    expect(idFromFileName('网络安全法 2016.md')).toMatch(/^2016-[0-9a-f]{8}$/);
    expect(idFromFileName('网络安全法.md')).toBe(idFromFileName('网络安全法.txt'));
  });

  it('never keeps a folder or a dot-name', () => {
    expect(idFromFileName('../../etc/passwd.md')).toBe('passwd');
    expect(idFromFileName('..md')).toMatch(/^untitled-/);
  });
});

describe('the .docx inflation budget', () => {
  it('is the smaller of the limit and a ratio of the file, never under a floor', () => {
    const MB = 1024 * 1024;
    expect(expansionBudget(314 * 1024, 32 * MB, 100)).toBe(314 * 1024 * 100);
    expect(expansionBudget(2 * MB, 32 * MB, 100)).toBe(32 * MB);
    expect(expansionBudget(1000, 32 * MB, 100)).toBe(MB);
  });
});
