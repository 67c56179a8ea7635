/**
 * End-to-end: frameworks, the regional overview and the gap report in real Chromium against a real server over the
 * corpus (LEXALIGN_CORPUS) or, without it, the project's sample statutes. One server and one browser for the file.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import mammoth from 'mammoth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../../server/corpus-dir.ts';
import { ensureClientBuilt } from './harness/build-client.ts';
import { chromiumSuite, launchBrowser, openPage, screenshot, screenshotDir, seriousAxeViolations } from './harness/browser.ts';
import { startServer, type RunningServer } from './harness/start-server.ts';

const suite = chromiumSuite('frameworks');

interface Summary { jurisdiction: string; name: string; instruments: Array<{ id: string; title: string; included: boolean }> }

suite('frameworks, regional overview and gap reports (real server, real Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** A jurisdiction with two statutes or more (Barbados, Guyana or Zimbabwe in the corpus). */
  let multi: Summary;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startServer({ corpus: corpusDir() });
    browser = await launchBrowser();
    ({ context, page } = await openPage(browser, pageErrors, { acceptDownloads: true }));
    const list = (await (await fetch(`${server.baseUrl}/api/frameworks`)).json()) as { frameworks: Summary[] };
    multi = list.frameworks.find((f) => f.instruments.length > 1) ?? list.frameworks[0];
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the matrix with one row per jurisdiction, naming the instruments that supply each cell', async () => {
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('grid', { name: /statutes by template article/ }).waitFor();
    await page.getByRole('radio', { name: 'Jurisdictions' }).check();
    const grid = page.getByRole('grid', { name: /jurisdictions by template article/ });
    await grid.waitFor();
    expect(page.url()).toContain('rows=jurisdiction');
    const row = grid.locator('.matrix-body [role="row"]', { hasText: multi.name });
    await row.waitFor();
    expect(await row.locator('.inst-title').textContent()).toBe(`${multi.name}: ${multi.instruments.length} instruments`);
    const labels = await row.locator('[role="gridcell"][data-article]').evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label') ?? ''));
    const titles = multi.instruments.map((i) => i.title);
    expect(labels.some((l) => titles.some((t) => l.includes(`from ${t}`)))).toBe(true);
    // Both scores, and one sentence for each on the page.
    expect(await row.locator('.score-cell .visually-hidden').textContent()).toMatch(/^Harmonisation score (\d+%|n\/a) with reservations, (\d+%|n\/a) without$/);
    await expect.poll(() => page.getByText(/^Score with reservations: /).count()).toBe(1);
    await expect.poll(() => page.getByText(/^Score without reservations: /).count()).toBe(1);
    expect((await seriousAxeViolations(page)).map((v) => v.id)).toEqual([]);
    await screenshot(page, '10-framework-matrix');
    // Opening the row leads to the framework.
    await row.locator('.name-cell').click();
    await page.getByRole('heading', { name: `${multi.name}: legal framework` }).waitFor();
  });

  it('reads a framework article by article and saves which instruments it includes', async () => {
    await page.goto(`${server.baseUrl}/frameworks/${multi.jurisdiction}`);
    await page.getByRole('heading', { name: `${multi.name}: legal framework` }).waitFor();
    const table = page.locator('.framework-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(10);
    expect(await page.locator('.element-supply li').count()).toBeGreaterThan(0);
    expect((await seriousAxeViolations(page)).map((v) => v.id)).toEqual([]);
    await screenshot(page, '11-framework');

    const last = multi.instruments[multi.instruments.length - 1];
    const box = page.getByRole('checkbox', { name: last.title });
    await box.click();
    await expect.poll(() => box.isChecked()).toBe(false);
    await expect.poll(() => box.isEnabled()).toBe(true);
    await page.reload();
    await page.locator('.framework-table').waitFor();
    expect(await page.getByRole('checkbox', { name: last.title }).isChecked()).toBe(false);
    const saved = (await (await fetch(`${server.baseUrl}/api/frameworks`)).json()) as { frameworks: Summary[] };
    expect(saved.frameworks.find((f) => f.jurisdiction === multi.jurisdiction)!.instruments.find((i) => i.id === last.id)!.included).toBe(false);
    await page.getByRole('checkbox', { name: last.title }).click();
    await expect.poll(async () => (await (await fetch(`${server.baseUrl}/api/frameworks`)).json() as { frameworks: Summary[] }).frameworks
      .find((f) => f.jurisdiction === multi.jurisdiction)!.instruments.every((i) => i.included)).toBe(true);
  });

  it('downloads the framework report as Word, holding the same findings as the printable page', async () => {
    await page.goto(`${server.baseUrl}/frameworks/${multi.jurisdiction}`);
    await page.locator('.framework-table').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Word' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^framework-report--${multi.jurisdiction}--.*\\.docx$`));
    const path = await download.path();
    const word = (await mammoth.extractRawText({ buffer: readFileSync(path!) })).value.replace(/\s+/g, ' ');

    const [report] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Gap report (print)' }).click()]);
    await report.waitForLoadState();
    const printed = (await report.locator('body').innerText()).replace(/\s+/g, ' ');
    const findings = /Art\. \d+ – [^.:]+? (?:Covered|Partly implemented|Missing)(?:,[^.]*)?\./g;
    expect(printed.match(findings)?.length).toBeGreaterThan(10);
    expect(word.match(findings)).toEqual(printed.match(findings));
    for (const cite of new Set(printed.match(/\b(?:s|cl)\. \d+[A-Z]?(?:\(\w+\))*/g) ?? [])) expect(word).toContain(cite);
    expect(printed).toContain('Method and disclaimer');
    // Divergences in words: no slugs, no scoring jargon.
    expect(printed).not.toMatch(/scored \d|under 0\.\d|\b0\.\d\d\b|\(flag [a-z-]+\)/);
    await report.setViewportSize({ width: 900, height: 1200 });
    await screenshot(report, '12-gap-report');
    await report.close();
  });

  it('shows the regional overview with a heat map that fits one A4 landscape page', async () => {
    await page.goto(`${server.baseUrl}/overview`);
    const heat = page.locator('.heatmap');
    await heat.waitFor();
    const overview = (await (await fetch(`${server.baseUrl}/api/overview`)).json()) as { states: Array<{ jurisdiction: string }>; articles: unknown[]; priorities: unknown[] };
    expect(await heat.locator('tbody tr').count()).toBe(overview.articles.length + 1);
    expect(await heat.locator('thead th').count()).toBe(overview.states.length + 2);
    await expect.poll(() => page.getByRole('heading', { name: 'Articles missing in most states' }).count()).toBe(1);
    expect(await page.locator('.priorities li').count()).toBe(overview.priorities.length);
    expect((await seriousAxeViolations(page)).map((v) => v.id)).toEqual([]);
    await screenshot(page, '13-regional-overview');

    // A4 landscape less 10 mm margins is 277 × 190 mm: 1047 × 718 CSS pixels. The heat map page must fit in it.
    await page.setViewportSize({ width: 1047, height: 718 });
    await page.emulateMedia({ media: 'print' });
    const box = await page.locator('.heatmap-page').boundingBox();
    const width = await heat.evaluate((el) => el.scrollWidth);
    expect(box!.y + box!.height).toBeLessThanOrEqual(718);
    expect(width).toBeLessThanOrEqual(1047);
    // The first printed page as it will look (the viewport is the page).
    await page.screenshot({ path: join(screenshotDir, '14-regional-overview-print.png') });
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('lists every template in the header, those without a profile disabled with the reason', async () => {
    await page.goto(`${server.baseUrl}/frameworks`);
    const select = page.getByRole('combobox', { name: 'Compare with' });
    await select.waitFor();
    const templates = (await (await fetch(`${server.baseUrl}/api/templates`)).json()) as { templates: unknown[]; unavailable: Array<{ title: string }> };
    expect(await select.locator('option').count()).toBe(templates.templates.length + templates.unavailable.length);
    for (const t of templates.unavailable) {
      expect(await select.locator('option', { hasText: t.title }).isDisabled()).toBe(true);
    }
    if (templates.unavailable.length) {
      await page.getByText(/not available: why\?/).click();
      await expect.poll(() => page.getByText(/No element profile has been written for it yet/).count()).toBeGreaterThan(0);
    }
    expect(pageErrors).toEqual([]);
  });
});
