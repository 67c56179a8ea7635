import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { AmendmentOutcome, ConsolidatedProvision, Consolidation, Instrument } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';
import { citeUnits, citeUnit } from '../../../../server/citation/cite.ts';
import { Empty, ErrorPanel, Loading } from '../../components/feedback.tsx';
import { href, Link, setParams, useLocation } from '../../router.tsx';
import { ChangedProvision, changeStartsAt, consolidatedUnits, OUTCOME_WORDS } from './as-amended-marks.tsx';

/**
 * "As amended by": the statute as an amending Bill or Act in the library would leave it. Every change is marked
 * (inserted, substituted, repealed, words amended) and cites the amending provision; every amendment the other
 * instrument makes is listed with what became of it. Statute text is shown as text, never as HTML.
 */
export function AsAmendedPanel({ instrument }: { instrument: Instrument }) {
  const { params } = useLocation();
  const candidates = useResource(`amended-by:${instrument.id}`, (signal) => api.amendedBy(instrument.id, signal));
  if (candidates.state === 'loading') return <Loading what="the instruments that amend this one" />;
  if (candidates.state === 'error') return <ErrorPanel error={candidates.error} onRetry={candidates.reload} />;
  const list = candidates.data.amendedBy;
  if (list.length === 0) {
    return (
      <Empty>
        No instrument in the library amends the {instrument.title}. Upload an amending Bill or Act that names it (by its title or
        its chapter) to see this law as the amendments would leave it.
      </Empty>
    );
  }
  const wanted = params.get('by');
  const by = list.find((c) => c.id === wanted)?.id ?? list[0]!.id;
  return (
    <section className="as-amended" aria-label="As amended">
      <div className="as-amended-switch">
        <label>
          Show this law as amended by{' '}
          <select value={by} onChange={(e) => setParams({ by: e.target.value })}>
            {list.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title} ({c.records} amendment{c.records === 1 ? '' : 's'} to this law)
              </option>
            ))}
          </select>
        </label>
      </div>
      <Consolidated instrument={instrument} amendingId={by} />
    </section>
  );
}

function Consolidated({ instrument, amendingId }: { instrument: Instrument; amendingId: string }) {
  const data = useResource(`as-amended:${instrument.id}:${amendingId}`, (signal) => api.asAmendedBy(instrument.id, amendingId, signal));
  const [onlyChanged, setOnlyChanged] = useState(true);
  if (data.state === 'loading') return <Loading what="the text as amended" />;
  if (data.state === 'error') return <ErrorPanel error={data.error} onRetry={data.reload} />;
  const c = data.data;
  return (
    <>
      <Summary c={c} instrument={instrument} />
      <Outcomes c={c} instrument={instrument} />
      <h2>The text as amended</h2>
      <p className="diff-key">
        Key: <ins>inserted or substituted text</ins> <del>repealed or struck-out text</del>. Each change names the provision of
        the {c.amending.title} that makes it.
      </p>
      <label className="inline-check">
        <input type="checkbox" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} /> Only the sections the
        amendments change
      </label>
      <ConsolidatedText c={c} instrument={instrument} onlyChanged={onlyChanged} />
    </>
  );
}

function Summary({ c, instrument }: { c: Consolidation; instrument: Instrument }) {
  const s = c.summary;
  const here = s.records - s.otherInstrument;
  return (
    <p className="as-amended-summary">
      <strong>
        {s.applied} of {here} amendment{here === 1 ? '' : 's'} to this law applied
      </strong>
      {s.partlyApplied ? `, ${s.partlyApplied} in part` : ''}
      {s.notApplied ? `; ${s.notApplied} could not be applied (see why below)` : ''}
      {s.otherInstrument
        ? `. ${s.otherInstrument === 1 ? 'One other amendment' : `${s.otherInstrument} other amendments`} of the ${c.amending.title} ${s.otherInstrument === 1 ? 'changes another Act' : 'change other Acts'}.`
        : '.'}{' '}
      <a href={api.asAmendedAknUrl(instrument.id, c.amending.id)} download={`${instrument.id}-as-amended.xml`}>
        Download as Akoma Ntoso (XML)
      </a>
    </p>
  );
}

const VERB: Record<AmendmentOutcome['action'], string> = {
  insert: 'inserts',
  substitute: 'substitutes',
  repeal: 'repeals',
  'amend-words': 'amends words in',
  renumber: 'renumbers',
};

/** A provision of the consolidated text as a lawyer cites it: "s. 3(2A)", "para. 4 of the Schedule". */
function citeChanged(p: ConsolidatedProvision, instrument: Instrument): string {
  const schedule = p.num.match(/^(Schedule[^(]*)\(([^)]+)\)$/i);
  if (schedule) return `para. ${schedule[2]} of the ${schedule[1]!.trim()}`;
  return citeUnit(instrument, p.num);
}

/**
 * What an amendment does, in a drafter's words: by the provisions it changed when it applied ("inserts ss. 5A,
 * 5B"), else by the place the clause names ("substitutes subsection (5) of section 4").
 */
function whatItDoes(o: AmendmentOutcome, c: Consolidation, instrument: Instrument): string {
  const verb = VERB[o.action];
  if (o.changed.length) {
    const nums = o.changed.map((eId) => c.provisions.find((p) => p.eId === eId)).filter((p): p is ConsolidatedProvision => !!p);
    const sections = nums.filter((p) => !/^Schedule/i.test(p.num)).map((p) => p.num);
    const others = nums.filter((p) => /^Schedule/i.test(p.num)).map((p) => citeChanged(p, instrument));
    return `${verb} ${[...(sections.length ? [citeUnits(instrument, sections)] : []), ...others].join(', ')}`;
  }
  const provision = o.provision ?? (o.action === 'repeal' ? 'the whole Act' : 'a provision it does not name');
  const place = o.position ? (/^(?:immediately\s+)?(?:after|before)\b/i.test(o.position) ? `${provision}, ${o.position}` : `${o.position} of ${provision}`) : provision;
  return `${verb} ${place}${o.status === 'other-instrument' ? ` of the ${o.target}` : ''}`;
}

function Outcomes({ c, instrument }: { c: Consolidation; instrument: Instrument }) {
  const amendingLink = (eId: string) => href(`/instruments/${encodeURIComponent(c.amending.id)}`, { p: eId });
  return (
    <table className="plain-table outcomes">
      <caption>Every amendment the {c.amending.title} makes, and what became of it in the {instrument.title}</caption>
      <thead>
        <tr>
          <th scope="col">Amending provision</th>
          <th scope="col">What it does</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {c.outcomes.map((o) => (
          <tr key={o.record} className={`outcome-${o.status}`}>
            <td>
              <Link to={amendingLink(o.by.eId)}>{o.by.cite}</Link>
            </td>
            <td>{whatItDoes(o, c, instrument)}</td>
            <td>
              <span className={`outcome-badge outcome-${o.status}`}>{OUTCOME_WORDS[o.status]}</span>
              {o.reason ? <span className="outcome-reason"> {o.reason}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ConsolidatedText({ c, instrument, onlyChanged }: { c: Consolidation; instrument: Instrument; onlyChanged: boolean }) {
  const units = consolidatedUnits(c.provisions).filter((u) => !onlyChanged || u.some((p) => p.change));
  if (units.length === 0) return <Empty>No amendment could be applied to this law: its text is unchanged.</Empty>;
  const byEId = new Map(c.provisions.map((p) => [p.eId, p]));
  return (
    <div className="consolidated">
      {units.map((unit) => {
        const head = unit[0]!;
        return (
          <section key={head.eId} className="unit-text" aria-label={citeUnit(instrument, head.num)}>
            <h3>
              {citeUnit(instrument, head.num)}
              {head.heading ? ` ${head.heading}` : ''}
            </h3>
            {unit.map((p) => (
              <ChangedProvision key={p.eId} p={p} label={p.level > 0 ? citeUnit(instrument, p.num) : ''} startsHere={changeStartsAt(p, byEId)} amendingId={c.amending.id} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
