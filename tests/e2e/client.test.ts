/**
 * End-to-end: the built client against a real `lexalign serve` process, driven in real Chromium.
 * One server and one browser for the whole file (start-up ingests and aligns the corpus once).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { corpusDir } from '../../server/corpus-dir.ts';
import { ensureClientBuilt } from './harness/build-client.ts';
import { launchBrowser, screenshot, chromiumSuite, expectAccessible } from './harness/browser.ts';
import { coveredCell, fetchMatrix, rowId, type MatrixJson } from './harness/matrix.ts';
import { startServer, type RunningServer } from './harness/start-server.ts';
import { examplia, hostile } from './fixtures.ts';
import { maxOf } from '../../server/large-arrays.ts';

const suite = chromiumSuite('client');


/** Marks the matrix view sets: data arrived, grid committed to the DOM (handlers live), first frame after it. */
async function matrixTiming(page: Page): Promise<{ commit: number; paint: number }> {
  await page.waitForFunction(() => performance.getEntriesByName('lexalign:matrix-painted').length > 0);
  return page.evaluate(() => {
    const data = performance.getEntriesByName('lexalign:matrix-data')[0]!.startTime;
    const ready = performance.getEntriesByName('lexalign:matrix-ready')[0]!.startTime;
    const painted = performance.getEntriesByName('lexalign:matrix-painted')[0]!.startTime;
    return { commit: ready - data, paint: painted - data };
  });
}

suite('LexAlign client (real server, real Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let matrix: MatrixJson;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startServer({ corpus: corpusDir() });
    browser = await launchBrowser();
    // bypassCSP lets the test inject axe-core; it also means the XSS test below gets no help from the server's CSP:
    // the client alone must keep statute text inert.
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    matrix = await fetchMatrix(server.baseUrl);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const accessible = (name: string) => expectAccessible(page, name);

  /** A statute and an article whose cell has implementing provisions (so a diff and evidence exist). */
  const covered = () => coveredCell(matrix, ['2', '3', '4', '5']);

  it('shows the matrix with statuses in words and shapes, totals and scores, fast', async () => {
    await page.goto(`${server.baseUrl}/`);
    const grid = page.getByRole('grid', { name: /Harmonisation matrix/ });
    await grid.waitFor();
    const rows = await grid.locator('.matrix-body [role="row"]').count();
    expect(rows).toBe(Math.min(matrix.rows.length, rows));
    expect(rows).toBeGreaterThanOrEqual(Math.min(matrix.rows.length, 10));
    await expect.poll(() => page.locator('[role="columnheader"]', { hasText: 'Art. 2 Illegal access' }).count()).toBe(1);
    // Every cell says its status in words (accessible name) and shows a shape.
    const firstCell = grid.locator('[role="gridcell"][data-article="2"]').first();
    expect(await firstCell.getAttribute('aria-label')).toMatch(/^Art\. 2 Illegal access: (covered|partial|missing)/);
    const shape = await firstCell.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(['"✓"', '"◐"', '"✕"']).toContain(shape);
    await expect.poll(() => page.getByText('No provision of the statute implements the article.').count()).toBe(1);
    // The score with reservations, the one without below it, and both in words for screen readers.
    const score = await grid.locator('.matrix-body .score-cell [aria-hidden="true"]').first().textContent();
    expect(score).toMatch(/^(\d{1,3}%|n\/a){2}$/);

    const first = await matrixTiming(page);
    console.info(`[perf] matrix ${rows} rows, first load: data→interactive ${first.commit.toFixed(1)} ms, data→first paint ${first.paint.toFixed(1)} ms`);

    await accessible('matrix');
    await screenshot(page, '01-matrix');
  });

  it('makes the matrix interactive within 300 ms of its data arriving', async () => {
    // Wall-clock data→interactive from performance.now() marks, best of three in-app navigations: on a shared
    // 2-core box a single run measures the neighbours' load as much as our rendering. The renderer's main-thread CPU
    // time (CDP ThreadTime) from the click to the first painted frame is reported too; it is a superset of the
    // data→interactive work (it also includes loading the view's chunk, the fetch and parsing the JSON).
    const runs: Array<{ commit: number; paint: number; cpu: number }> = [];
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const threadTime = async () =>
      ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
    for (let i = 0; i < 3; i += 1) {
      await page.goto(`${server.baseUrl}/upload`);
      await page.getByRole('heading', { name: 'Upload a statute' }).waitFor();
      const before = await threadTime();
      await page.getByRole('link', { name: 'Matrix', exact: true }).click();
      const timing = await matrixTiming(page);
      runs.push({ ...timing, cpu: (await threadTime()) - before });
    }
    await cdp.detach();
    const best = -maxOf(runs.map((r) => -r.commit));
    console.info(
      `[perf] matrix ${matrix.rows.length} rows: data→interactive ${runs.map((r) => r.commit.toFixed(0)).join(', ')} ms; ` +
        `data→paint ${runs.map((r) => r.paint.toFixed(0)).join(', ')} ms; main-thread CPU navigation→paint ${runs.map((r) => r.cpu.toFixed(0)).join(', ')} ms`,
    );
    expect(best).toBeLessThan(300);
  });

  it('moves between cells with the arrow keys and opens one with Enter', async () => {
    await page.goto(`${server.baseUrl}/`);
    const first = page.locator('[data-pos="0:0"]');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-pos'))).toBe('1:2');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-pos'))).toBe('1:1');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/align\/[^/]+\/\d+/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goBack();
    await page.getByRole('grid').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('opens a cell: template beside the statute, word diff, element checklist, confidence and why', async () => {
    const { instrument, article } = covered();
    // Open it the way a user does: the matrix scrolled to the statute's row, then a click on the cell.
    await page.goto(`${server.baseUrl}/?focus=${instrument}`);
    await page.locator(`.matrix-row.highlighted [data-article="${article}"]`).click();
    await page.waitForURL(new RegExp(`/align/${instrument}/${article}`));
    await page.getByRole('heading', { level: 1, name: new RegExp(`Art\\. ${article}`) }).waitFor();
    const template = page.getByRole('region', { name: 'Template article' });
    const national = page.getByRole('region', { name: 'National provisions' });
    expect(await national.locator('h3').count()).toBeGreaterThan(0);
    if (corpusDir()) {
      // With the corpus: the Convention's own words, and the diff tints on each side the words the other text lacks.
      await template.locator('.diff-text').waitFor();
      expect((await template.textContent())!.length).toBeGreaterThan(100);
      const marked = (await template.locator('.only-here').count()) + (await national.locator('.only-here').count());
      expect(marked).toBeGreaterThan(0);
    } else {
      // Without it: our summary, never presented as the treaty's words.
      await template.getByText('The official text is not available').waitFor();
      expect(await template.locator('.diff-text').count()).toBe(0);
      expect((await template.textContent())!.length).toBeGreaterThan(100);
    }
    // Checklist: each element has a state in words.
    const elements = page.locator('.checklist .element-row');
    expect(await elements.count()).toBeGreaterThan(0);
    expect(await elements.first().locator('.element-state').textContent()).toMatch(/present|absent|narrowed|optional|not assessed/);
    expect(await page.locator('.finding .confidence').textContent()).toMatch(/Confidence \d{1,3}% \((high|medium|low)\)/);
    await accessible('side by side (diff)');
    await screenshot(page, '02-side-by-side-diff');

    await page.getByRole('radio', { name: 'Elements', exact: true }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBe('elements');
    await screenshot(page, '03-side-by-side-elements');
    await accessible('side by side (elements)');
  });

  it('records a review and shows it in the matrix after a reload', async () => {
    const { instrument, article } = covered();
    await page.goto(`${server.baseUrl}/align/${instrument}/${article}`);
    await page.getByRole('heading', { name: 'Review' }).waitFor();
    await page.getByLabel('Your name').fill('A. Reviewer');
    const current = (await page.locator('.finding .status-badge').textContent()) ?? '';
    const target = current.includes('partial') ? 'covered' : 'partial';
    await page.getByRole('radio', { name: new RegExp(target) }).check();
    await page.getByLabel('Note').fill('Checked against the Gazette copy.');
    await page.getByRole('button', { name: 'Save review' }).click();
    await page.getByText('Review saved.').waitFor();
    await page.locator('.history li', { hasText: 'A. Reviewer' }).first().waitFor();
    // The finding refreshes in place once the server answers with the merged table.
    await expect.poll(() => page.locator('.finding .status-badge').textContent()).toContain(target);
    expect(await page.locator('.finding .status-badge').textContent()).toContain('reviewed');
    expect(await page.locator('.reviewed-note').textContent()).toContain('A. Reviewer');

    await page.goto(`${server.baseUrl}/?focus=${instrument}`);
    await page.reload();
    const cell = page.locator('.matrix-row.highlighted [data-article="' + article + '"]');
    await cell.waitFor();
    expect(await cell.getAttribute('aria-label')).toMatch(new RegExp(`${target}, reviewed`));
    expect(await cell.getAttribute('class')).toContain('reviewed');
    // The author's name is remembered for the next review.
    await page.goto(`${server.baseUrl}/align/${instrument}/${article}`);
    await page.getByLabel('Your name').waitFor();
    expect(await page.getByLabel('Your name').inputValue()).toBe('A. Reviewer');
  });

  it('compares one article across three statutes in columns, each diffed against the template', async () => {
    const ids = matrix.rows.slice(0, 3).map(rowId);
    await page.goto(`${server.baseUrl}/compare?article=2&instruments=${ids.join(',')}`);
    const columns = page.locator('.compare-column');
    await expect.poll(() => columns.count(), { timeout: 20_000 }).toBe(3);
    for (let i = 0; i < 3; i += 1) {
      expect(await columns.nth(i).locator('.status-badge').textContent()).toMatch(/covered|partial|missing/);
    }
    expect(await page.locator('.compare-template').textContent()).toContain('Art. 2');
    await expect.poll(() => page.locator('.compare-column .loading').count(), { timeout: 20_000 }).toBe(0);
    await accessible('compare');
    await screenshot(page, '04-compare');
  });

  it('searches with a facet and links hits to provisions', async () => {
    // One hit per provision (sub=1), so that the facet counts (provisions) are the totals shown.
    await page.goto(`${server.baseUrl}/search?q=interception&sub=1`);
    const hits = page.locator('.hit');
    await hits.first().waitFor({ timeout: 20_000 });
    expect(await page.locator('.snippet mark').count()).toBeGreaterThan(0);
    const before = await page.getByRole('status').textContent();
    const facet = page.locator('.facets fieldset').first().locator('input[type="checkbox"]').first();
    const facetLabel = (await page.locator('.facets fieldset').first().locator('label').first().textContent()) ?? '';
    const expected = Number(/\((\d+)\)\s*$/.exec(facetLabel)?.[1]);
    // A click (not check()): the results list re-renders from the URL, replacing the checkbox element.
    await facet.click();
    await expect.poll(() => new URL(page.url()).searchParams.toString()).toMatch(/(jurisdiction|instrument|kind|part|article)=/);
    // The status passes through "Loading results…" before the filtered count: wait for the count itself.
    await expect.poll(() => page.getByRole('status').textContent()).not.toBe(before);
    await expect.poll(() => page.getByRole('status').textContent()).toContain(`${expected} provision`);
    // A second value of the same facet widens the results (OR), as a repeated URL parameter.
    const first = page.locator('.facets fieldset').first();
    if ((await first.locator('label').count()) > 1) {
      const secondLabel = (await first.locator('label').nth(1).textContent()) ?? '';
      const more = Number(/\((\d+)\)\s*$/.exec(secondLabel)?.[1]);
      await first.locator('input[type="checkbox"]').nth(1).click();
      await expect.poll(() => [...new URL(page.url()).searchParams.keys()].filter((k) => k !== 'q' && k !== 'sub').length).toBe(2);
      await expect.poll(() => page.getByRole('status').textContent()).toContain(`${expected + more} provision`);
    }
    await accessible('search');
    await screenshot(page, '05-search');
    await hits.first().getByRole('link').click();
    await page.waitForURL(/\/instruments\/[^/?]+\?p=/);
    await page.locator('.provision.target').waitFor();
  });

  it('browses a statute: contents, provision with eId and citation, definitions, ingestion report', async () => {
    const id = rowId(matrix.rows[0]!);
    await page.goto(`${server.baseUrl}/instruments/${id}`);
    await page.getByRole('navigation', { name: 'Contents' }).waitFor();
    const units = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
    expect(await units.count()).toBeGreaterThan(3);
    await units.nth(2).click();
    const provision = page.locator('.unit-text .provision').first();
    await provision.waitFor();
    expect(await provision.locator('.eid').textContent()).toMatch(/sec_|art_|subsec_|para_/);
    expect(await provision.locator('.provision-meta strong').textContent()).toMatch(/^(s\.|cl\.|Art\.|§|subs\.)/);
    await accessible('instrument browser');
    await screenshot(page, '06-instrument');
    await page.getByRole('link', { name: /Ingestion report/ }).click();
    await page.getByRole('heading', { name: 'Ingestion report' }).waitFor();
    expect(await page.locator('.ingest-report').textContent()).toMatch(/top-level units/);
    await accessible('ingestion report');
    await screenshot(page, '07-ingestion-report');
  });

  it('uploads a statute, shows its ingestion report, then its row in the matrix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexalign-upload-'));
    const file = join(dir, examplia.fileName);
    writeFileSync(file, examplia.text);
    await page.goto(`${server.baseUrl}/upload`);
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByLabel('Title').fill(examplia.title);
    await page.getByLabel('Jurisdiction (two-letter code)').fill(examplia.jurisdiction);
    await page.getByLabel('Year').fill(examplia.year);
    await page.getByLabel('Kind').selectOption(examplia.kind);
    await accessible('upload form');
    await page.getByRole('button', { name: 'Upload and analyse' }).click();
    await page.getByRole('heading', { name: `“${examplia.title}” was added` }).waitFor({ timeout: 60_000 });
    expect(await page.locator('.ingest-report').textContent()).toMatch(/[1-9]\d* top-level units/);
    await screenshot(page, '08-upload-done');
    await page.getByRole('link', { name: 'See its row in the matrix' }).click();
    const row = page.locator('.matrix-row.highlighted');
    await row.waitFor({ timeout: 60_000 });
    expect(await row.locator('[role="rowheader"]').textContent()).toContain(examplia.title);
    expect(await row.locator('[data-article="2"]').getAttribute('aria-label')).toMatch(/Art\. 2 Illegal access: (covered|partial)/);
    await screenshot(page, '09-matrix-with-upload');
  });

  it('shows script and onerror payloads in statute text as literal text, never running them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexalign-xss-'));
    const file = join(dir, hostile.fileName);
    writeFileSync(file, hostile.text);
    await page.goto(`${server.baseUrl}/upload`);
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByLabel('Title').fill(hostile.title);
    await page.getByLabel('Jurisdiction (two-letter code)').fill(hostile.jurisdiction);
    await page.getByRole('button', { name: 'Upload and analyse' }).click();
    await page.getByRole('link', { name: 'Browse its provisions' }).click({ timeout: 60_000 });
    await page.getByRole('navigation', { name: 'Contents' }).waitFor();
    const contents = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
    const seen: string[] = [];
    for (let i = 0; i < (await contents.count()); i += 1) {
      await contents.nth(i).click();
      await page.locator('.unit-text').waitFor();
      seen.push((await page.locator('.unit-text').textContent()) ?? '');
    }
    const all = seen.join('\n');
    expect(all).toContain('<script>');
    expect(all).toContain('onerror=');
    expect(await page.locator('.unit-text script, .unit-text img').count()).toBe(0);
    await page.goto(`${server.baseUrl}/search?q=hostile`);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __lexalignXss?: string }).__lexalignXss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await screenshot(page, '10-xss-literal');
  });

  it('keeps 200 rows smooth: only a window of rows is in the DOM, and keyboard reaches the last row', async () => {
    const real = await (await fetch(`${server.baseUrl}/api/matrix`)).json();
    const rows = (real as { rows: unknown[] }).rows;
    const many = Array.from({ length: 200 }, (_, i) => {
      const row = structuredClone(rows[i % rows.length]) as Record<string, unknown>;
      const suffix = ` (copy ${i + 1})`;
      if (typeof row.instrument === 'string') {
        row.instrument = `${row.instrument}-copy-${i + 1}`;
        row.title = `${String(row.title)}${suffix}`;
      } else {
        const inst = row.instrument as { id: string; title: string };
        row.instrument = { ...inst, id: `${inst.id}-copy-${i + 1}`, title: `${inst.title}${suffix}` };
      }
      return row;
    });
    const big = await context.newPage();
    await big.route('**/api/matrix*', (route) => route.fulfill({ json: { ...(real as object), rows: many } }));
    await big.goto(`${server.baseUrl}/`);
    await big.getByRole('grid').waitFor();
    const timing = await matrixTiming(big);
    console.info(`[perf] matrix 200 rows: data→interactive ${timing.commit.toFixed(1)} ms, data→paint ${timing.paint.toFixed(1)} ms`);
    const rendered = await big.locator('.matrix-body [role="row"]').count();
    expect(rendered).toBeLessThan(60);
    await big.locator('[data-pos="0:0"]').focus();
    await big.keyboard.press('Control+End');
    await expect.poll(() => big.evaluate(() => document.activeElement?.getAttribute('data-pos'))).toMatch(/^199:/);
    await big.close();
  });

  it('reports no uncaught script error on any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
