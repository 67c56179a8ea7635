import type { AmendmentOutcome, ConsolidatedProvision } from '../../api/types.ts';
import { href, Link } from '../../router.tsx';

type Change = NonNullable<ConsolidatedProvision['change']>;

const LABEL: Record<Change['action'], string> = {
  inserted: 'Inserted',
  substituted: 'Substituted',
  repealed: 'Repealed',
  amended: 'Amended',
  renumbered: 'Renumbered',
};

/** The badge and the note of a change ("inserted by cl. 3 of ..."), linking to the amending provision. */
function ChangeMark({ change, amendingId }: { change: Change; amendingId: string }) {
  return (
    <>
      <span className={`change-badge change-badge-${change.action}`}>{LABEL[change.action]}</span>
      <Link to={href(`/instruments/${encodeURIComponent(amendingId)}`, { p: change.by.eId })} className="change-note">
        {change.note}
      </Link>
      {change.action === 'renumbered' && change.previous ? <span className="muted">(formerly {change.previous})</span> : null}
    </>
  );
}

/**
 * A provision's text with its change marked: new text underlined, struck-out words and repealed text struck
 * through, the text a substitution replaced one click away. All as React text nodes.
 */
function MarkedText({ provision: p }: { provision: ConsolidatedProvision }) {
  const change = p.change;
  if (p.repealed) {
    return (
      <p className="statute-text repealed-text">
        <span className="repealed-note">[Repealed]</span>{' '}
        {change?.previous ? <del title="Repealed text">{change.previous}</del> : null}
      </p>
    );
  }
  if (change?.segments) {
    return (
      <p className="statute-text">
        {change.segments.map((s, i) =>
          s.op === 'equal' ? <span key={i}>{s.text}</span> : s.op === 'delete' ? <del key={i}>{s.text}</del> : <ins key={i}>{s.text}</ins>,
        )}
      </p>
    );
  }
  if (!p.text) return null;
  if (change && (change.action === 'inserted' || change.action === 'substituted')) {
    return (
      <>
        <p className="statute-text">
          <ins>{p.text}</ins>
        </p>
        {change.previous ? (
          <details className="previous-text">
            <summary>Text before the substitution</summary>
            <p className="statute-text">
              <del>{change.previous}</del>
            </p>
          </details>
        ) : null}
      </>
    );
  }
  return <p className="statute-text">{p.text}</p>;
}

/** Units (a top-level provision with what is below it) of a consolidated text, in order. */
export function consolidatedUnits(provisions: ConsolidatedProvision[]): ConsolidatedProvision[][] {
  const units: ConsolidatedProvision[][] = [];
  for (const p of provisions) {
    if (p.level === 0 || units.length === 0) units.push([p]);
    else units[units.length - 1]!.push(p);
  }
  return units;
}

/** A change is named once, on the provision it starts at, not again on each of its subdivisions. */
export function changeStartsAt(p: ConsolidatedProvision, byEId: Map<string, ConsolidatedProvision>): boolean {
  const parent = p.parent ? byEId.get(p.parent) : undefined;
  return !!p.change && !(parent?.change && parent.change.record === p.change.record);
}

/** An amendment's result in words, as the outcome tables and lists print it. */
export const OUTCOME_WORDS: Record<AmendmentOutcome['status'], string> = {
  applied: 'Applied',
  'partly-applied': 'Applied in part',
  'not-applied': 'Not applied',
  'other-instrument': 'Another Act',
};

/**
 * One provision of a consolidated text: its label and, on the provision a change starts at, the change's badge and
 * note; then its text with the change marked.
 */
export function ChangedProvision({ p, label, startsHere, amendingId }: { p: ConsolidatedProvision; label: string; startsHere: boolean; amendingId: string }) {
  return (
    <div className={provisionClass(p)} data-eid={p.eId}>
      {label || startsHere ? (
        <p className="provision-meta">
          {label ? <strong>{label}</strong> : null}
          {startsHere ? <ChangeMark change={p.change!} amendingId={amendingId} /> : null}
        </p>
      ) : null}
      <MarkedText provision={p} />
    </div>
  );
}

/** A provision's indent by level, and the change it carries (for its colour). */
export function provisionClass(p: ConsolidatedProvision): string {
  return `provision indent-${Math.min(4, p.level)}${p.change ? ` change-${p.change.action}` : ''}`;
}
