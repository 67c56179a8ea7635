import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Instrument, UnitDiff, VersionDiff, VersionsResponse } from '../../api/types.ts';
import { uploadStatute } from '../../api/upload.ts';
import { useResource } from '../../api/use-resource.ts';
import { citeUnit, type CitedUnits } from '../../../../server/citation/cite.ts';
import { DiffText } from '../../components/diff-text.tsx';
import { Empty, ErrorPanel, Loading } from '../../components/feedback.tsx';
import { href, Link, setParams, useLocation } from '../../router.tsx';

type Version = VersionsResponse['versions'][number];

const dateOf = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const label = (v: Version) => `Version ${v.number} (${dateOf(v.date)})`;

/**
 * The texts of one law kept in the library (a Bill as introduced and as passed, a revised edition), their dates, a
 * unit-by-unit comparison of any two, and the upload of a later text as a new version (never a replacement).
 */
export function VersionsPanel({ instrument }: { instrument: Instrument }) {
  const [nonce, setNonce] = useState(0);
  const data = useResource(`versions:${instrument.id}:${nonce}`, (signal) => api.versions(instrument.id, signal));
  if (data.state === 'loading') return <Loading what="the versions" />;
  if (data.state === 'error') return <ErrorPanel error={data.error} onRetry={data.reload} />;
  const { versions } = data.data;
  return (
    <section className="versions" aria-label="Versions">
      <table className="plain-table">
        <caption>Texts of this law in the library, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Title as printed</th>
            <th scope="col">Entered the library</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id} aria-current={v.id === instrument.id ? 'true' : undefined}>
              <td>
                {v.id === instrument.id ? <strong>Version {v.number} (shown)</strong> : <Link to={`/instruments/${encodeURIComponent(v.id)}?tab=versions`}>Version {v.number}</Link>}
              </td>
              <td>{v.title}</td>
              <td>{dateOf(v.date)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {versions.length > 1 ? <Comparison versions={versions} cited={instrument} /> : <Empty>Only one text of this law is in the library.</Empty>}
      <NewVersion instrument={instrument} onDone={() => setNonce((n) => n + 1)} />
    </section>
  );
}

/** `cited`: how the law's units are cited (a Bill's clauses as "cl."), from the version shown. */
function Comparison({ versions, cited }: { versions: Version[]; cited: CitedUnits }) {
  const { params } = useLocation();
  const ids = versions.map((v) => v.id);
  const to = ids.includes(params.get('to') ?? '') ? params.get('to')! : ids[ids.length - 1]!;
  const from = ids.includes(params.get('from') ?? '') && params.get('from') !== to ? params.get('from')! : ids[Math.max(0, ids.indexOf(to) - 1)]!;
  const pick = (name: 'from' | 'to', value: string) => (
    <select aria-label={name === 'from' ? 'Earlier text' : 'Later text'} value={value} onChange={(e) => setParams({ [name]: e.target.value })}>
      {versions.map((v) => (
        <option key={v.id} value={v.id}>
          {label(v)}
        </option>
      ))}
    </select>
  );
  return (
    <div className="version-compare">
      <h2>Compare two versions</h2>
      <p className="mode-switch">
        From {pick('from', from)} to {pick('to', to)}
      </p>
      {from === to ? <Empty>Choose two different versions.</Empty> : <DiffView from={versions.find((v) => v.id === from)!} to={versions.find((v) => v.id === to)!} cited={cited} />}
    </div>
  );
}

const STATUS_WORDS: Record<UnitDiff['status'], string> = {
  unchanged: 'Unchanged',
  changed: 'Changed',
  renumbered: 'Renumbered',
  added: 'Added',
  removed: 'Removed',
};

function DiffView({ from, to, cited }: { from: Version; to: Version; cited: CitedUnits }) {
  const data = useResource(`version-diff:${from.id}:${to.id}`, (signal) => api.versionDiff(from.id, to.id, signal));
  const [showUnchanged, setShowUnchanged] = useState(false);
  if (data.state === 'loading') return <Loading what="the comparison" />;
  if (data.state === 'error') return <ErrorPanel error={data.error} onRetry={data.reload} />;
  const d: VersionDiff = data.data;
  const s = d.summary;
  const units = d.units.filter((u) => showUnchanged || u.status !== 'unchanged');
  return (
    <>
      <p className="as-amended-summary">
        <strong>
          {s.changed} changed, {s.renumbered} renumbered, {s.added} added, {s.removed} removed
        </strong>
        ; {s.unchanged} unchanged.
      </p>
      <p className="diff-key">
        Key: <del>only in version {from.number}</del> <ins>only in version {to.number}</ins>. Sections are matched by number and,
        when renumbered, by their wording.
      </p>
      <label className="inline-check">
        <input type="checkbox" checked={showUnchanged} onChange={(e) => setShowUnchanged(e.target.checked)} /> Show unchanged sections too
      </label>
      {units.map((u, i) => (
        <UnitChange key={`${u.from?.eId ?? ''}-${u.to?.eId ?? ''}-${i}`} u={u} from={from} to={to} cited={cited} />
      ))}
    </>
  );
}

function UnitChange({ u, from, to, cited }: { u: UnitDiff; from: Version; to: Version; cited: CitedUnits }) {
  const side = u.to ?? u.from!;
  const title = u.status === 'renumbered' ? `${citeUnit(cited, u.from!.unit)} → ${citeUnit(cited, u.to!.unit)}` : citeUnit(cited, side.unit);
  const link = (v: Version, eId: string) => href(`/instruments/${encodeURIComponent(v.id)}`, { p: eId });
  return (
    <section className={`unit-change unit-${u.status}`}>
      <h3>
        <span className={`change-badge change-badge-${u.status}`}>{STATUS_WORDS[u.status]}</span> {title}
        {side.heading ? ` ${side.heading}` : ''}
        {u.from && u.to ? <span className="count"> · {Math.round(u.similarity * 100)}% of the words the same</span> : null}
      </h3>
      {u.heading ? (
        <p className="muted">
          Heading: <del>{u.heading.from ?? '(none)'}</del> → <ins>{u.heading.to ?? '(none)'}</ins>
        </p>
      ) : null}
      {u.subdivisions?.length ? (
        <p className="muted">
          {u.subdivisions.map((sd) => `${citeUnit(cited, sd.num)} ${sd.status}`).join('; ')}
        </p>
      ) : null}
      {u.segments ? <DiffText segments={u.segments} leftName={`version ${from.number}`} rightName={`version ${to.number}`} /> : null}
      <p className="muted">
        {u.from ? <Link to={link(from, u.from.eId)}>Read it in version {from.number}</Link> : null}
        {u.from && u.to ? ' · ' : null}
        {u.to ? <Link to={link(to, u.to.eId)}>Read it in version {to.number}</Link> : null}
      </p>
    </section>
  );
}

function NewVersion({ instrument, onDone }: { instrument: Instrument; onDone: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<{ busy: boolean; error?: Error; done?: string }>({ busy: false });
  const send = async () => {
    if (!file) return;
    setState({ busy: true });
    try {
      const r = await uploadStatute(file, { versionOf: instrument.id }, () => {}).promise;
      setState({ busy: false, done: r.instrument.id });
      onDone();
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error : new Error(String(error)) });
    }
  };
  return (
    <form
      className="new-version"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <h2>Add a later text of this law</h2>
      <p className="muted">
        A Bill as passed, a revised edition: it is kept as a new version beside this one, never in its place, so reviews stay with
        the text they were made on. A text of another law is refused.
      </p>
      <label>
        File (.md .txt .html .json .pdf .docx){' '}
        <input type="file" accept=".md,.txt,.html,.htm,.json,.pdf,.docx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </label>{' '}
      <button type="submit" disabled={!file || state.busy}>
        {state.busy ? 'Uploading…' : 'Upload as a new version'}
      </button>
      {state.error ? <ErrorPanel error={state.error} /> : null}
      {state.done ? (
        <p role="status">
          Kept as <Link to={`/instruments/${encodeURIComponent(state.done)}?tab=versions`}>{state.done}</Link>.
        </p>
      ) : null}
    </form>
  );
}
