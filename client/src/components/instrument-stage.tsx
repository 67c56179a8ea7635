/** An instrument's stage in words: a Bill's clauses are not yet law; a revised edition renumbers. */
const STAGE: Record<string, string> = {
  bill: 'Bill',
  act: 'Act',
  revised: 'Revised edition',
  treaty: 'Treaty',
  model: 'Model law',
  chapter: 'Chapter of the revised laws',
  regulation: 'Regulations',
  resolution: 'Resolution',
  other: 'Other instrument',
};

export function stageWords(kind: string | undefined): string {
  return kind ? (STAGE[kind] ?? kind) : 'Stage not known';
}

export function StageLabel({ kind }: { kind: string | undefined }) {
  return <span className={`stage stage-${kind ?? 'unknown'}`}>{stageWords(kind)}</span>;
}
