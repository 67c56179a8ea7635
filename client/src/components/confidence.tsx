/** The machine's confidence: a percentage and a plain-words band, never a bare number. */
function confidenceBand(value: number): 'high' | 'medium' | 'low' {
  if (value >= 0.75) return 'high';
  if (value >= 0.5) return 'medium';
  return 'low';
}

/**
 * How sure the tool is of a finding. For a found article, that the first provision cited implements it; for a
 * missing one, that nothing in the statute does. The server calibrates the figure on expert tables (a "90 %" was
 * right about 9 times in 10 there); older tables without it fall back to the raw score, said as such.
 */
export function Confidence({ confidence, score, missing }: { confidence?: number | null; score?: number | null; missing?: boolean }) {
  const value = confidence ?? (score === undefined || score === null ? undefined : missing ? 1 - score : score);
  if (value === undefined || Number.isNaN(value)) {
    return <span className="confidence confidence-none">No confidence figure</span>;
  }
  const band = confidenceBand(value);
  const what = missing ? 'that no provision implements this article' : 'that the first provision cited implements this article';
  const how = confidence === undefined || confidence === null ? ' (uncalibrated score)' : '';
  return (
    <span className={`confidence confidence-${band}`} title={`Confidence ${what}${how}. Measured against expert tables: findings at this level were right about ${Math.round(value * 10)} times in 10.`}>
      Confidence <strong>{Math.round(value * 100)}%</strong> ({band}){missing ? ' that nothing implements it' : ''}
    </span>
  );
}
