/** The matrix as the API answers it, as far as the e2e tests read it. */
export interface MatrixJson {
  rows: Array<{ instrument: string | { id: string }; title?: string; cells: Record<string, { status: string; provisions: string[] }> }>;
}

export const rowId = (row: MatrixJson['rows'][number]): string => (typeof row.instrument === 'string' ? row.instrument : row.instrument.id);

export async function fetchMatrix(baseUrl: string): Promise<MatrixJson> {
  return (await (await fetch(`${baseUrl}/api/matrix`)).json()) as MatrixJson;
}

/** The first of `articles` (in that order) for which some statute has implementing provisions, and that statute. */
export function coveredCell(matrix: MatrixJson, articles: string[]): { instrument: string; article: string } {
  for (const article of articles) {
    const row = matrix.rows.find((r) => r.cells[article]?.provisions.length);
    if (row) return { instrument: rowId(row), article };
  }
  throw new Error(`no statute has provisions for Arts ${articles.join(', ')}: the matrix is empty`);
}
