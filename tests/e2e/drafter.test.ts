/**
 * End-to-end, the drafter's desk: compare one article across every statute, the element-by-state table and its
 * exports, diffs that keep structure, reviews with pinpoints and element notes, citations in legal form, the
 * working set. Real server, real Chromium (skipped with a message when /usr/bin/chromium is absent).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { corpusDir } from '../../server/corpus-dir.ts';
import { ensureClientBuilt } from './harness/build-client.ts';
import { chromiumSuite, expectAccessible, launchBrowser, openPage, screenshot } from './harness/browser.ts';
import { coveredCell, fetchMatrix, type MatrixJson } from './harness/matrix.ts';
import { startServer, type RunningServer } from './harness/start-server.ts';

const suite = chromiumSuite('drafter');

interface Summary {
  id: string;
  role?: string;
  kind: string;
}

suite("The drafter's desk (real server, real Chromium)", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let statutes: Summary[];
  let matrix: MatrixJson;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startServer({ corpus: corpusDir() });
    browser = await launchBrowser();
    ({ context, page } = await openPage(browser, pageErrors, { acceptDownloads: true }));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
    const list = (await (await fetch(`${server.baseUrl}/api/instruments`)).json()) as Summary[] | { instruments: Summary[] };
    statutes = (Array.isArray(list) ? list : list.instruments).filter((s) => (s.role ?? 'statute') === 'statute');
    matrix = await fetchMatrix(server.baseUrl);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const accessible = (name: string) => expectAccessible(page, name);

  /** A statute with a provision for the article (a diff and evidence exist). */
  const covered = () => coveredCell(matrix, ['3', '2', '4']);

  it('compares one article across every statute: all chosen at once, the article pinned while states scroll', async () => {
    await page.goto(`${server.baseUrl}/compare?article=3`);
    await page.getByRole('button', { name: `Choose all ${statutes.length}` }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('instruments')?.split(',').length).toBe(statutes.length);
    const columns = page.locator('.compare-column');
    await expect.poll(() => columns.count(), { timeout: 30_000 }).toBe(statutes.length);
    const scroller = page.getByRole('region', { name: new RegExp(`Art\\. 3 in ${statutes.length} statutes`) });
    const pinned = scroller.locator('.compare-template');
    const before = await pinned.boundingBox();
    await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const after = await pinned.boundingBox();
    expect(after!.x).toBeCloseTo(before!.x, 0);
    // The last state's column is reachable by scrolling: nothing is cut off.
    const last = await columns.last().boundingBox();
    const view = await scroller.boundingBox();
    expect(last!.x + last!.width).toBeLessThanOrEqual(view!.x + view!.width + 2);
    await scroller.evaluate((el) => (el.scrollLeft = 0));
    await accessible('compare (all states)');
    await screenshot(page, 'd01-compare-all-states');
  });

  it('shows the element-by-state table with words as evidence, and exports it as CSV and Word', async () => {
    const table = page.getByRole('table', { name: /Elements of Art\. 3 by state/ });
    await table.waitFor();
    expect(await table.locator('thead th').count()).toBe(statutes.length + 1);
    const cells = table.locator('td.el-cell');
    expect(await cells.count()).toBeGreaterThan(statutes.length);
    const texts = await cells.allTextContents();
    expect(texts.every((t) => /present|absent|narrowed|wider|option not used|not assessed|no provision/.test(t))).toBe(true);
    expect(await table.locator('.el-evidence').count()).toBeGreaterThan(0);
    await page.locator('#element-table-heading').scrollIntoViewIfNeeded();
    await screenshot(page, 'd02-element-table');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^elements--art-3--.+\.csv$/);
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download Word (.docx)' }).click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    // Summary lines to paste: "Of non-public transmissions: BB ✓, KE ✗".
    await page.getByRole('button', { name: 'Copy summary lines' }).click();
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip.split('\n').length).toBe(await table.locator('tbody tr').count() - 1);
    expect(clip).toMatch(/^[^:\n]+: [A-Z]{2}[^,\n]* [✓✗◐⊕○–]/);
  });

  it('switches the columns to substance-only differences, which tint fewer words', async () => {
    const tinted = () => page.locator('.compare-column .only-here').evaluateAll((els) => els.map((e) => e.textContent ?? '').join(' ').split(/\s+/).filter(Boolean).length);
    const words = await tinted();
    await page.getByRole('radio', { name: 'Substance only' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBe('substantive');
    await page.getByText(/substance the article does not have/).waitFor({ timeout: 30_000 });
    await page.locator('.compare-column').first().waitFor();
    expect(words).toBeGreaterThan(0);
    expect(await tinted()).toBeLessThan(words);
    await accessible('compare (substance only)');
  });

  it('keeps (1) and (a)-(c) on both sides of the side-by-side diff, in both modes, with a legend instead of "?" marks', async () => {
    const { instrument, article } = covered();
    await page.goto(`${server.baseUrl}/align/${instrument}/${article}`);
    const national = page.getByRole('region', { name: 'National provisions' });
    await national.locator('.diff-blocks').waitFor();
    expect(await national.locator('.diff-block').count()).toBeGreaterThan(0);
    if (corpusDir()) {
      // The Convention prints its paragraphs on lines; the statute its subsections: both stay blocks.
      expect(await page.getByRole('region', { name: 'Template article' }).locator('.diff-block').count()).toBeGreaterThan(0);
    }
    await screenshot(page, 'd03-diff-words');
    await page.getByRole('radiogroup', { name: 'Highlighting' }).getByRole('radio', { name: 'Substantive differences' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBe('substantive');
    await national.getByText(/substance only, clause by clause/).waitFor();
    await national.locator('.diff-blocks').waitFor();
    await accessible('side by side (substantive)');
    await screenshot(page, 'd04-diff-substantive');
    await page.getByRole('radiogroup', { name: 'Highlighting' }).getByRole('radio', { name: 'Elements' }).check();
    await national.getByText(/number in the list of elements/).waitFor();
    expect(await page.locator('.el-ref').allTextContents()).not.toContain('?');
    expect((await page.locator('.el-ref').allTextContents()).join(',')).not.toMatch(/\?/);
    await screenshot(page, 'd05-elements-legend');
  });

  it('compares statute against statute by elements too', async () => {
    const { instrument, article } = covered();
    const other = statutes.find((s) => s.id !== instrument)!;
    await page.goto(`${server.baseUrl}/align/${instrument}/${article}?with=${other.id}&withMode=elements`);
    const table = page.getByRole('table', { name: new RegExp(`Elements of Art\\. ${article}`) });
    await table.waitFor({ timeout: 20_000 });
    expect(await table.locator('thead th').count()).toBe(3);
    await accessible('compare with (elements)');
  });

  it('records a review citing a pinpoint with a note on an element, and shows the reviewed mark in the matrix', async () => {
    const { instrument, article } = covered();
    const provisions = (await (await fetch(`${server.baseUrl}/api/instruments/${instrument}/provisions`)).json()) as Array<{ num: string; unit: string; level: number }> | { provisions: Array<{ num: string; unit: string; level: number }> };
    const list = Array.isArray(provisions) ? provisions : provisions.provisions;
    const unit = matrix.rows.find((r) => r.instrument === instrument)!.cells[article]!.provisions[0]!;
    const pin = list.find((p) => p.unit === unit && p.level === 1)?.num ?? unit;
    const kind = statutes.find((s) => s.id === instrument)!.kind;
    const prefix = kind === 'bill' ? 'cl.' : 's.';
    await page.goto(`${server.baseUrl}/align/${instrument}/${article}`);
    await page.getByLabel('Your name').fill('D. Drafter');
    await page.getByRole('radio', { name: /partial/ }).check();
    await page.getByLabel(/Implementing provisions/).fill(`${prefix} ${pin}`);
    await page.locator('.element-notes summary').click();
    await page.locator('.element-notes textarea').first().fill('Narrower than the Convention: read with the definitions.');
    await page.getByRole('button', { name: 'Save review' }).click();
    await page.getByText('Review saved.').waitFor();
    await expect.poll(() => page.locator('.finding .cite').textContent()).toContain(`${prefix} ${pin}`);
    await page.locator('.reviewer-note', { hasText: 'Narrower than the Convention' }).waitFor();
    await page.goto(`${server.baseUrl}/?focus=${instrument}`);
    const cell = page.locator(`.matrix-row.highlighted [data-article="${article}"]`);
    await cell.waitFor();
    expect(await cell.getAttribute('aria-label')).toMatch(/partial, reviewed/);
    const mark = await cell.evaluate((el) => getComputedStyle(el, '::after').borderRightWidth);
    expect(parseFloat(mark)).toBeGreaterThanOrEqual(12);
  });

  it('shows the closest candidate of a missing finding, with its text', async () => {
    const missing = matrix.rows.flatMap((r) => Object.entries(r.cells).filter(([, c]) => c.status === 'missing').map(([a]) => ({ instrument: r.instrument, article: a })));
    for (const cell of missing.slice(0, 8)) {
      const table = (await (await fetch(`${server.baseUrl}/api/alignments/${cell.instrument}`)).json()) as { articles: Record<string, { closest?: { unit: string }; reviewed?: unknown }> };
      const a = table.articles[cell.article];
      if (!a?.closest || a.reviewed) continue;
      await page.goto(`${server.baseUrl}/align/${cell.instrument}/${cell.article}`);
      const section = page.getByRole('region', { name: /Closest candidate/ });
      await section.waitFor();
      expect(await section.locator('.provision-line').count()).toBeGreaterThan(0);
      await accessible('missing finding with closest candidate');
      await screenshot(page, 'd06-closest-candidate');
      return;
    }
    throw new Error('no missing finding with a closest candidate among the first eight');
  });

  it('copies a citation in legal form, shows the stage and as-at date, and pins the provision to the working set', async () => {
    const bill = statutes.find((s) => s.kind === 'bill') ?? statutes[0]!;
    await page.goto(`${server.baseUrl}/instruments/${bill.id}`);
    await page.locator('.edition-line .stage').waitFor();
    expect(await page.locator('.edition-line').textContent()).toMatch(bill.kind === 'bill' ? /^Bill/ : /Act|edition|Code|Treaty/);
    const contents = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
    await contents.nth(Math.min(2, (await contents.count()) - 1)).click();
    const first = page.locator('.unit-text .provision').first();
    await first.waitFor();
    await first.getByRole('button', { name: /Copy citation/ }).click();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toMatch(bill.kind === 'bill' ? /^.+ \(.+\), cl\. \S+$/ : /^.+, (s\.|Art\.|§|subs\.) ?\S+$/);
    await first.getByRole('button', { name: 'Pin to working set' }).click();
    await accessible('instrument with edition line');
    await screenshot(page, 'd07-instrument-edition');
    await page.getByRole('link', { name: 'Working set', exact: true }).click();
    await page.getByRole('heading', { name: 'Working set', level: 1 }).waitFor();
    await page.getByRole('link', { name: citation }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: citation }).waitFor();
    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
    expect(md.suggestedFilename()).toBe('working-set.md');
    await accessible('working set');
    await screenshot(page, 'd08-working-set');
  });

  it('reports no uncaught script error on any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
