import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { forgetInstruments } from '../../api/cached.ts';
import type { UploadResponse } from '../../api/types.ts';
import { uploadStatute } from '../../api/upload.ts';
import { ErrorPanel } from '../../components/feedback.tsx';
import { href, Link } from '../../router.tsx';
import { usePageTitle } from '../../use-page-title.ts';
import { IngestReportPanel } from '../instrument/ingest-report-panel.tsx';

const ACCEPT = ['.md', '.txt', '.html', '.htm', '.json', '.pdf', '.docx'];
const KINDS = ['act', 'bill', 'revised', 'regulation', 'chapter', 'model', 'other'];

type State =
  | { kind: 'idle' }
  | { kind: 'uploading'; progress: number }
  | { kind: 'done'; result: UploadResponse }
  | { kind: 'error'; error: Error };

function acceptable(file: File): boolean {
  const name = file.name.toLowerCase();
  return ACCEPT.some((ext) => name.endsWith(ext));
}

export default function UploadView() {
  usePageTitle('Upload a statute');
  const [file, setFile] = useState<File | null>(null);
  const [fields, setFields] = useState({ title: '', jurisdiction: '', year: '', kind: '' });
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  function choose(chosen: File | undefined) {
    if (!chosen) return;
    if (!acceptable(chosen)) {
      setState({ kind: 'error', error: new Error(`“${chosen.name}” is not a supported file. Use ${ACCEPT.join(', ')}.`) });
      return;
    }
    setFile(chosen);
    setState({ kind: 'idle' });
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setState({ kind: 'error', error: new Error('Choose a file first.') });
      return;
    }
    if (fields.jurisdiction && !/^[A-Za-z]{2}$/.test(fields.jurisdiction)) {
      setState({ kind: 'error', error: new Error('Jurisdiction is a two-letter country code, such as BB or JM.') });
      return;
    }
    setState({ kind: 'uploading', progress: 0 });
    const { promise } = uploadStatute(file, { ...fields, jurisdiction: fields.jurisdiction.toUpperCase() }, (progress) =>
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
          <p className="muted">Markdown, plain text, HTML, JSON provision records, PDF or Word (.docx).</p>
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
      {state.kind === 'error' ? <ErrorPanel error={state.error} /> : null}
      {state.kind === 'done' ? <Done result={state.result} /> : null}
    </section>
  );
}

function Done({ result }: { result: UploadResponse }) {
  const instrument = result.instrument;
  const report = instrument.report;
  return (
    <section className="upload-done" aria-live="polite">
      <h2>“{instrument.title}” was added</h2>
      <p>
        <Link to={href('/', { focus: instrument.id })}>See its row in the matrix</Link> ·{' '}
        <Link to={`/instruments/${encodeURIComponent(instrument.id)}`}>Browse its provisions</Link>
      </p>
      {report ? <IngestReportPanel report={report} /> : null}
    </section>
  );
}
