/**
 * End-to-end, the researcher's desk: search as a legal database reads it, errors that blame the right party,
 * uploads that say what happened, and a matrix that keeps your place. The built client against a real
 * `lexalign serve`, in real Chromium; one server and one browser for the file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { corpusDir } from '../../server/corpus-dir.ts';
import { ensureClientBuilt } from './harness/build-client.ts';
import { chromiumSuite, expectAccessible, launchBrowser, openPage, screenshot } from './harness/browser.ts';
import { startServer, type RunningServer } from './harness/start-server.ts';
import { examplia } from './fixtures.ts';

const suite = chromiumSuite('researcher');

suite('the researcher\'s desk (real server, real Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startServer({ corpus: corpusDir() });
    browser = await launchBrowser();
    ({ context, page } = await openPage(browser, pageErrors, { acceptDownloads: true }));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const accessible = (name: string, on: Page = page) => expectAccessible(on, name);

  const status = (on: Page = page) => on.locator('.search-results [role="status"]').textContent();

  describe('search', () => {
    it('gives one hit per section by default, subsections on request', async () => {
      await page.goto(`${server.baseUrl}/search?q=interception`);
      await page.locator('.hit').first().waitFor();
      expect(await status()).toMatch(/^\d+ sections? found/);
      const sections = Number((await status())!.match(/^(\d+)/)![1]);
      const hits = await page.locator('.hit-title a').allTextContents();
      // One hit per section: no two hits cite the same statute and section.
      const sectionOf = (t: string) => t.replace(/(\d+[A-Z]?)(\([^)]*\))+/g, '$1');
      expect(new Set(hits.map(sectionOf)).size).toBe(hits.length);
      await page.getByLabel('Show subsections and paragraphs as separate results').check();
      await expect.poll(() => new URL(page.url()).searchParams.get('sub')).toBe('1');
      await expect.poll(async () => (await status()) ?? '').toMatch(/provisions? found/);
      const provisions = Number((await status())!.match(/^(\d+)/)![1]);
      expect(provisions).toBeGreaterThan(sections);
      await page.goBack();
      await expect.poll(async () => (await status()) ?? '').toMatch(/sections? found/);
    });

    it('requires all the words by default, any of them on request, and reads OR, NOT and title:', async () => {
      const total = async (q: string, extra = '') => {
        await page.goto(`${server.baseUrl}/search?q=${encodeURIComponent(q)}${extra}`);
        await page.locator('.search-results [role="status"]').waitFor();
        return Number(((await status()) ?? '').match(/^(\d+)/)?.[1] ?? 0);
      };
      const all = await total('interception computer');
      await page.getByLabel('any of these words').check();
      await expect.poll(() => new URL(page.url()).searchParams.get('match')).toBe('any');
      await expect.poll(async () => Number(((await status()) ?? '').match(/^(\d+)/)?.[1] ?? 0)).toBeGreaterThan(all);
      const either = await total('interception OR wiretapping');
      expect(either).toBeGreaterThanOrEqual(await total('interception'));
      expect(await total('interception NOT computer')).toBeLessThan(await total('interception'));
      // title: keeps the statutes whose title has the word.
      await total('offence title:bill');
      const statutes = await page.locator('.hit-title a').allTextContents();
      expect(statutes.length).toBeGreaterThan(0);
      for (const s of statutes) expect(s).toMatch(/bill/i);
    });

    it('exports the results as CSV and trims the Part facet to its most frequent headings', async () => {
      await page.goto(`${server.baseUrl}/search?q=computer`);
      await page.locator('.hit').first().waitFor();
      const part = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Part (by heading)' }) });
      const shown = await part.locator('label.checkbox').count();
      expect(shown).toBeLessThanOrEqual(8);
      const more = part.getByRole('button', { name: /^Show all \d+$/ });
      if (await more.count()) {
        const all = Number((await more.textContent())!.match(/\d+/)![0]);
        await more.click();
        expect(await part.locator('label.checkbox').count()).toBe(all);
      }
      // Grouped by heading: no Part number in the labels.
      for (const label of await part.locator('.facet-label').allTextContents()) expect(label).not.toMatch(/^(Part|Chapter)\s+[IVXLC\d]+\b/);

      const link = page.getByRole('link', { name: /Export results \(CSV/ });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe('search-results.csv');
      const csv = await (await fetch(`${server.baseUrl}${await link.getAttribute('href')}`)).text();
      const rows = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      expect(rows[0]).toMatch(/^Rank,Jurisdiction,Instrument,Citation,Heading/);
      const found = Number(((await status()) ?? '').match(/^(\d+)/)![1]);
      expect(rows.length - 1).toBe(Math.min(found, 1000));
      await accessible('search');
      await screenshot(page, 'r01-search');
    });

    it('fits a phone: the search page at 390 px has no sideways scroll', async () => {
      const phone = await context.newPage();
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(`${server.baseUrl}/search?q=${encodeURIComponent('unauthorised access')}`);
      await phone.locator('.hit').first().waitFor();
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await accessible('search on a phone', phone);
      await screenshot(phone, 'r02-search-phone');
      await phone.close();
    });
  });

  describe('errors that blame the right party', () => {
    it('a bad query: "Query not understood", the fix, no "Try again", the code in the details', async () => {
      await page.goto(`${server.baseUrl}/search?q=${encodeURIComponent('access "without right')}`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.locator('.error-headline strong').textContent()).toBe('Query not understood.');
      expect(await alert.locator('.error-headline').textContent()).toMatch(/Unclosed quote: the phrase starting at “"without right”/);
      expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(0);
      expect(await alert.locator('.error-headline').textContent()).not.toMatch(/LEXALIGN_ERR/);
      expect(await alert.locator('.error-detail').textContent()).toMatch(/LEXALIGN_ERR_BAD_QUERY \(HTTP 400\)/);
      await accessible('search error');
      await screenshot(page, 'r03-search-error');
      await alert.getByRole('link', { name: 'access "without right"' }).click();
      await page.locator('.search-results [role="status"]').waitFor();
      expect(await page.locator('#search-q').inputValue()).toBe('access "without right"');
    });

    it('an unknown statute or article in a link says so and where to go, without "Try again"', async () => {
      await page.goto(`${server.baseUrl}/instruments/no-such-statute-2099`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.locator('.error-headline strong').textContent()).toBe('Statute not found.');
      expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(0);
      expect(await alert.getByRole('link', { name: 'See the statutes in the library' }).count()).toBe(1);

      const list = (await (await fetch(`${server.baseUrl}/api/instruments`)).json()) as Array<{ id: string; role: string }> | { instruments: Array<{ id: string; role: string }> };
      const statute = (Array.isArray(list) ? list : list.instruments).find((i) => i.role === 'statute')!;
      // A provision the statute does not have: said, without an eId.
      await page.goto(`${server.baseUrl}/instruments/${encodeURIComponent(statute.id)}?p=sec_999__subsec_9`);
      const notice = page.locator('.request-notice');
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/^The link names a provision this statute does not have/);
      expect(await notice.textContent()).not.toMatch(/sec_999/);
      await page.goto(`${server.baseUrl}/align/${encodeURIComponent(statute.id)}/999`);
      await alert.waitFor();
      expect(await alert.locator('.error-headline strong').textContent()).toBe('Article not found.');
      expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(0);
      expect(await alert.getByRole('link', { name: 'Choose an article in the matrix' }).count()).toBe(1);
      await accessible('unknown article');
    });
  });

  describe('uploads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexalign-researcher-'));
    const file = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };
    const refusal = () => page.locator('.refusal').textContent();

    it('names a refused file type and a file over the limit before sending anything', async () => {
      await page.goto(`${server.baseUrl}/upload`);
      await page.getByRole('heading', { name: 'Upload a statute' }).waitFor();
      const sent: string[] = [];
      page.on('request', (r) => {
        if (r.method() === 'POST') sent.push(r.url());
      });
      await page.locator('input[type="file"]').setInputFiles(file('dump.bin', 'binary stuff'));
      expect(await refusal()).toMatch(/^Files of type \.bin are not supported\./);
      await page.getByRole('button', { name: 'Upload and analyse' }).click();
      expect(await refusal()).toMatch(/^Files of type \.bin are not supported\./);
      await page.locator('input[type="file"]').setInputFiles({ name: 'huge-act.txt', mimeType: 'text/plain', buffer: Buffer.alloc(21 * 1024 * 1024, 'a') });
      expect(await refusal()).toMatch(/is 21 MB; the limit for an upload is 20 MB/);
      expect(sent).toEqual([]);
      await accessible('upload refused');
    });

    it('uploads a Bill, tells it from an Act, and shows its notes grouped and cited', async () => {
      const bill = examplia.text
        .replace('# Examplia Computer Misuse Act, 2031', '# EXAMPLIA COMPUTER MISUSE BILL, 2031\n\nA BILL ENTITLED\n\nAn Act to make provision for computer misuse.')
        .replace('**5. Interference with data**', '**4. Interference with data**');
      await page.goto(`${server.baseUrl}/upload`);
      await page.locator('input[type="file"]').setInputFiles(file('xa-computer-misuse-2031.md', bill));
      await page.getByRole('button', { name: 'Upload and analyse' }).click();
      const done = page.locator('.upload-done');
      await done.waitFor({ timeout: 60_000 });
      expect(await done.locator('> h2').textContent()).toBe('“Examplia Computer Misuse Bill, 2031” was added');
      expect(await done.locator('.read-as').textContent()).toMatch(/^Read as a Bill\b.*Guessed from the text: title, kind\./);
      await accessible('upload done');
      await screenshot(page, 'r04-upload-bill');
      const list = (await (await fetch(`${server.baseUrl}/api/instruments/xa-computer-misuse-2031`)).json()) as { instrument: { kind: string } };
      expect(list.instrument.kind).toBe('bill');
    });

    it('reports the same text as a duplicate with a link, and a name clash offers a new id', async () => {
      const act = examplia.text.replace('2031', '2033');
      await page.goto(`${server.baseUrl}/upload`);
      await page.locator('input[type="file"]').setInputFiles(file('xa-examplia-act-2033.md', act));
      await page.getByRole('button', { name: 'Upload and analyse' }).click();
      await page.locator('.upload-done').waitFor({ timeout: 60_000 });

      // The same bytes under another name.
      await page.goto(`${server.baseUrl}/upload`);
      await page.locator('input[type="file"]').setInputFiles(file('another-name.md', act));
      await page.getByRole('button', { name: 'Upload and analyse' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.locator('.error-headline strong').textContent()).toBe('Already in the library.');
      expect(await alert.getByRole('link', { name: 'Open the statute already in the library' }).getAttribute('href')).toBe('/instruments/xa-examplia-act-2033');
      expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(0);

      // Another text under the same name: a new id, one click away.
      await page.goto(`${server.baseUrl}/upload`);
      await page.locator('input[type="file"]').setInputFiles(file('xa-examplia-act-2033.md', act.replace('five years', 'six years')));
      await page.getByRole('button', { name: 'Upload and analyse' }).click();
      await alert.waitFor();
      expect(await alert.locator('.error-headline strong').textContent()).toBe('Name already taken.');
      expect(await alert.getByLabel('New id').inputValue()).toBe('xa-examplia-act-2033-2');
      await accessible('upload name clash');
      await screenshot(page, 'r05-upload-name-clash');
      await alert.getByRole('button', { name: 'Upload under a new id' }).click();
      await page.locator('.upload-done').waitFor({ timeout: 60_000 });
      expect((await fetch(`${server.baseUrl}/api/instruments/xa-examplia-act-2033-2`)).status).toBe(200);
    });
  });

  it('shows a statute\'s ingestion notes grouped, counted and cited, never as a wall of lines', async () => {
    const list = (await (await fetch(`${server.baseUrl}/api/instruments`)).json()) as { instruments: Array<{ id: string; kind: string }> };
    const bill = list.instruments.find((i) => i.kind === 'bill');
    expect(bill, 'the corpus has a Bill').toBeDefined();
    const report = (await (await fetch(`${server.baseUrl}/api/instruments/${bill!.id}`)).json()) as { instrument: { report: { warnings: unknown[] } } };
    await page.goto(`${server.baseUrl}/instruments/${encodeURIComponent(bill!.id)}?tab=report`);
    const groups = page.locator('.warning-group');
    await groups.first().waitFor();
    const text = (await page.locator('.warning-groups').textContent()) ?? '';
    expect(text).not.toMatch(/\bsec_\d|__|LEXALIGN_/);
    // Every warning is counted in a group; no more than five lines per group are shown before asking.
    const counts = await groups.locator('summary .count').allTextContents();
    const listed = counts.reduce((n, c) => n + Number(c.replace(/\D/g, '')), 0);
    expect(Number((await page.locator('.notes-count').textContent())!.replace(/\D/g, ''))).toBe(listed);
    // A provision numbered three times is one line ("appears three times"), not two.
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThanOrEqual(report.instrument.report.warnings.length);
    for (const g of await groups.all()) {
      if (!(await g.evaluate((el) => (el as HTMLDetailsElement).open))) await g.locator('summary').click();
      expect(await g.locator('li').count()).toBeLessThanOrEqual(5);
    }
    // In a Bill, provisions are clauses, and each links to the provision.
    const links = page.locator('.warning-group li a');
    if (await links.count()) {
      expect(await links.first().textContent()).toMatch(/^cl\. \d/);
      expect(await links.first().getAttribute('href')).toMatch(new RegExp(`^/instruments/${bill!.id}\\?(p|unit)=`));
    }
    await accessible('ingestion notes');
    await screenshot(page, 'r08-ingestion-notes');
  });

  describe('the matrix keeps your place', () => {
    it('Back from a cell returns to that cell, focused and in view', async () => {
      await page.setViewportSize({ width: 1000, height: 700 });
      await page.goto(`${server.baseUrl}/`);
      const grid = page.getByRole('grid', { name: /Harmonisation matrix/ });
      await grid.waitFor();
      // A cell far from the top-left corner: scroll the grid, then open a cell in full view (below the sticky
      // header, above the totals row), so that the click itself does not scroll.
      const scroller = page.locator('.matrix-scroller');
      await scroller.evaluate((el) => el.scrollBy(400, 200));
      const pos = await page.evaluate(() => {
        const box = document.querySelector('.matrix-scroller')!.getBoundingClientRect();
        const head = document.querySelector('.matrix-head')!.getBoundingClientRect().bottom;
        const foot = document.querySelector('.matrix-foot')!.getBoundingClientRect().top;
        const name = document.querySelector('.matrix-body .name-cell')!.getBoundingClientRect().right;
        const inView = [...document.querySelectorAll('.matrix-body [role="gridcell"][data-article]')].filter((c) => {
          const r = c.getBoundingClientRect();
          return r.top >= head && r.bottom <= foot && r.left >= name && r.right <= box.right;
        });
        return inView[Math.floor(inView.length / 2)]!.getAttribute('data-pos');
      });
      const cell = page.locator(`[data-pos="${pos}"]`);
      const before = await scroller.evaluate((el) => ({ top: el.scrollTop, left: el.scrollLeft }));
      await cell.click();
      await page.waitForURL(/\/align\//);
      await page.locator('h1, [role="alert"]').first().waitFor();
      await page.goBack();
      await grid.waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-pos') ?? '')).toBe(pos);
      const after = await scroller.evaluate((el) => ({ top: el.scrollTop, left: el.scrollLeft }));
      expect(Math.abs(after.top - before.top)).toBeLessThanOrEqual(2);
      expect(Math.abs(after.left - before.left)).toBeLessThanOrEqual(2);
      // The focused cell is inside the visible part of the grid.
      const seen = await page.evaluate(() => {
        const c = document.activeElement!.getBoundingClientRect();
        const s = document.querySelector('.matrix-scroller')!.getBoundingClientRect();
        return c.top >= s.top && c.bottom <= s.bottom && c.left >= s.left && c.right <= s.right;
      });
      expect(seen).toBe(true);
      await page.setViewportSize({ width: 1440, height: 900 });
    });

    it('fits a 390 px phone, and prints with the totals row after the last statute', async () => {
      const phone = await context.newPage();
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(`${server.baseUrl}/`);
      await phone.getByRole('grid', { name: /Harmonisation matrix/ }).waitFor();
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await accessible('matrix on a phone', phone);
      await screenshot(phone, 'r06-matrix-phone');
      await phone.close();

      await page.goto(`${server.baseUrl}/`);
      await page.locator('.matrix-body [role="row"]').first().waitFor();
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const layout = await page.evaluate(() => {
        const rows = [...document.querySelectorAll('.matrix-body [role="row"]')].map((r) => r.getBoundingClientRect().bottom);
        const foot = document.querySelector('.matrix-foot')!;
        return { rows: rows.length, lastRow: rows.reduce((a, b) => Math.max(a, b), 0), footTop: foot.getBoundingClientRect().top, position: getComputedStyle(foot).position };
      });
      const matrix = (await (await fetch(`${server.baseUrl}/api/matrix`)).json()) as { rows: unknown[] };
      expect(layout.rows).toBe(matrix.rows.length);
      expect(layout.position).toBe('static');
      expect(layout.footTop).toBeGreaterThanOrEqual(layout.lastRow - 1);
      await screenshot(page, 'r07-matrix-print');
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.emulateMedia({ media: 'screen' });
    });
  });

  it('raised no script error on any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
