/**
 * Latency bound (run alone, after the main pass): the compare view for 20 states and one article is interactive
 * within 300 ms of its data arriving. The corpus holds fewer than 20 statutes, so the answer of the real server is
 * widened to 20 columns by repeating real columns under new ids (the same sizes of text a real region has).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { corpusDir } from '../../server/corpus-dir.ts';
import { maxOf } from '../../server/large-arrays.ts';
import { ensureClientBuilt } from './harness/build-client.ts';
import { launchBrowser, chromiumSuite } from './harness/browser.ts';
import { startServer, type RunningServer } from './harness/start-server.ts';

const suite = chromiumSuite('compare timing');

const STATES = 20;

interface CompareJson {
  instruments: Array<Record<string, unknown> & { instrument: string }>;
  elements: { columns: Array<Record<string, unknown> & { instrument: string; short: string }>; rows: Array<{ cells: unknown[]; summary: string }> };
}

/** Marks the compare view sets: data arrived, committed to the DOM (handlers live), first frame after it. */
async function compareTiming(page: Page): Promise<{ commit: number; paint: number }> {
  await page.waitForFunction(() => performance.getEntriesByName('lexalign:compare-painted').length > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const data = performance.getEntriesByName('lexalign:compare-data').at(-1)!.startTime;
    const ready = performance.getEntriesByName('lexalign:compare-ready').at(-1)!.startTime;
    const painted = performance.getEntriesByName('lexalign:compare-painted').at(-1)!.startTime;
    return { commit: ready - data, paint: painted - data };
  });
}

suite('compare view timing', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startServer({ corpus: corpusDir() });
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it(`makes the compare view for ${STATES} states and one article interactive within 300 ms of its data arriving`, async () => {
    const list = (await (await fetch(`${server.baseUrl}/api/instruments`)).json()) as Array<{ id: string; role?: string }> | { instruments: Array<{ id: string; role?: string }> };
    const ids = (Array.isArray(list) ? list : list.instruments).filter((s) => (s.role ?? 'statute') === 'statute').map((s) => s.id);
    const real = (await (await fetch(`${server.baseUrl}/api/compare?article=3&instruments=${ids.join(',')}`)).json()) as CompareJson;
    const wanted = Array.from({ length: STATES }, (_, i) => `state-${i + 1}`);
    const pick = (i: number) => i % real.instruments.length;
    const widened: CompareJson = {
      ...real,
      instruments: wanted.map((id, i) => ({ ...real.instruments[pick(i)]!, instrument: id })),
      elements: {
        ...real.elements,
        columns: wanted.map((id, i) => ({ ...real.elements.columns[pick(i)]!, instrument: id, short: `S${i + 1}` })),
        rows: real.elements.rows.map((r) => ({ ...r, cells: wanted.map((_, i) => r.cells[pick(i)]) })),
      },
    };
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.route('**/api/compare?*', (route) => route.fulfill({ json: widened }));
    const runs: Array<{ commit: number; paint: number }> = [];
    for (let i = 0; i < 3; i += 1) {
      await page.goto(`${server.baseUrl}/compare?article=3&instruments=${wanted.join(',')}${i ? `&run=${i}` : ''}`);
      runs.push(await compareTiming(page));
      expect(await page.locator('.compare-column').count()).toBe(STATES);
      expect(await page.locator('.element-table thead th').count()).toBe(STATES + 1);
    }
    // Best of three: on a shared 2-core machine one run measures the neighbours as much as our rendering.
    const best = -maxOf(runs.map((r) => -r.commit));
    console.info(`[perf] compare ${STATES} states: data→interactive ${runs.map((r) => r.commit.toFixed(0)).join(', ')} ms; data→paint ${runs.map((r) => r.paint.toFixed(0)).join(', ')} ms`);
    expect(best).toBeLessThan(300);
    await context.close();
  });
});
