/**
 * The one representation that every adapter writes and normalisation and structure read, whatever the source
 * format: ordered lines of text, grouped into blocks (a block is what a blank line or a Markdown paragraph closes).
 * It sits apart from structure/ so that adapters and normalisation do not depend on the structure stage.
 */
export interface SourceLine {
  text: string;
  /** Blocks are numbered in order; lines of one block share the number. */
  block: number;
  /** Depth of a Markdown heading (1-6) when the line came from one. */
  mdHeading?: number;
}
