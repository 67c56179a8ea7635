/**
 * End-to-end: a principal Act and its amending Bill (our Ruritanian fixtures) uploaded to a real server; the Act's
 * "As amended" tab shows the text with each change marked and cited, and its "Versions" tab takes a revised edition
 * and compares it with the first text. Real Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ensureClientBuilt } from './harness/build-client.ts';
import { chromiumSuite, launchBrowser, openPage, screenshot, seriousAxeViolations } from './harness/browser.ts';
import { startServer, type RunningServer } from './harness/start-server.ts';
import { consolidateFixtures } from '../fixtures/consolidate/real-ingest-pipeline.ts';

const suite = chromiumSuite('as-amended');

async function upload(baseUrl: string, file: string, fields: Record<string, string>): Promise<{ instrument: { id: string } }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([readFileSync(join(consolidateFixtures, file))]), file);
  const res = await fetch(`${baseUrl}/api/instruments`, { method: 'POST', body: form });
  if (res.status !== 201) throw new Error(`upload of ${file}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { instrument: { id: string } };
}

suite('as amended and versions (real server, real Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let act: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureClientBuilt();
    // The project's samples only: these tests need our two fixtures, not the corpus.
    server = await startServer({ corpus: null });
    act = (await upload(server.baseUrl, 'records-act-cap-308c.md', { title: 'Records Act, Cap. 308C', jurisdiction: 'XR', year: '2020', kind: 'act' })).instrument.id;
    await upload(server.baseUrl, 'records-amendment-bill-2031.md', { title: 'Records (Amendment) Bill, 2031', jurisdiction: 'XR', year: '2031', kind: 'bill' });
    browser = await launchBrowser();
    ({ page } = await openPage(browser, pageErrors, { viewport: { width: 1280, height: 900 } }));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the Act as the Bill would leave it, each change marked and cited', async () => {
    await page.goto(`${server.baseUrl}/instruments/${act}?tab=amended`);
    await page.waitForSelector('.consolidated');
    const summary = await page.textContent('.as-amended-summary');
    expect(summary).toContain('7 of 8 amendments to this law applied; 1 could not be applied');
    // Inserted sections, with the clause that inserts them.
    const s5a = page.locator('section[aria-label="s. 5A"]');
    await expect.poll(() => s5a.locator('.change-badge').first().textContent()).toBe('Inserted');
    expect(await s5a.locator('.change-note').first().textContent()).toBe('inserted by cl. 3 of the Records (Amendment) Bill, 2031');
    expect(await s5a.locator('ins').first().textContent()).toMatch(/^A person who, without lawful excuse, gains access/);
    // Words amended: struck out and put in.
    const s3 = page.locator('[data-eid="part_2__sec_3__subsec_3"]');
    expect(await s3.locator('del').textContent()).toBe('ten dollars');
    expect(await s3.locator('ins').textContent()).toBe('five thousand dollars');
    // A substituted subsection keeps its old text one click away; a repealed section shows its old text struck out.
    expect(await page.locator('[data-eid="part_2__sec_3__subsec_2"] .change-badge').textContent()).toBe('Substituted');
    expect(await page.locator('[data-eid="part_2__sec_6"] .repealed-text del').textContent()).toBe('A keeper shall pay the fee the Minister prescribes for each inspection.');
    // The amendment that could not be applied is listed with its reason, as is the one for another Act.
    const failed = page.locator('tr.outcome-not-applied');
    expect(await failed.textContent()).toContain('s. 4 has no subsection (5)');
    expect(await page.locator('tr.outcome-other-instrument').textContent()).toContain('Evidence Act, Cap. 121');
    // The citation links to the amending clause.
    expect(await s5a.locator('.change-note').first().getAttribute('href')).toBe('/instruments/records-amendment-bill-2031?p=sec_3');
    await screenshot(page, 'as-amended-01-records-act');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('takes a revised edition as a new version and compares it with the first text', async () => {
    await page.goto(`${server.baseUrl}/instruments/${act}?tab=versions`);
    await page.waitForSelector('.new-version');
    await page.setInputFiles('.new-version input[type=file]', join(consolidateFixtures, 'records-act-revised-2032.md'));
    await page.click('.new-version button[type=submit]');
    await page.waitForSelector('.version-compare .unit-change');
    expect(await page.textContent('.version-compare .as-amended-summary')).toContain('2 changed, 2 renumbered, 1 added, 1 removed');
    const renumbered = page.locator('.unit-renumbered').first();
    expect(await renumbered.locator('h3').textContent()).toContain('s. 6 → s. 7 Fees');
    expect(await page.locator('.unit-changed del').first().textContent()).toBeTruthy();
    await screenshot(page, 'as-amended-02-versions');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
