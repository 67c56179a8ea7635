import { Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { ELEMENT_CELL_WORDS, type ElementCellState } from '../compare/element-words.ts';
import type { ElementCell, ElementTable } from '../compare/element-table.ts';

const FONT = 'Calibri';
const SIZE = 18; // half-points: 9 pt, so twenty states fit across a landscape page

const text = (value: string, options: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text: value, font: FONT, size: SIZE, ...options });

function cell(children: Paragraph[], header = false): TableCell {
  return new TableCell({ children, ...(header ? { shading: { fill: 'E8E8E8' } } : {}) });
}

function stateCell(c: ElementCell): TableCell {
  const w = ELEMENT_CELL_WORDS[c.state];
  const lines = [new Paragraph({ children: [text(`${w.symbol} ${w.word}`, { bold: true })] })];
  for (const e of c.evidence) lines.push(new Paragraph({ children: [text(`“${e.quote}” `), text(`(${e.cite})`, { italics: true })] }));
  return cell(lines);
}

const LEGEND: ElementCellState[] = ['present', 'absent', 'narrowed', 'wider', 'optional-absent', 'no-provision', 'not-assessed'];

/**
 * The element-by-state table as a Word document (landscape A4): a heading, the table with the statute's words in
 * each cell, a legend in words and where the findings come from. Statute text goes in as text runs, never markup.
 */
export async function elementTableDocx(table: ElementTable, meta: { template: string; generated: string }): Promise<Buffer> {
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell([new Paragraph({ children: [text('Element', { bold: true })] })], true),
      ...table.columns.map((c) =>
        cell([new Paragraph({ children: [text(c.short, { bold: true })] }), new Paragraph({ children: [text(c.title)] })], true),
      ),
    ],
  });
  const implemented = new TableRow({
    children: [
      cell([new Paragraph({ children: [text('Implemented by', { bold: true })] })]),
      ...table.columns.map((c) =>
        cell([new Paragraph({ children: [text(c.citation)] }), new Paragraph({ children: [text(c.reviewed ? `${c.status}, reviewed` : c.status, { italics: true })] })]),
      ),
    ],
  });
  const rows = table.rows.map(
    (r) =>
      new TableRow({
        children: [
          cell([new Paragraph({ children: [text(r.label, { bold: true })] }), new Paragraph({ children: [text(r.required ? 'required' : 'optional', { italics: true })] })]),
          ...r.cells.map(stateCell),
        ],
      }),
  );
  const doc = new Document({
    creator: 'LexAlign',
    title: `Art. ${table.article} ${table.title}: elements by state`,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: `${meta.template}, Art. ${table.article} ${table.title}: elements by state`, font: FONT })] }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, implemented, ...rows] }),
          new Paragraph({ spacing: { before: 200 }, children: [text('Legend. ', { bold: true }), text(LEGEND.map((s) => `${ELEMENT_CELL_WORDS[s].symbol} ${ELEMENT_CELL_WORDS[s].word}: ${ELEMENT_CELL_WORDS[s].explain}`).join(' '))] }),
          new Paragraph({
            children: [
              text(
                `Element findings are LexAlign's machine reading, with the statute's words quoted as evidence; a reviewed column's status and provisions are the reviewer's. Generated ${meta.generated}.`,
                { italics: true },
              ),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
