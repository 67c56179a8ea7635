import { Errors, type IngestError } from '../../errors.ts';
import { zipExpansionProblem } from './zip-expansion.ts';

/**
 * HTML of a Word document, through mammoth: headings keep their levels and paragraphs their breaks, and the HTML
 * then takes the core's HTML path (rehype -> remark) like any web page. Mammoth's messages (unsupported styles and
 * the like) are returned so that the ingestion report can show them.
 */

export interface DocxOptions {
  /** Largest accepted file, in bytes (default 50 MB). */
  maxBytes?: number;
  /** Largest total the archive may expand to, in bytes (default 200 MB). */
  maxExpandedBytes?: number;
}

export interface DocxHtml {
  html: string;
  messages: string[];
}

const DEFAULTS = { maxBytes: 50 * 1024 * 1024, maxExpandedBytes: 200 * 1024 * 1024 };

function badDocx(reason: string): IngestError {
  return new Errors.BAD_DOCX(`The .docx file could not be read (${reason}). It may be truncated, corrupt, or not a Word document.`);
}

/** HTML and conversion messages of a .docx. Throws IngestError for unreadable or oversized files. */
export async function docxToHtmlWithMessages(bytes: Uint8Array, options: DocxOptions = {}): Promise<DocxHtml> {
  const { maxBytes, maxExpandedBytes } = { ...DEFAULTS, ...options };
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw badDocx('the file is empty');
  if (bytes.length > maxBytes) {
    throw new Errors.DOCX_TOO_LARGE(`The .docx is ${bytes.length} bytes, over the limit of ${maxBytes} bytes.`);
  }
  const problem = zipExpansionProblem(bytes, maxExpandedBytes);
  if (problem?.kind === 'broken') throw badDocx(`it is not a complete zip archive: ${problem.reason}`);
  if (problem?.kind === 'too-large') {
    throw new Errors.DOCX_TOO_LARGE(`The .docx would expand to more than ${maxExpandedBytes} bytes, over the limit.`);
  }
  const mammoth = (await import('mammoth')).default;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return { html: result.value, messages: result.messages.map((m) => `${m.type}: ${m.message}`) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw badDocx(/word\/document\.xml|main document/i.test(message) ? 'it has no Word document part' : message.split('\n')[0]);
  }
}

/** HTML of a .docx, for the core's HTML path. */
export async function docxToHtml(bytes: Uint8Array, options: DocxOptions = {}): Promise<string> {
  return (await docxToHtmlWithMessages(bytes, options)).html;
}
