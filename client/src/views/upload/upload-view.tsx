import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { forgetInstruments, instruments } from '../../api/cached.ts';
import { api } from '../../api/client.ts';
import type { UploadResponse } from '../../api/types.ts';
import { uploadStatute } from '../../api/upload.ts';
import { useResource } from '../../api/use-resource.ts';
import { ErrorPanel } from '../../components/feedback.tsx';
import { jurisdictionName } from '../../../../server/citation/cite.ts';
import { href, Link } from '../../router.tsx';
import { usePageTitle } from '../../use-page-title.ts';
import { IngestReportPanel } from '../instrument/ingest-report-panel.tsx';
import { ACCEPT, extensionOf, fileProblem, formatBytes, suggestNewId, validNewId } from './upload-checks.ts';

const KINDS = ['act', 'bill', 'revised', 'regulation', 'chapter', 'model', 'other'];
const KIND_NAMES: Record<string, string> = {
  act: 'an Act',
  bill: 'a Bill',
  revised: 'a revised edition',
  regulation: 'regulations',
  chapter: 'a chapter of the revised laws',
  model: 'a model law',
  treaty: 'a treaty',
  resolution: 'a resolution',
  other: 'an instrument',
};

type State =
  | { kind: 'idle' }
  | { kind: 'uploading'; progress: number }
  | { kind: 'done'; result: UploadResponse }
  | { kind: 'refused'; message: string }
  | { kind: 'error'; error: Error };

export default function UploadView() {
  usePageTitle('Upload a statute');
  const [file, setFile] = useState<File | null>(null);
  const [fields, setFields] = useState({ title: '', jurisdiction: '', year: '', kind: '' });
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // The server's upload limit, so that a file too large is refused before a byte is sent.
  const health = useResource('health', (signal) => api.health(signal));
  const limit = health.data?.uploadLimitBytes;
  const library = useResource('instruments', () => instruments());

  function choose(chosen: File | undefined) {
    if (!chosen) return;
    const problem = fileProblem(chosen, limit);
    // A refused file is not kept: the message says why, and stays until another file is chosen.
    setFile(problem ? null : chosen);
    setState(problem ? { kind: 'refused', message: problem } : { kind: 'idle' });
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      // A refusal already on screen says why there is no file; keep it rather than replace it.
      if (state.kind !== 'refused') setState({ kind: 'refused', message: 'Choose a file first.' });
      return;
    }
    await send(file);
  }

  async function send(chosen: File) {
    const problem = fileProblem(chosen, limit);
    if (problem) {
      setState({ kind: 'refused', message: problem });
      return;
    }
    if (fields.jurisdiction && !/^[A-Za-z]{2}$/.test(fields.jurisdiction)) {
      setState({ kind: 'refused', message: 'Jurisdiction is a two-letter country code, such as BB or JM.' });
      return;
    }
    setState({ kind: 'uploading', progress: 0 });
    const { promise } = uploadStatute(chosen, { ...fields, jurisdiction: fields.jurisdiction.toUpperCase() }, (progress) =>
      setState({ kind: 'uploading', progress }),
    );
    try {
      const result = await promise;
      forgetInstruments();
      setState({ kind: 'done', result });
    } catch (error) {
      setState({ kind: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    }
  }

  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) => setFields({ ...fields, [key]: e.target.value });

  return (
    <section className="upload-view">
      <h1>Upload a statute</h1>
      <form onSubmit={submit} className="upload-form">
        <div
          className={`drop-zone${dragging ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <p>Drop a file here, or</p>
          <label className="button-link">
            Choose a file
            <input
              ref={input}
              type="file"
              className="visually-hidden"
              accept={ACCEPT.join(',')}
              onChange={(e) => choose(e.target.files?.[0])}
            />
          </label>
          <p className="muted">
            Markdown, plain text, HTML, JSON provision records, PDF or Word (.docx){limit ? `, up to ${formatBytes(limit)}` : ''}.
          </p>
          {file ? (
            <p className="chosen">
              Chosen: <strong>{file.name}</strong> ({Math.ceil(file.size / 1024)} KB)
            </p>
          ) : null}
        </div>
        <fieldset>
          <legend>About the statute (optional: guessed from the text when left blank)</legend>
          <label>
            Title
            <input value={fields.title} onChange={set('title')} placeholder="e.g. Computer Misuse Act, 2015" />
          </label>
          <label>
            Jurisdiction (two-letter code)
            <input value={fields.jurisdiction} onChange={set('jurisdiction')} maxLength={2} placeholder="e.g. JM" />
          </label>
          <label>
            Year
            <input value={fields.year} onChange={set('year')} inputMode="numeric" pattern="[0-9]{4}" placeholder="e.g. 2015" />
          </label>
          <label>
            Kind
            <select value={fields.kind} onChange={set('kind')}>
              <option value="">Guess from the text</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <button type="submit" className="primary" disabled={state.kind === 'uploading'}>
          Upload and analyse
        </button>
      </form>
      {state.kind === 'uploading' ? (
        <div className="progress-block">
          <label htmlFor="upload-progress">{state.progress < 1 ? 'Uploading…' : 'Analysing the text…'}</label>
          <progress id="upload-progress" max={1} value={state.progress} />
          <span aria-live="polite">{Math.round(state.progress * 100)}%</span>
        </div>
      ) : null}
      {state.kind === 'refused' ? (
        <p className="refusal" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.kind === 'error' ? (
        <ErrorPanel
          error={state.error}
          fix={
            file ? (
              <UploadFix
                error={state.error}
                file={file}
                taken={(id) => (library.data ?? []).some((i) => i.id === id)}
                onRename={(id) => {
                  const renamed = new File([file], `${id}${extensionOf(file.name)}`, { type: file.type });
                  setFile(renamed);
                  void send(renamed);
                }}
              />
            ) : undefined
          }
        />
      ) : null}
      {state.kind === 'done' ? <Done result={state.result} /> : null}
    </section>
  );
}

function Done({ result }: { result: UploadResponse }) {
  const instrument = result.instrument;
  const report = instrument.report;
  // Only the fields a guess found (a jurisdiction or year not found is not a guess).
  const guessed = instrument.inferred.filter((f) => (f === 'jurisdiction' ? instrument.jurisdiction && instrument.jurisdiction !== 'XX' : f === 'year' ? instrument.year : true));
  return (
    <section className="upload-done" aria-live="polite">
      <h2>“{instrument.title}” was added</h2>
      <p className="read-as">
        Read as {KIND_NAMES[instrument.kind] ?? 'an instrument'}
        {instrument.jurisdiction && instrument.jurisdiction !== 'XX' ? ` of ${jurisdictionName(instrument.jurisdiction)}` : ''}
        {instrument.year ? `, ${instrument.year}` : ''}.
        {guessed.length ? (
          <span className="muted"> Guessed from the text: {guessed.join(', ')}. If a guess is wrong, upload again with that field filled in.</span>
        ) : null}
      </p>
      <p>
        <Link to={href('/', { focus: instrument.id })}>See its row in the matrix</Link> ·{' '}
        <Link to={`/instruments/${encodeURIComponent(instrument.id)}`}>Browse its provisions</Link>
      </p>
      {report ? <IngestReportPanel report={report} instrument={instrument} /> : null}
    </section>
  );
}

/**
 * What to do after a 409. The same text already there: open it. A name already taken: upload under a new id
 * (uploading as a new version of the statute there is not offered by this server).
 */
function UploadFix({ error, file, taken, onRename }: { error: Error; file: File; taken: (id: string) => boolean; onRename: (id: string) => void }) {
  const existing = error instanceof ApiError ? error.instrument : undefined;
  const [id, setId] = useState(() => (existing ? suggestNewId(existing, taken) : ''));
  if (!(error instanceof ApiError) || !existing) return null;
  const open = <Link to={`/instruments/${encodeURIComponent(existing)}`}>Open the statute already in the library</Link>;
  if (error.code === 'LEXALIGN_ERR_DUPLICATE_CONTENT') return open;
  if (error.code !== 'LEXALIGN_ERR_DUPLICATE_INSTRUMENT') return null;
  const valid = validNewId(id) && !taken(id);
  return (
    <span className="upload-fix">
      {open}, or upload “{file.name}” under a new id:{' '}
      <label className="inline-label">
        <span className="visually-hidden">New id</span>
        <input value={id} onChange={(e) => setId(e.target.value.trim().toLowerCase())} aria-invalid={!valid} aria-describedby="new-id-help" />
      </label>{' '}
      <button type="button" disabled={!valid} onClick={() => onRename(id)}>
        Upload under a new id
      </button>
      <span id="new-id-help" className="hint">
        {' '}
        {valid ? 'Lower-case letters, digits and hyphens.' : taken(id) ? 'That id is taken too.' : 'Use lower-case letters, digits and hyphens.'}
      </span>
    </span>
  );
}
