/** The two harmonisation scores, each explained in one sentence (the server words them: harmonisation-score.ts). */
export function ScoreSentences({
  scores,
  fallback,
  labels = ['Upper figure', 'Lower figure'],
}: {
  scores?: { withoutOptions: string; withOptions: string };
  fallback?: string;
  /** What the reader sees each score as, on this page. */
  labels?: [string, string];
}) {
  if (!scores) return fallback ? <p className="hint">{fallback}</p> : null;
  return (
    <dl className="score-sentences">
      <dt>{labels[0]}</dt>
      <dd>{scores.withoutOptions}</dd>
      <dt>{labels[1]}</dt>
      <dd>{scores.withOptions}</dd>
    </dl>
  );
}
