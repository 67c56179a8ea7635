import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, multipartBody, type TestApp } from './helper.ts';

const XA = 'xa-computer-misuse-act-2019';

/** Segments that hit real ids, near misses and hostile strings. */
const idLike = fc.oneof(
  fc.constantFrom(XA, 'xb-cybercrime-bill-2023', 'xx-model-convention', 'sec_2', 'sec_2__subsec_1', '2', '9', 'untitled'),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('..', '../../etc/passwd', '%00', '%2e%2e%2f', 'a'.repeat(500), '%E0%A4%A', '\u202e', '__proto__', 'constructor', '😀'),
).map((s) => encodeURIComponent(s).replace(/%25/g, '%'));

const queryValue = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('XA', 'xa', 'true', '0', '-1', '1e9', 'upload,upload', 'samples,extra', '"', 'a:b', '(', '*'));
const queryKey = fc.constantFrom('template', 'jurisdiction', 'collection', 'group', 'q', 'page', 'size', 'kind', 'role', 'year', 'left', 'right', 'article', 'instruments', 'synonyms', 'x', '__proto__');
const query = fc.array(fc.tuple(queryKey, queryValue), { maxLength: 5 }).map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));

const paths = fc.oneof(
  fc.constant('/api/health'),
  fc.constant('/api/instruments'),
  idLike.map((id) => `/api/instruments/${id}`),
  idLike.map((id) => `/api/instruments/${id}/provisions`),
  fc.tuple(idLike, idLike).map(([id, e]) => `/api/instruments/${id}/provisions/${e}`),
  idLike.map((id) => `/api/instruments/${id}/akn`),
  fc.constant('/api/templates'),
  idLike.map((id) => `/api/templates/${id}`),
  idLike.map((id) => `/api/alignments/${id}`),
  fc.constant('/api/matrix'),
  fc.constant('/api/compare'),
  fc.constant('/api/diff'),
  fc.tuple(idLike, idLike).map(([id, a]) => `/api/reviews/${id}/${a}`),
  fc.constant('/api/search'),
  idLike.map((id) => `/api/exports/correlation/${id}.csv`),
  fc.constant('/api/exports/matrix.csv'),
  idLike.map((id) => `/api/exports/gap-report/${id}.md`),
  idLike.map((id) => `/api/exports/gap-report/${id}.html`),
  fc.constantFrom('/api/auth/session', '/api/auth/login', '/api/auth/logout', '/api/users'),
  idLike.map((id) => `/api/users/${id}`),
  fc.constantFrom('/api/frameworks', '/api/overview', '/api/search.csv', '/api/exports/elements.csv', '/api/exports/elements.docx', '/api/exports/overview.csv'),
  idLike.map((id) => `/api/frameworks/${id}`),
  fc.tuple(idLike, idLike).map(([j, id]) => `/api/frameworks/${j}/instruments/${id}`),
  idLike.map((id) => `/api/instruments/${id}/edition`),
  idLike.map((id) => `/api/instruments/${id}/versions`),
  idLike.map((id) => `/api/instruments/${id}/amended-by`),
  idLike.map((id) => `/api/instruments/${id}/amends`),
  idLike.map((id) => `/api/instruments/${id}/reviews/carried`),
  fc.tuple(idLike, idLike).map(([id, o]) => `/api/instruments/${id}/version-diff/${o}`),
  fc.tuple(idLike, idLike).map(([id, o]) => `/api/instruments/${id}/as-amended-by/${o}`),
  fc.tuple(idLike, idLike).map(([id, o]) => `/api/instruments/${id}/as-amended-by/${o}/akn`),
  fc.constantFrom('/', '/docs/json', '/api', '/api/nothing', '/%', '//api//health', '/api/health/..'),
);

const jsonBody = fc.oneof(
  fc.record({ author: fc.string({ maxLength: 20 }), status: fc.constantFrom('covered', 'partial', 'missing', 'maybe'), provisions: fc.array(fc.constantFrom('1', '2', '3', 'zz'), { maxLength: 3 }), note: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }) }).map((o) => JSON.stringify(o)),
  fc.json({ maxDepth: 4 }),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('{', '[', '{"__proto__":{"a":1}}', '{"constructor":{"prototype":{}}}', '['.repeat(50), 'null', '""', '\u0000'),
);

const contentTypes = fc.constantFrom(
  'application/json', 'application/json; charset=utf-8', 'application/json; charset=utf-16', 'application/json; charset=latin1',
  'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'multipart/form-data; boundary=----lexalign-test-boundary',
  'application/xml', '', 'garbage/;;;', 'application/json; charset="',
);

const uploadBody = fc.record({
  name: fc.oneof(fc.constantFrom('a.md', 'b.txt', 'c.html', 'd.json', 'e.pdf', 'f.docx', 'g.exe', '../x.md', '网络.md', 'no-extension', ''), fc.string({ maxLength: 20 }).map((s) => `${s}.md`)),
  text: fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('1. Illegal access\nA person who intentionally accesses a computer commits an offence.', '<html><p>1. A</p>', '[0,1]', '{"sections":[]}', '%PDF-1.4', 'PK\u0003\u0004')),
  field: fc.constantFrom('file', 'title', 'year', 'other'),
});

const request = fc.oneof(
  { weight: 5, arbitrary: fc.record({ method: fc.constantFrom('GET', 'HEAD', 'OPTIONS', 'DELETE', 'PATCH'), path: paths, query, origin: fc.constantFrom(undefined, 'http://localhost', 'https://evil.example', 'null') }) },
  { weight: 2, arbitrary: fc.record({ method: fc.constantFrom('PUT', 'POST'), path: paths, query, body: jsonBody, type: contentTypes }) },
  { weight: 2, arbitrary: fc.record({ method: fc.constant('POST'), path: fc.constant('/api/instruments'), query: fc.constant(''), upload: uploadBody }) },
  { weight: 1, arbitrary: fc.record({ method: fc.constant('GET'), path: paths, query, host: fc.constantFrom('localhost', 'attacker.example', '127.0.0.1:1', '[::1]', '', 'a'.repeat(300)) }) },
);

/** Anything that tells an attacker about our internals. */
const leak = /\n\s+at |node:internal|node_modules|\/work\/|\/home\/|\.ts:\d|Maximum call stack|TypeError|RangeError|ReferenceError|SqliteError|SQLITE_/;

describe('HTTP fuzzing through inject (fast-check)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ uploadLimitBytes: 64 * 1024 });
  });
  afterAll(() => t.close());

  it('answers 2,400 generated requests over every route without a 5xx or a leak, and stays healthy', async () => {
    let sent = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const url = `${r.path}${r.query ? `?${r.query}` : ''}`;
        const headers: Record<string, string> = {};
        let payload: string | Buffer | undefined;
        if ('origin' in r && r.origin) headers.origin = r.origin;
        if ('host' in r) headers.host = r.host;
        if ('body' in r) {
          payload = r.body;
          if (r.type) headers['content-type'] = r.type;
        }
        if ('upload' in r) {
          const m = multipartBody([{ name: r.upload.field, value: r.upload.text, fileName: r.upload.name }]);
          payload = m.payload;
          Object.assign(headers, m.headers);
        }
        const res = await t.app.inject({ method: r.method as 'GET', url, headers, ...(payload !== undefined ? { payload } : {}) });
        sent++;
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        expect(res.statusCode, `${r.method} ${url}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
        expect(res.body, `${r.method} ${url}`).not.toMatch(leak);
        if (res.statusCode >= 400 && r.method !== 'HEAD' && res.body) expect(res.json().error.code, url).toMatch(/^LEXALIGN_ERR_[A-Z_]+$/);
      }),
      { numRuns: 2400, seed: Number(process.env.FUZZ_SEED ?? 20250515), endOnFailure: true },
    );
    console.log([...statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}: ${n}`).join(", "));
    expect(sent).toBe(2400);
    // Every family of answer was reached: successes, refusals, and not-founds.
    expect([...statuses.keys()].some((s) => s < 300)).toBe(true);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(10);
    expect(statuses.get(404) ?? 0).toBeGreaterThan(10);
    const health = await t.app.inject({ url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json().status).toBe('ok');
    const table = await t.app.inject({ url: `/api/alignments/${XA}` });
    expect(table.statusCode).toBe(200);
  });
});
