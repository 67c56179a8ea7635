import type { InstrumentSummary, TemplateDetail } from '../../api/types.ts';
import { articleLabel, jurisdictionName } from '../../../../server/citation/cite.ts';
import { setParams } from '../../router.tsx';

/** The statutes in the order a drafter scans them: by jurisdiction name, then title. */
function statutesInOrder(list: InstrumentSummary[]): InstrumentSummary[] {
  return list
    .filter((s) => (s.role ?? 'statute') === 'statute')
    .sort((a, b) => jurisdictionName(a.jurisdiction).localeCompare(jurisdictionName(b.jurisdiction)) || a.title.localeCompare(b.title));
}

export function CompareChooser({ template, statutes, article, chosen, mode }: {
  template: TemplateDetail;
  statutes: InstrumentSummary[];
  article: string;
  chosen: string[];
  mode: string;
}) {
  const list = statutesInOrder(statutes);
  const set = (ids: string[]) => setParams({ instruments: ids.join(',') }, { replace: false });
  const toggle = (id: string, on: boolean) => set(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <div className="compare-chooser">
      <div className="compare-toolbar">
        <label>
          Article{' '}
          <select value={article} onChange={(e) => setParams({ article: e.target.value })}>
            <option value="">Choose an article…</option>
            {template.articles.map((a) => (
              <option key={a.article} value={a.article}>
                {articleLabel(a.article, a.title)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="inline-radios">
          <legend>Differences</legend>
          <label>
            <input type="radio" name="diff-mode" checked={mode !== 'substantive'} onChange={() => setParams({ mode: '' })} /> Every word
          </label>
          <label>
            <input type="radio" name="diff-mode" checked={mode === 'substantive'} onChange={() => setParams({ mode: 'substantive' })} /> Substance
            only
          </label>
        </fieldset>
      </div>
      <details className="statute-picker" open={chosen.length === 0}>
        <summary>
          Statutes: {chosen.length} of {list.length} chosen
        </summary>
        <div className="picker-actions">
          <button type="button" onClick={() => set(list.map((s) => s.id))}>
            Choose all {list.length}
          </button>{' '}
          <button type="button" onClick={() => set([])} disabled={chosen.length === 0}>
            Clear
          </button>
        </div>
        <fieldset>
          <legend className="visually-hidden">Statutes to compare</legend>
          <div className="checkbox-columns">
            {list.map((s) => (
              <label key={s.id} className="checkbox">
                <input type="checkbox" checked={chosen.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} /> {jurisdictionName(s.jurisdiction)}:{' '}
                {s.title}
              </label>
            ))}
          </div>
        </fieldset>
      </details>
    </div>
  );
}
