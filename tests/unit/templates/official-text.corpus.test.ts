import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeWithCorpus } from '../../helpers/corpus.ts';
import { listProfiles, loadProfile, loadTemplate, splitTreatyArticles } from '../../../server/templates/index.ts';

describeWithCorpus('templates joined with the official text of the real corpus', (corpus) => {
  for (const profilePath of listProfiles()) {
    const name = profilePath.split('/').pop();

    it(`${name}: every profile article gets its official text`, async () => {
      const t = await loadTemplate(profilePath, corpus);
      const lacking = t.articles.filter((a) => a.textSource !== 'official').map((a) => a.number);
      expect(lacking).toEqual([]);
      expect(t.textSource).toBe('official');
      for (const a of t.articles) expect(a.text.length, `article ${a.number}`).toBeGreaterThan(100);
    });

    it(`${name}: profile titles are the official article titles`, () => {
      const profile = loadProfile(profilePath);
      const official = splitTreatyArticles(readFileSync(join(corpus, profile.sourceFile!), 'utf8'));
      for (const a of profile.articles) expect(a.title, `article ${a.article}`).toBe(official.get(a.article)?.title);
    });
  }
});
