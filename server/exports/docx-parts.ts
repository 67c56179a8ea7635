import { BorderStyle, HeadingLevel, Paragraph } from 'docx';

/**
 * Word building blocks the reports share (the gap report, the regional overview): thin cell borders of one colour
 * and a heading with its spacing. Statute text always goes in as text runs, never as markup.
 */
export function cellBorders(color: string) {
  const border = { style: BorderStyle.SINGLE, size: 4, color };
  return { top: border, bottom: border, left: border, right: border };
}

export function docxHeading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], spacing = { before: 240, after: 120 }): Paragraph {
  return new Paragraph({ text, heading: level, spacing });
}
