import { api } from '../../api/client.ts';
import type { AmendsResponse, ConsolidatedProvision, Consolidation, Instrument, Provision } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';
import { citeUnit, citeUnits } from '../../../../server/citation/cite.ts';
import { ErrorPanel, Loading } from '../../components/feedback.tsx';
import { href, Link, setParams } from '../../router.tsx';
import { ChangedProvision, changeStartsAt, consolidatedUnits, OUTCOME_WORDS, provisionClass } from '../instrument/as-amended-marks.tsx';

/**
 * The third text of the side-by-side view: the principal law as an amending instrument in the library would leave
 * it. Either the statute shown is the principal (`?amendedBy=<amending id>`: its cited sections as amended), or it
 * is the amending Bill or Act (`?amends=<principal id>`: what its cited clauses do to the principal). Every change is
 * marked and links to the clause that makes it; every amendment that cannot be applied is listed with its reason.
 */

interface AsAmendedOption {
  principal: { id: string; title: string };
  amending: { id: string; title: string };
  /** `by`: the statute shown is the principal; `amends`: it is the amending instrument. */
  side: 'by' | 'amends';
}

/** The principal-and-amending pairs the library offers for this statute, and the one the URL chose. */
export function useAsAmendedOptions(instrument: Instrument, params: URLSearchParams): { options: AsAmendedOption[]; chosen: AsAmendedOption | undefined } {
  const amendedBy = useResource(`amended-by:${instrument.id}`, (signal) => api.amendedBy(instrument.id, signal));
  const amends = useResource(instrument.amendments?.length ? `amends:${instrument.id}` : null, (signal) => api.amends(instrument.id, signal));
  const options: AsAmendedOption[] = [
    ...(amendedBy.data?.amendedBy ?? []).map((a) => ({ principal: { id: instrument.id, title: instrument.title }, amending: { id: a.id, title: a.title }, side: 'by' as const })),
    ...(amends.data?.principals ?? []).map((p) => ({ principal: { id: p.id, title: p.title }, amending: { id: instrument.id, title: instrument.title }, side: 'amends' as const })),
  ];
  const by = params.get('amendedBy');
  const of = params.get('amends');
  const chosen = options.find((o) => (o.side === 'by' ? o.amending.id === by : o.principal.id === of));
  return { options, chosen };
}

const optionValue = (o: AsAmendedOption) => (o.side === 'by' ? `by:${o.amending.id}` : `amends:${o.principal.id}`);

/** The switch: nothing beside the texts, or one law as amended. Shown only when the library has a pair. */
export function AsAmendedChoice({ options, chosen }: { options: AsAmendedOption[]; chosen: AsAmendedOption | undefined }) {
  if (options.length === 0) return null;
  return (
    <p className="as-amended-choice">
      <label>
        Show beside them, as amended:{' '}
        <select
          value={chosen ? optionValue(chosen) : ''}
          onChange={(e) => {
            const [side, id] = [e.target.value.slice(0, e.target.value.indexOf(':')), e.target.value.slice(e.target.value.indexOf(':') + 1)];
            setParams({ amendedBy: side === 'by' ? id : '', amends: side === 'amends' ? id : '' });
          }}
        >
          <option value="">Not shown</option>
          {options.map((o) => (
            <option key={optionValue(o)} value={optionValue(o)}>
              {o.side === 'by' ? `this law as the ${o.amending.title} would amend it` : `the ${o.principal.title} as this instrument would amend it`}
            </option>
          ))}
        </select>
      </label>
    </p>
  );
}

const cite = (num: string) => citeUnit({ units: 'sections' }, num);

export function AsAmendedColumn({ option, instrument, provisions, units }: { option: AsAmendedOption; instrument: Instrument; provisions: Provision[]; units: string[] }) {
  const { principal, amending } = option;
  const consolidation = useResource(`as-amended:${principal.id}:${amending.id}`, (signal) => api.asAmendedBy(principal.id, amending.id, signal));
  const amends = useResource(option.side === 'amends' ? `amends:${amending.id}` : null, (signal) => api.amends(amending.id, signal));
  const whole = href(`/instruments/${encodeURIComponent(principal.id)}`, { tab: 'amended', by: amending.id });
  let body;
  if (consolidation.state === 'loading' || (option.side === 'amends' && amends.state === 'loading')) body = <Loading what="the text as amended" />;
  else if (consolidation.state === 'error') body = <ErrorPanel error={consolidation.error} onRetry={consolidation.reload} />;
  else if (amends.state === 'error') body = <ErrorPanel error={amends.error} onRetry={amends.reload} />;
  else if (option.side === 'by') body = <PrincipalUnits c={consolidation.data} units={units} />;
  else body = <AmendingClauses c={consolidation.data} amends={amends.data!} instrument={instrument} provisions={provisions} units={units} />;
  return (
    <section className="text-column amended-column" aria-label="As amended">
      <h2>
        {principal.title} as amended by the {amending.title}
      </h2>
      <p className="diff-key">
        <ins>Inserted or substituted text</ins> <del>repealed or struck-out text</del>. Each change links to the provision of the{' '}
        {amending.title} that makes it. <Link to={whole}>The whole law as amended</Link>
      </p>
      {body}
    </section>
  );
}

/** One unit of the consolidated text, each change marked once, where it starts. */
function AmendedUnit({ unit, c }: { unit: ConsolidatedProvision[]; c: Consolidation }) {
  const head = unit[0]!;
  const byEId = new Map(unit.map((p) => [p.eId, p]));
  return (
    <div className="unit-block" aria-label={`${cite(head.num)} as amended`}>
      <h3>
        {cite(head.num)}
        {head.heading ? <span className="unit-heading"> {head.heading}</span> : null}
      </h3>
      {unit.map((p) => {
        const label = p.level > 0 ? (/\([^)]*\)$/.exec(p.num)?.[0] ?? p.num) : '';
        // Text no amendment touches reads as in the statute, its label inline; a changed provision gets its badge line.
        if (!p.change && !p.repealed) {
          if (!p.text && !label) return null;
          return (
            <div key={p.eId} className={provisionClass(p)} data-eid={p.eId}>
              <p className="statute-text">
                {label ? <span className="prov-num">{label} </span> : null}
                {p.text}
              </p>
            </div>
          );
        }
        return <ChangedProvision key={p.eId} p={p} label={label} startsHere={changeStartsAt(p, byEId)} amendingId={c.amending.id} />;
      })}
    </div>
  );
}

/** The amendments that could not be applied, or only in part, each with its reason. */
function NotApplied({ c }: { c: Consolidation }) {
  const outcomes = c.outcomes.filter((o) => o.status === 'not-applied' || o.status === 'partly-applied');
  if (!outcomes.length) return null;
  return (
    <div className="not-applied">
      <h3>Amendments not applied</h3>
      <ul>
        {outcomes.map((o) => (
          <li key={o.record}>
            <Link to={href(`/instruments/${encodeURIComponent(c.amending.id)}`, { p: o.by.eId })}>{o.by.cite}</Link>
            {o.provision ? ` (${o.provision}${o.position ? `, ${o.position}` : ''})` : ''}:{' '}
            <span className="outcome-badge outcome-not-applied">{OUTCOME_WORDS[o.status]}</span> {o.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The statute shown is the principal: its cited sections as amended, then the other sections the amendments change. */
function PrincipalUnits({ c, units }: { c: Consolidation; units: string[] }) {
  const all = consolidatedUnits(c.provisions);
  const cited = units.map((u) => ({ u, unit: all.find((g) => g[0]!.unit === u) }));
  const others = all.filter((g) => !units.includes(g[0]!.unit) && g.some((p) => p.change));
  return (
    <>
      {units.length === 0 ? <p className="empty">No provision of this law is cited for the article; the sections the amendments change are below.</p> : null}
      {cited.map(({ u, unit }) =>
        unit ? (
          <div key={u}>
            {unit.some((p) => p.change) ? null : <p className="muted unchanged-note">{cite(u)} is not changed by the {c.amending.title}.</p>}
            <AmendedUnit unit={unit} c={c} />
          </div>
        ) : (
          <p key={u} className="muted">
            {cite(u)} is not in the text as amended.
          </p>
        ),
      )}
      {others.length ? (
        <div className="other-changes">
          <h3>Other sections the {c.amending.title} changes</h3>
          {others.map((unit) => (
            <details key={unit[0]!.eId}>
              <summary>
                {cite(unit[0]!.num)}
                {unit[0]!.heading ? ` ${unit[0]!.heading}` : ''}: {[...new Set(unit.flatMap((p) => (p.change ? [p.change.note] : [])))].join('; ')}
              </summary>
              <AmendedUnit unit={unit} c={c} />
            </details>
          ))}
        </div>
      ) : null}
      <NotApplied c={c} />
    </>
  );
}

/** The statute shown is the amending instrument: what the clauses cited for the article do to the principal. */
function AmendingClauses({ c, amends, instrument, provisions, units }: { c: Consolidation; amends: AmendsResponse; instrument: Instrument; provisions: Provision[]; units: string[] }) {
  const clauseCite = (nums: string[]) => citeUnits(instrument, nums);
  const inCell = new Set(provisions.filter((p) => units.includes(p.unit)).map((p) => p.eId));
  const unitOf = new Map(provisions.map((p) => [p.eId, p.unit]));
  const numOf = new Map(provisions.map((p) => [p.eId, p.num]));
  // "s. 37(2)", "cl. 6", "the Schedule": the instrument is named in the heading above.
  const shortCite = (eId: string) => {
    const num = numOf.get(eId);
    if (!num) return undefined;
    return /^schedule/i.test(num) ? `the ${num}` : clauseCite([num]);
  };
  const records = amends.records.filter((r) => inCell.has(r.by.eId));
  const here = records.filter((r) => r.principals.includes(c.principal.id));
  // With no clause of the cell amending the principal, all its changes are shown, and the page says so.
  const shown = here.length ? here : amends.records.filter((r) => r.principals.includes(c.principal.id));
  const changed = new Set(shown.flatMap((r) => c.outcomes[r.record]?.changed ?? []));
  const all = consolidatedUnits(c.provisions).filter((g) => g.some((p) => changed.has(p.eId)));
  const elsewhere = amends.records.filter((r) => !r.principals.includes(c.principal.id));
  const byTarget = new Map<string, typeof elsewhere>();
  for (const r of elsewhere) byTarget.set(r.target, [...(byTarget.get(r.target) ?? []), r]);
  const clauses = [...new Set(records.map((r) => unitOf.get(r.by.eId) ?? r.by.eId))];
  return (
    <>
      {here.length ? null : (
        <p className="muted">
          {units.length ? `${clauseCite(units)} ${units.length === 1 ? 'makes' : 'make'} no amendment to the ${c.principal.title}` : 'No provision is cited for the article'}
          {records.length ? ` (${units.length === 1 ? 'it amends' : 'they amend'} the ${[...new Set(records.map((r) => r.target))].join('; the ')}, listed below)` : ''}; all the changes
          the {c.amending.title} makes to the {c.principal.title} are shown.
        </p>
      )}
      {here.length && clauses.length ? <p className="muted">What {clauseCite(clauses)} {clauses.length === 1 ? 'does' : 'do'} to the {c.principal.title}:</p> : null}
      {all.map((unit) => (
        <AmendedUnit key={unit[0]!.eId} unit={unit} c={c} />
      ))}
      {/* Listed for the whole instrument, not only the clauses cited: it is short, and a drafter checking one article
          should not miss a failed amendment next to it. */}
      <NotApplied c={c} />
      {elsewhere.length ? (
        <div className="not-applied">
          <h3>Amendments of other laws in the {c.amending.title}</h3>
          <ul>
            {[...byTarget].map(([target, rs]) => (
              <li key={target}>
                The {target}, amended by{' '}
                {rs.map((r, i) => (
                  <span key={r.record}>
                    {i ? ', ' : ''}
                    <Link to={href(`/instruments/${encodeURIComponent(c.amending.id)}`, { p: r.by.eId })}>{shortCite(r.by.eId) ?? r.by.cite}</Link>
                  </span>
                ))}
                :{' '}
                {rs[0]!.principals.length ? (
                  <button type="button" className="link-button" onClick={() => setParams({ amends: rs[0]!.principals[0]!, amendedBy: '' })}>
                    show it as amended
                  </button>
                ) : (
                  <span className="outcome-badge outcome-other-instrument">target not in the library</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
