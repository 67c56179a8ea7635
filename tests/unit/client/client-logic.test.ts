/**
 * The client's pure logic (no browser): evidence-span splitting, matrix shaping, grid movement, response
 * normalising. It needs neither Chromium nor a server.
 */
import { describe, expect, it } from 'vitest';
import { splitBySpans } from '../../../client/src/components/element-marks.ts';
import { moveFocus } from '../../../client/src/views/matrix/grid-keys.ts';
import { chapterBands, columnTotals, visibleRows } from '../../../client/src/views/matrix/matrix-model.ts';
import { normaliseMatrix, effective } from '../../../client/src/api/normalise.ts';
import { parseUnitList } from '../../../client/src/views/side-by-side/unit-provisions.ts';
import { toApiError } from '../../../client/src/api/api-error.ts';

describe('splitBySpans', () => {
  const text = 'A person who intentionally and without authority accesses a computer system';
  it('marks overlapping spans piece by piece and keeps all the text', () => {
    const pieces = splitBySpans(text, [
      { start: 13, end: 26, element: 'intent' },
      { start: 13, end: 48, element: 'without_right' },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.find((p) => p.text === 'intentionally')?.elements).toEqual(['intent', 'without_right']);
    expect(pieces.find((p) => p.text === ' and without authority')?.elements).toEqual(['without_right']);
  });
  it('drops spans outside the text instead of trusting them', () => {
    expect(splitBySpans('short', [{ start: 2, end: 99, element: 'x' }, { start: -1, end: 2, element: 'y' }])).toEqual([
      { text: 'short', elements: [] },
    ]);
  });
});

describe('grid movement', () => {
  it('moves, clamps at the edges and jumps with Ctrl+End', () => {
    expect(moveFocus({ row: 0, col: 0 }, 'ArrowUp', false, 5, 4)).toEqual({ row: 0, col: 0 });
    expect(moveFocus({ row: 0, col: 0 }, 'ArrowRight', false, 5, 4)).toEqual({ row: 0, col: 1 });
    expect(moveFocus({ row: 2, col: 1 }, 'End', true, 5, 4)).toEqual({ row: 4, col: 3 });
    expect(moveFocus({ row: 2, col: 1 }, 'PageDown', false, 5, 4, 10)).toEqual({ row: 4, col: 1 });
    expect(moveFocus({ row: 2, col: 1 }, 'x', false, 5, 4)).toBeNull();
  });
});

describe('matrix shaping', () => {
  // The server's shape: flat instrument fields, `columns` with totals, a nullable score.
  const raw = {
    template: 'model-law',
    scoring: 'covered + half partial',
    columns: [
      { article: '2', title: 'Illegal access', group: 'substantive', chapter: 'Offences', obligation: 'mandatory', totals: { covered: 1, partial: 1, missing: 0 } },
      { article: '3', title: 'Illegal interception', group: 'substantive', chapter: 'Offences', obligation: 'mandatory', totals: { covered: 0, partial: 1, missing: 1 } },
      { article: '16', title: 'Preservation', group: 'procedural', chapter: 'Procedure', obligation: 'mandatory', totals: { covered: 0, partial: 0, missing: 2 } },
    ],
    rows: [
      { instrument: 'xa-act', title: 'Zed Act', jurisdiction: 'XA', kind: 'act', year: 2031, cells: { '2': { status: 'covered', provisions: ['3'], reviewed: true }, '3': { status: 'partial', provisions: ['4'], reviewed: false }, '16': { status: 'missing', provisions: [], reviewed: false } }, totals: { covered: 1, partial: 1, missing: 1 }, score: 0.5 },
      { instrument: 'xb-act', title: 'Alpha Act', jurisdiction: 'XB', kind: 'act', year: null, cells: { '2': { status: 'partial', provisions: ['9'], reviewed: false } }, totals: { covered: 0, partial: 1, missing: 2 }, score: null },
    ],
  };
  const matrix = normaliseMatrix(raw);
  it('normalises the server shape', () => {
    expect(matrix.template).toEqual({ id: 'model-law', title: 'model-law' });
    expect(matrix.articles.map((a) => a.article)).toEqual(['2', '3', '16']);
    expect(matrix.rows[0]!.instrument).toMatchObject({ id: 'xa-act', title: 'Zed Act', jurisdiction: 'XA' });
    expect(Number.isNaN(matrix.rows[1]!.score)).toBe(true);
    expect(matrix.columnTotals['3']).toEqual({ covered: 0, partial: 1, missing: 1 });
  });
  it('sorts by name or score (no score last), filters a group and recounts totals', () => {
    expect(visibleRows(matrix, { sort: 'name' }).map((r) => r.row.instrument.title)).toEqual(['Alpha Act', 'Zed Act']);
    expect(visibleRows(matrix, { sort: 'score' }).map((r) => r.row.instrument.title)).toEqual(['Zed Act', 'Alpha Act']);
    const substantive = visibleRows(matrix, { sort: 'name', group: 'substantive' });
    // Alpha Act: Art. 2 partial, Art. 3 absent from cells (missing) → 0.25 over the two substantive articles.
    expect(substantive[0]!.totals).toEqual({ covered: 0, partial: 1, missing: 1 });
    expect(substantive[0]!.score).toBe(0.25);
    expect(columnTotals(substantive, matrix.articles.slice(0, 2))['2']).toEqual({ covered: 1, partial: 1, missing: 0 });
  });
  it('bands consecutive articles of one chapter', () => {
    expect(chapterBands(matrix.articles)).toEqual([
      { chapter: 'Offences', start: 0, span: 2 },
      { chapter: 'Procedure', start: 2, span: 1 },
    ]);
  });
});

describe('review helpers and errors', () => {
  it('reads a reviewer-typed unit list', () => {
    expect(parseUnitList('ss. 14, 15A; section 16')).toEqual(['14', '15A', '16']);
  });
  it('prefers the reviewer over the machine', () => {
    const machine = { provisions: ['4'], status: 'partial' as const };
    expect(effective(machine)).toEqual({ status: 'partial', provisions: ['4'], reviewed: false });
    const reviewed = { ...machine, reviewed: { author: 'A', time: 't', status: 'covered' as const, provisions: ['4', '5'], machine } };
    expect(effective(reviewed)).toEqual({ status: 'covered', provisions: ['4', '5'], reviewed: true });
  });
  it('turns coded errors into plain words and keeps the code', () => {
    const error = toApiError(404, { error: { code: 'LEXALIGN_ERR_UNKNOWN_INSTRUMENT', message: 'No instrument with id "x"', statusCode: 404 } });
    expect(error.code).toBe('LEXALIGN_ERR_UNKNOWN_INSTRUMENT');
    expect(error.message).toMatch(/not in the library/);
    expect(toApiError(500, 'oops').message).toMatch(/internal problem/);
  });
});
