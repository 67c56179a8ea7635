import { describe, expect, it } from 'vitest';
import { buildFramework, frameworkArticle } from '../../../server/frameworks/build-framework.ts';
import { regionalOverview } from '../../../server/frameworks/regional-overview.ts';
import type { ArticleAlignment, CorrelationTable } from '../../../server/align/types.ts';
import type { Instrument } from '../../../server/ingest/types.ts';
import type { ElementProfile, TemplateArticle } from '../../../server/templates/types.ts';

const el = (id: string, extra: Partial<ElementProfile> = {}): ElementProfile => ({ id, label: id.replace(/_/g, ' '), status: 'required', cues: [id], ...extra });

const article = (num: string, elements: ElementProfile[]): TemplateArticle => ({
  article: num, number: num, title: `Article ${num}`, group: 'cooperation', chapter: 'III', obligation: 'mandatory',
  summary: '', headingCues: [], elements, text: '', textSource: 'summary',
});

// Art. 29-like: a preservation power (one Act) exercised at a foreign request (the other Act).
const preservation = article('29', [el('preservation_order', { core: true }), el('foreign_request'), el('jurisdiction_ship', { reservable: '22(2)' })]);
const access = article('2', [el('access', { core: true }), el('intent', { restricts: true })]);

const instrument = (id: string): Instrument => ({ id, title: id, jurisdiction: 'GY', kind: 'act', year: 2009 } as Instrument);
const table = (id: string, articles: Record<string, ArticleAlignment>): CorrelationTable => ({ instrument: id, template: 't', articles });

describe('a framework read article by article', () => {
  const interception = { instrument: instrument('gy-interception'), table: table('gy-interception', {
    '29': { status: 'partial', provisions: ['8'], pinpoints: ['8(2)'], elements: { preservation_order: 'present', foreign_request: 'absent' } },
    '2': { status: 'missing', provisions: [], elements: { access: 'present' } },
  }) };
  const assistance = { instrument: instrument('gy-mutual-assistance'), table: table('gy-mutual-assistance', {
    '29': { status: 'partial', provisions: ['17'], elements: { preservation_order: 'absent', foreign_request: 'present' } },
    '2': { status: 'covered', provisions: ['3'], elements: { access: 'present' } },
  }) };

  it('marks an article covered only by reading two instruments together, naming who supplies each element', () => {
    const a = frameworkArticle(preservation, [interception, assistance]);
    expect(a).toMatchObject({ status: 'covered', combined: true, best: 'gy-interception' });
    expect(a.elements.map((e) => [e.id, e.instruments])).toEqual([
      ['preservation_order', ['gy-interception']],
      ['foreign_request', ['gy-mutual-assistance']],
    ]);
    expect(a.sources.map((s) => s.instrument)).toEqual(['gy-interception', 'gy-mutual-assistance']);
  });

  it('takes the best-supported status, and reads nothing from an instrument that misses the article', () => {
    const a = frameworkArticle(access, [interception, assistance]);
    expect(a).toMatchObject({ status: 'covered', combined: false, best: 'gy-mutual-assistance' });
    expect(a.sources.map((s) => s.instrument)).toEqual(['gy-mutual-assistance']);
    expect(a.elements[0].instruments).toEqual(['gy-mutual-assistance']);
  });

  it('keeps a partial when the instruments together still lack an element', () => {
    const a = frameworkArticle(preservation, [interception]);
    expect(a).toMatchObject({ status: 'partial', combined: false });
    expect(a.elements.find((e) => e.id === 'foreign_request')).toMatchObject({ shortfall: true, instruments: [] });
  });

  it("never combines over a reviewer's decision", () => {
    const reviewed = { ...assistance, table: table('gy-mutual-assistance', { '29': { ...assistance.table.articles['29'], reviewed: {
      author: 'A. Counsel', time: '2026-01-01T00:00:00Z', status: 'partial', provisions: ['17'], machine: { status: 'partial', provisions: ['17'] },
    } } }) };
    expect(frameworkArticle(preservation, [interception, reviewed])).toMatchObject({ status: 'partial', combined: false });
  });

  it('scores the framework with and without reservable paragraphs', () => {
    const shipOnly = { instrument: instrument('gy-a'), table: table('gy-a', {
      '29': { status: 'partial', provisions: ['1'], elements: { preservation_order: 'present', foreign_request: 'present', jurisdiction_ship: 'absent' } },
    }) };
    const f = buildFramework('GY', 't', [preservation], [shipOnly]);
    expect(f).toMatchObject({ score: 1, scoreAll: 0.5, totals: { covered: 0, partial: 1, missing: 0, combined: 0 } });
  });

  it('lists, per article, the states by status, and the articles most states miss with their typical gaps', () => {
    const gy = buildFramework('GY', 't', [access, preservation], [interception, assistance]);
    const bb = buildFramework('BB', 't', [access, preservation], [{ instrument: instrument('bb'), table: table('bb', {}) }]);
    const o = regionalOverview('t', [access, preservation], [{ framework: gy, name: 'Guyana' }, { framework: bb, name: 'Barbados' }]);
    expect(o.articles[1]).toMatchObject({ article: '29', covered: ['GY'], combined: ['GY'], missing: ['BB'] });
    expect(o.cells['2']).toEqual({ GY: 'covered', BB: 'missing' });
    expect(o.priorities.map((p) => p.article)).toEqual(['2', '29']);
    // Nothing matched in Barbados: every required element the article needs is what it lacks (a restriction never is).
    expect(o.priorities[0].typical).toEqual([{ label: 'access', states: ['BB'] }]);
  });
});
