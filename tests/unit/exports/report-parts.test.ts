import { describe, expect, it } from 'vitest';
import { flagWords, isNamedFlag } from '../../../server/exports/flag-words.ts';
import { instrumentNumber, kindAndStage } from '../../../server/exports/report-header.ts';
import { reportMethod } from '../../../server/exports/report-method.ts';
import type { TemplateArticle } from '../../../server/templates/types.ts';


describe('the parts of a memo-ready report', () => {
  it('reads an instrument\'s number from its title as printed, and never invents one', () => {
    expect(instrumentNumber('Computer Misuse Act, 2021 (Act No. 7 of 2021)')).toBe('Act No. 7 of 2021');
    expect(instrumentNumber('Computer Misuse and Cybercrimes Act, 2018 (No. 5 of 2018)')).toBe('No. 5 of 2018');
    expect(instrumentNumber('Cyber and Data Protection Act [Chapter 12:07] (Act 5 of 2021)')).toBe('Act 5 of 2021');
    expect(instrumentNumber('Criminal Law (Codification and Reform) Act [Chapter 9:23], Chapter VIII')).toBe('Chapter 9:23');
    expect(instrumentNumber('Cybercrime Bill, 2024')).toBeNull();
    expect(kindAndStage('bill')).toMatch(/^Bill: .*not law until enacted/);
  });

  it('says divergences in words, never as slugs', () => {
    expect(flagWords('recklessness')).toBe('Recklessness suffices where the Convention requires intent (the national rule is wider)');
    expect(flagWords('def-service-provider', [{ id: 'def_service_provider', label: 'Service provider defined' }])).toBe('Service provider defined: missing or narrowed');
    expect(flagWords('odd-new-flag')).toBe('Odd new flag differs');
    expect(isNamedFlag('recklessness')).toBe(true);
    expect(isNamedFlag('def-service-provider')).toBe(false);
  });

  it('states the method: what was compared, the statuses, what is out of scope and that Art. 15 still matters', () => {
    const articles = ['1', '2', '35'].map((article) => ({ article } as TemplateArticle));
    const m = reportMethod(
      { title: 'Convention on Cybercrime', shortTitle: 'Budapest Convention', articles, outOfScope: [{ articles: '14-15', reason: 'Cross-cutting (flag safeguards).' }, { articles: '23', reason: 'General principles.' }] },
      2,
    );
    expect(m.compared).toMatch(/3 articles of the Convention on Cybercrime .*Arts 1-35, less those out of scope below.*2 instruments of the framework were read together/);
    expect(m.statuses.map((s) => s.status)).toEqual(['covered', 'partial', 'missing']);
    expect(m.outOfScope).toEqual([{ articles: 'Arts 14-15', reason: 'Cross-cutting.' }, { articles: 'Art. 23', reason: 'General principles.' }]);
    expect(m.safeguards).toMatch(/^Art\. 15 .* still matters/);
    expect(m.machine).toMatch(/machine findings/);
    expect(reportMethod({ title: 'T', shortTitle: 'T', articles, outOfScope: [] }, 1).safeguards).toBeNull();
  });
});
