/** The machine's confidence: a percentage and a plain-words band, never a bare number. */
export function confidenceBand(score: number): 'high' | 'medium' | 'low' {
  if (score >= 0.75) return 'high';
  if (score >= 0.5) return 'medium';
  return 'low';
}

export function Confidence({ score }: { score: number | undefined }) {
  if (score === undefined || Number.isNaN(score)) {
    return <span className="confidence confidence-none">No confidence figure</span>;
  }
  const band = confidenceBand(score);
  return (
    <span className={`confidence confidence-${band}`}>
      Confidence <strong>{Math.round(score * 100)}%</strong> ({band})
    </span>
  );
}
