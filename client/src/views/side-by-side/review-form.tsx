import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import type { ArticleAlignment, CoverageStatus, TemplateArticle } from '../../api/types.ts';
import { ErrorPanel } from '../../components/feedback.tsx';
import { STATUS_INFO } from '../../components/status.ts';
import { parseUnitList } from './unit-provisions.ts';
import { effective } from '../../api/normalise.ts';
import { useSession } from '../../auth/session.ts';

const AUTHOR_KEY = 'lexalign.author';

function rememberedAuthor(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
}

export function ReviewForm({ instrument, article, template, alignment, elements = [], onSaved }: {
  instrument: string;
  article: string;
  template: string | undefined;
  alignment: ArticleAlignment;
  /** The article's elements, each of which may get a note. */
  elements?: TemplateArticle['elements'];
  onSaved: () => void;
}) {
  const machine = alignment.reviewed?.machine ?? { status: alignment.status, provisions: alignment.provisions };
  const [author, setAuthor] = useState(rememberedAuthor);
  // On a shared server the review is recorded under the signed-in account, not a typed name.
  const session = useSession();
  const account = session.state === 'ready' && session.accounts ? session.account : null;
  const readOnly = account?.role === 'reader';
  const now = effective(alignment);
  const [status, setStatus] = useState<CoverageStatus>(now.status);
  // A reviewer's pinpoints ("14(1)(a)") are shown back as typed; else the units the finding names.
  const [units, setUnits] = useState((alignment.reviewed?.pinpoints ?? now.provisions).join(', '));
  const [note, setNote] = useState('');
  const [elementNotes, setElementNotes] = useState<Record<string, string>>(alignment.reviewed?.elementNotes ?? {});
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; error: Error }>({ kind: 'idle' });

  async function save(review: { status: CoverageStatus; provisions: string[] }) {
    const name = account ? account.name : author.trim();
    if (!name) {
      setState({ kind: 'error', error: new Error('Enter your name: every review records who made it.') });
      return;
    }
    try {
      if (!account) localStorage.setItem(AUTHOR_KEY, name);
    } catch {
      // Private browsing may refuse storage; the review itself still goes through.
    }
    setState({ kind: 'saving' });
    try {
      const notes = Object.fromEntries(Object.entries(elementNotes).filter(([, v]) => v.trim()));
      await api.putReview(instrument, article, template, {
        author: name,
        ...review,
        note: note.trim() || undefined,
        elementNotes: Object.keys(notes).length ? notes : undefined,
      });
      setState({ kind: 'saved' });
      setNote('');
      onSaved();
    } catch (error) {
      setState({ kind: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save({ status, provisions: status === 'missing' ? [] : parseUnitList(units) });
  }

  return (
    <form className="review-form" onSubmit={submit} aria-labelledby="review-heading">
      <h2 id="review-heading">Review</h2>
      {account ? (
        <p className={readOnly ? 'notice' : 'hint'}>
          {readOnly ? 'Your account, ' : 'Recorded under your account, '}
          <strong>{account.name}</strong>
          {readOnly ? ', can read reviews but not record them: ask the administrator for the reviewer role.' : '.'}
        </p>
      ) : (
        <label>
          Your name
          <input value={author} onChange={(e) => setAuthor(e.target.value)} autoComplete="name" required />
        </label>
      )}
      <fieldset>
        <legend>Status</legend>
        {(['covered', 'partial', 'missing'] as const).map((s) => (
          <label key={s} className="radio">
            <input type="radio" name="status" value={s} checked={status === s} onChange={() => setStatus(s)} />{' '}
            <span aria-hidden="true">{STATUS_INFO[s].symbol}</span> {STATUS_INFO[s].label}
          </label>
        ))}
      </fieldset>
      <label>
        Implementing provisions (sections, clauses or pinpoints, comma-separated)
        <input value={units} onChange={(e) => setUnits(e.target.value)} placeholder="e.g. 14, s. 3(1)(a), cl. 8(2)" disabled={status === 'missing'} />
      </label>
      <label>
        Note
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
      </label>
      {elements.length ? (
        <details className="element-notes" open={Object.keys(elementNotes).length > 0}>
          <summary>Notes on elements ({Object.values(elementNotes).filter((v) => v.trim()).length} written)</summary>
          {elements.map((e) => (
            <label key={e.id}>
              {e.label}
              <textarea rows={2} value={elementNotes[e.id] ?? ''} onChange={(ev) => setElementNotes({ ...elementNotes, [e.id]: ev.target.value })} />
            </label>
          ))}
        </details>
      ) : null}
      <div className="form-actions">
        <button type="button" onClick={() => void save(machine)} disabled={state.kind === 'saving' || readOnly}>
          Confirm machine finding
        </button>
        <button type="submit" className="primary" disabled={state.kind === 'saving' || readOnly}>
          Save review
        </button>
      </div>
      <div aria-live="polite">
        {state.kind === 'saving' ? <p>Saving…</p> : null}
        {state.kind === 'saved' ? <p className="success">Review saved.</p> : null}
      </div>
      {state.kind === 'error' ? <ErrorPanel error={state.error} /> : null}
    </form>
  );
}
