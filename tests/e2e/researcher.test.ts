/**
 * End-to-end, the researcher's desk: search as a legal database reads it, errors that blame the right party,
 * uploads that say what happened, and a matrix that keeps your place. The built client against a real
 * `lexalign serve`, in real Chromium; one server and one browser for the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { corpusDir } from '../../server/corpus-dir.ts';
import { ensureClientBuilt } from './harness/build-client.ts';
import { hasChromium, launchBrowser, screenshot, seriousAxeViolations, chromiumPath } from './harness/browser.ts';
import { startServer, type RunningServer } from './harness/start-server.ts';

const suite = hasChromium ? describe : describe.skip;
if (!hasChromium) console.warn(`[skip] e2e: ${chromiumPath} not found; install it with: apt-get install -y chromium`);

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
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true, acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function expectAccessible(name: string, on: Page = page) {
    const violations = await seriousAxeViolations(on);
    expect(violations, `${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  }

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
      await expectAccessible('search');
      await screenshot(page, 'r01-search');
    });

    it('fits a phone: the search page at 390 px has no sideways scroll', async () => {
      const phone = await context.newPage();
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(`${server.baseUrl}/search?q=${encodeURIComponent('unauthorised access')}`);
      await phone.locator('.hit').first().waitFor();
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await expectAccessible('search on a phone', phone);
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
      await expectAccessible('search error');
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
      await page.goto(`${server.baseUrl}/align/${encodeURIComponent(statute.id)}/999`);
      await alert.waitFor();
      expect(await alert.locator('.error-headline strong').textContent()).toBe('Article not found.');
      expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(0);
      expect(await alert.getByRole('link', { name: 'Choose an article in the matrix' }).count()).toBe(1);
      await expectAccessible('unknown article');
    });
  });

  it('raised no script error on any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
