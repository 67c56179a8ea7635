/**
 * End-to-end: the side-by-side view with the principal law as amended beside the template article and the
 * statute (our Ruritanian Records Act and its amending Bill), and, on a revised edition kept as version 2, the
 * reviews made on version 1 with whether each still applies. Real server, real Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ensureClientBuilt } from './harness/build-client.ts';
import { chromiumSuite, expectAccessible, launchBrowser, openPage, screenshot } from './harness/browser.ts';
import { startServer, type RunningServer } from './harness/start-server.ts';
import { consolidateFixtures } from '../fixtures/consolidate/real-ingest-pipeline.ts';

const suite = chromiumSuite('side by side as amended');

async function upload(baseUrl: string, file: string, fields: Record<string, string>): Promise<string> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([readFileSync(join(consolidateFixtures, file))]), file);
  const res = await fetch(`${baseUrl}/api/instruments`, { method: 'POST', body: form });
  if (res.status !== 201) throw new Error(`upload of ${file}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { instrument: { id: string } }).instrument.id;
}

async function review(baseUrl: string, instrument: string, article: string, body: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${baseUrl}/api/reviews/${instrument}/${article}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status !== 200) throw new Error(`review of ${instrument} Art. ${article}: ${res.status} ${await res.text()}`);
}

suite('side by side with the law as amended, and reviews carried to a later version (real server, real Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let act: string;
  let bill: string;
  let v2: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startServer({ corpus: null });
    act = await upload(server.baseUrl, 'records-act-cap-308c.md', { title: 'Records Act, Cap. 308C', jurisdiction: 'XR', year: '2020', kind: 'act' });
    bill = await upload(server.baseUrl, 'records-amendment-bill-2031.md', { title: 'Records (Amendment) Bill, 2031', jurisdiction: 'XR', year: '2031', kind: 'bill' });
    // Reviews on the first text: one cites s. 4, which the revised edition keeps word for word; one cites s. 3(3),
    // whose fine the revised edition raises.
    await review(server.baseUrl, act, '2', { author: 'J. Clarke', status: 'partial', provisions: ['s. 4(2)(a)'], note: 'Entry to premises is not access to a computer system.' });
    await review(server.baseUrl, act, '4', { author: 'J. Clarke', status: 'partial', provisions: ['s. 3(3)'], note: 'A fine of ten dollars is not dissuasive.' });
    v2 = await upload(server.baseUrl, 'records-act-revised-2032.md', { versionOf: act });
    browser = await launchBrowser();
    ({ page } = await openPage(browser, pageErrors, { viewport: { width: 1400, height: 900 } }));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('on the amending Bill, shows what its clause does to the Act, marked, with a working link to the clause', async () => {
    await page.goto(`${server.baseUrl}/align/${bill}/2`);
    await page.waitForSelector('.as-amended-choice select');
    expect(await page.locator('.amended-column').count()).toBe(0);
    await page.selectOption('.as-amended-choice select', `amends:${act}`);
    await page.waitForSelector('.amended-column .unit-block');
    expect(new URL(page.url()).searchParams.get('amends')).toBe(act);
    const column = page.locator('.amended-column');
    expect(await column.locator('h2').textContent()).toBe('Records Act, Cap. 308C as amended by the Records (Amendment) Bill, 2031');
    expect(await column.textContent()).toContain('What cl. 3 does to the Records Act, Cap. 308C:');
    const s5a = column.locator('[aria-label="s. 5A as amended"]');
    expect(await s5a.locator('.change-badge').first().textContent()).toBe('Inserted');
    expect(await s5a.locator('ins').first().textContent()).toMatch(/^A person who, without lawful excuse, gains access to an electronic/);
    // What could not be applied, and why, never guessed.
    const failed = column.locator('.not-applied');
    expect(await failed.first().textContent()).toContain('s. 4 has no subsection (5)');
    expect(await failed.last().textContent()).toMatch(/The Evidence Act, Cap\. 121, amended by [^:]+: target not in the library/);
    await screenshot(page, 'amended-side-by-side-01-bill');
    await expectAccessible(page, 'side by side, Bill, as amended');
    // The change's note links to the clause that makes it; the keyboard reaches it and Enter follows it.
    const note = s5a.locator('.change-note').first();
    expect(await note.textContent()).toBe('inserted by cl. 3 of the Records (Amendment) Bill, 2031');
    await note.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/instruments/${bill}` && url.searchParams.get('p') === 'sec_3');
    await page.waitForSelector('[data-eid="sec_3"]');
    expect(pageErrors).toEqual([]);
  });

  it('on the principal Act, a deep link opens the column: the sections the Bill changes and the amendment that failed', async () => {
    await page.goto(`${server.baseUrl}/align/${act}/2?amendedBy=${bill}`);
    await page.waitForSelector('.amended-column .other-changes');
    const column = page.locator('.amended-column');
    const summaries = await column.locator('.other-changes summary').allTextContents();
    expect(summaries).toContain('s. 5A Unauthorised access to electronic records: inserted by cl. 3 of the Records (Amendment) Bill, 2031');
    expect(summaries).toContain('s. 6 Fees: repealed by cl. 5 of the Records (Amendment) Bill, 2031');
    await column.locator('.other-changes summary', { hasText: 's. 3 Duty to keep records' }).click();
    const s3 = column.locator('[aria-label="s. 3 as amended"]');
    expect(await s3.locator('[data-eid="part_2__sec_3__subsec_3"] del').textContent()).toBe('ten dollars');
    expect(await s3.locator('[data-eid="part_2__sec_3__subsec_3"] ins').textContent()).toBe('five thousand dollars');
    expect(await s3.locator('[data-eid="part_2__sec_3__subsec_3"] .change-note').getAttribute('href')).toBe(`/instruments/${bill}?p=sec_2__para_c`);
    expect(await column.locator('.not-applied').textContent()).toContain('s. 4 has no subsection (5)');
    await screenshot(page, 'amended-side-by-side-02-act');
    await expectAccessible(page, 'side by side, Act, as amended');
    expect(pageErrors).toEqual([]);
  });

  it('on version 2, shows the reviews of version 1: still applies where the text is the same, changed where it is not', async () => {
    await page.goto(`${server.baseUrl}/align/${v2}/2`);
    const carried = page.locator('.carried-reviews');
    await carried.waitFor();
    expect(await carried.locator('.carried-badge').allTextContents()).toEqual(['Still applies: text unchanged']);
    expect(await carried.textContent()).toContain('Made on version 1 (Records Act, Cap. 308C');
    expect(await carried.textContent()).toContain('s. 4: same words');
    // Unchanged text is not the whole story: the revised edition's new s. 6 is what the machine finds now.
    expect(await carried.textContent()).toContain('In this version the machine also finds s. 6, which this review does not cite.');
    await screenshot(page, 'amended-side-by-side-03-review-still-applies');

    await page.goto(`${server.baseUrl}/align/${v2}/4`);
    await carried.waitFor();
    expect(await carried.locator('.carried-badge').allTextContents()).toEqual(['Text changed since this review']);
    expect(await carried.textContent()).toContain('“A fine of ten dollars is not dissuasive.”');
    expect(await carried.textContent()).toContain('s. 3 has other words now');
    // A line under the finding says so, and takes the reader to the review.
    expect(await page.textContent('.carried-notice')).toContain('One review of an earlier version: the latest, on version 1, set it to partial; the text it cites has changed since.');
    await page.click('.carried-notice button');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('carried-reviews');
    // The version 2 cell has no review of its own: the old one was not copied.
    expect(await page.locator('.review-panel > p.empty').textContent()).toBe("No review yet: the finding shown is the machine's.");
    await screenshot(page, 'amended-side-by-side-04-review-text-changed');
    await expectAccessible(page, 'side by side, version 2, carried reviews');
    await carried.getByRole('link', { name: 'What changed between version 1 and this one' }).click();
    await page.waitForSelector('.version-compare .unit-change');
    expect(new URL(page.url()).searchParams.get('from')).toBe(act);
    expect(await page.locator('.unit-changed', { hasText: 's. 3 Duty to keep records' }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
