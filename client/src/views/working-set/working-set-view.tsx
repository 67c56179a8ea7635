import { Empty } from '../../components/feedback.tsx';
import { Link } from '../../router.tsx';
import { usePageTitle } from '../../use-page-title.ts';
import { pinKey, pinLabel, pinPath, removePin, saveWorkingSet, setPinNote, useWorkingSet, workingSetCsv, workingSetMarkdown, type Pin } from '../../components/working-set.ts';
import './working-set.css';

const KIND_HEADINGS: Record<Pin['kind'], string> = { article: 'Articles', finding: 'Findings', provision: 'Provisions' };

/** Offers a text as a file download, built in the browser (nothing leaves it). */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function WorkingSetView() {
  usePageTitle('Working set');
  const set = useWorkingSet();
  const origin = window.location.origin;
  return (
    <section className="working-set-view">
      <h1>Working set</h1>
      <p className="lede">
        Articles, findings and provisions you pinned while reading. They are kept in this browser only (its local storage), for you alone on this
        computer: nothing is sent to the server, and clearing the browser's data clears them. Export them to keep or share them.
      </p>
      <div className="toolbar">
        <button type="button" disabled={set.length === 0} onClick={() => download('working-set.csv', 'text/csv;charset=utf-8', workingSetCsv(set, origin))}>
          Download CSV
        </button>
        <button type="button" disabled={set.length === 0} onClick={() => download('working-set.md', 'text/markdown;charset=utf-8', workingSetMarkdown(set, origin))}>
          Download Markdown
        </button>
        <button
          type="button"
          disabled={set.length === 0}
          onClick={() => {
            if (window.confirm(`Remove all ${set.length} pinned items from this browser?`)) saveWorkingSet([]);
          }}
        >
          Remove all
        </button>
      </div>
      {set.length === 0 ? (
        <Empty>Nothing pinned yet. Use “Pin to working set” on a comparison, a finding or a provision.</Empty>
      ) : (
        (['article', 'finding', 'provision'] as const).map((kind) => {
          const items = set.filter((p) => p.kind === kind);
          if (items.length === 0) return null;
          return (
            <section key={kind} aria-labelledby={`pins-${kind}`}>
              <h2 id={`pins-${kind}`}>
                {KIND_HEADINGS[kind]} ({items.length})
              </h2>
              <ul className="pins">
                {items.map((p) => (
                  <PinRow key={pinKey(p)} pin={p} set={set} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </section>
  );
}

function PinRow({ pin, set }: { pin: Pin; set: Pin[] }) {
  const key = pinKey(pin);
  const label = pinLabel(pin);
  return (
    <li className="pin">
      <p className="pin-head">
        <Link to={pinPath(pin)}>{label}</Link>
        {pin.kind === 'finding' ? <span className="muted"> · {pin.instrumentTitle}</span> : null}
        {pin.kind === 'article' && pin.instruments.length ? <span className="muted"> · {pin.instruments.length} statutes</span> : null}{' '}
        <button type="button" className="link-button" onClick={() => saveWorkingSet(removePin(set, key))} aria-label={`Unpin ${label}`}>
          Unpin
        </button>
      </p>
      {pin.kind === 'provision' && pin.excerpt ? <p className="statute-text pin-excerpt">{pin.excerpt}</p> : null}
      <label className="pin-note">
        Note
        <input defaultValue={pin.note ?? ''} onBlur={(e) => saveWorkingSet(setPinNote(set, key, e.target.value.trim()))} placeholder="Why it matters for the draft" />
      </label>
    </li>
  );
}
