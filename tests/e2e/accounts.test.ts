/**
 * End-to-end: a shared server (`lexalign serve --accounts`, on loopback as every test here) with a reviewer and a
 * reader, in real Chromium: the sign-in page, the signed-in indicator, reviews recorded under the account, 401 and
 * 403 explained in words, signing out.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccountService } from '../../server/services/accounts.ts';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import { ensureClientBuilt } from './harness/build-client.ts';
import { chromiumSuite, launchBrowser, openPage, screenshot, seriousAxeViolations } from './harness/browser.ts';
import { startServer, type RunningServer } from './harness/start-server.ts';
import { examplia } from './fixtures.ts';

const suite = chromiumSuite('accounts');

const PASSWORD = 'a shared-server passphrase';

suite('a shared server in the browser (accounts on)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let cell: { instrument: string; article: string };
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureClientBuilt();
    // The samples only: this file is about who may do what, not about the corpus.
    server = await startServer({
      corpus: null,
      args: ['--accounts'],
      prepareDb: async (dbPath) => {
        const store = openSqliteStore(dbPath);
        const accounts = new AccountService(store.accounts, 12);
        await accounts.add('rita', 'reviewer', PASSWORD);
        await accounts.add('rhea', 'reader', PASSWORD);
        store.close();
      },
    });
    browser = await launchBrowser();
    ({ page } = await openPage(browser, pageErrors, { viewport: { width: 1280, height: 800 } }));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signInAs(name: string) {
    await page.getByLabel('Account name').fill(name);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  it('shows the sign-in page for every address until someone signs in, and explains a wrong password', async () => {
    await page.goto(`${server.baseUrl}/search?q=computer`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    expect(await page.locator('.account-menu').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'accounts-01-sign-in');
    await page.getByLabel('Account name').fill('rita');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The account name or the password is wrong.').waitFor();
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    await screenshot(page, 'accounts-02-wrong-password');
  });

  it('signs a reviewer in, back to the page asked for, with the account in the header', async () => {
    await signInAs('rita');
    await page.waitForURL(/\/search\?q=computer/);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await page.locator('.account-menu').textContent()).toMatch(/Signed in as rita \(reviewer\)Sign out/);
    const matrix = (await page.evaluate(async () => (await fetch('/api/matrix')).json())) as {
      rows: Array<{ instrument: string; cells: Record<string, { provisions: string[] }> }>;
    };
    const row = matrix.rows.find((r) => Object.values(r.cells).some((c) => c.provisions.length));
    const article = row && Object.entries(row.cells).find(([, c]) => c.provisions.length)?.[0];
    if (!row || !article) throw new Error('the samples have no covered cell');
    cell = { instrument: row.instrument, article };
    await page.goto(`${server.baseUrl}/`);
    await page.locator('.matrix-row').first().waitFor();
    await screenshot(page, 'accounts-03-signed-in-matrix');
  });

  it('records a review under the account, with no name to type', async () => {
    await page.goto(`${server.baseUrl}/align/${cell.instrument}/${cell.article}`);
    await page.getByRole('heading', { name: 'Review' }).waitFor();
    expect(await page.getByLabel('Your name').count()).toBe(0);
    expect(await page.locator('.review-form').textContent()).toContain('Recorded under your account, rita.');
    await page.getByLabel('Note').fill('Checked against the Gazette copy.');
    await page.getByRole('button', { name: 'Confirm machine finding' }).click();
    await page.getByText('Review saved.').waitFor();
    await page.locator('.history li', { hasText: 'rita' }).first().waitFor();
    await screenshot(page, 'accounts-04-review-by-account');
  });

  it('signs out: the session ends on the server and the sign-in page comes back', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login$/);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect((await page.evaluate(async () => (await fetch('/api/matrix')).status))).toBe(401);
  });

  it('lets a reader read but not review or upload, and says why in words', async () => {
    await signInAs('rhea');
    await page.waitForURL((url) => url.pathname === '/');
    expect(await page.locator('.account-menu').textContent()).toMatch(/Signed in as rhea \(reader: can read, not change\)/);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Upload' }).count()).toBe(0);
    await page.goto(`${server.baseUrl}/align/${cell.instrument}/${cell.article}`);
    await page.getByRole('heading', { name: 'Review' }).waitFor();
    expect(await page.locator('.review-form').textContent()).toContain('Your account, rhea, can read reviews but not record them: ask the administrator for the reviewer role.');
    expect(await page.getByRole('button', { name: 'Save review' }).isDisabled()).toBe(true);
    await screenshot(page, 'accounts-05-reader-review');

    const dir = mkdtempSync(join(tmpdir(), 'lexalign-upload-'));
    const file = join(dir, examplia.fileName);
    writeFileSync(file, examplia.text);
    await page.goto(`${server.baseUrl}/upload`);
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: /Upload/ }).click();
    await page.getByText('Your account is not allowed to do this.').waitFor();
    expect(await page.locator('.error-panel').textContent()).toMatch(/"rhea" has the reader role/);
    await screenshot(page, 'accounts-06-reader-upload-refused');
  });

  it('sends a page whose session ended to the sign-in page', async () => {
    // The session ends on the server (as when it expires); the next request the page makes finds out.
    await page.evaluate(async () => {
      await fetch('/api/auth/logout', { method: 'POST' });
    });
    await page.goto(`${server.baseUrl}/instruments`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  });

  it('reports no uncaught script error', () => {
    expect(pageErrors).toEqual([]);
  });
});
