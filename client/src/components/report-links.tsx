import type { ReportFormat } from '../api/client.ts';

const formats: Array<{ format: ReportFormat; label: string; download: boolean }> = [
  { format: 'html', label: 'Gap report (print)', download: false },
  { format: 'docx', label: 'Word', download: true },
  { format: 'md', label: 'Markdown', download: true },
  { format: 'csv', label: 'CSV', download: true },
];

/** The gap report of what the screen shows, in every format: the printable page opens, the others download. */
export function ReportLinks({ url, what }: { url: (format: ReportFormat) => string; what: string }) {
  return (
    <nav className="report-links no-print" aria-label={`Gap report of ${what}`}>
      {formats.map((f) =>
        f.download ? (
          <a key={f.format} className="button-link" href={url(f.format)} download>
            {f.label}
          </a>
        ) : (
          <a key={f.format} className="button-link" href={url(f.format)} target="_blank" rel="noopener">
            {f.label}
          </a>
        ),
      )}
    </nav>
  );
}
