/**
 * The Part facet groups Parts and Chapters by what they are about, across statutes: "Part II – OFFENCES",
 * "Part 2 – Offences" and "PART III OFFENCES" are one topic, "Offences". Numbers differ between statutes and say
 * nothing to a reader filtering several statutes at once; the heading does. A hit still names its own Part in full.
 */
interface PartTopic {
  /** The filter value: the heading, lower case, single-spaced (`offences`, `international co-operation`). */
  value: string;
  /** As a reader sees it: `Offences`, `International co-operation`. */
  label: string;
}

const UNTITLED: PartTopic = { value: 'untitled', label: 'Parts without a heading' };
/** "Part II", "CHAPTER 3A", "Division 4", "Title IV", "Sub-Part B", with the separator after them. */
const NUMBER = /^\s*(?:sub-?)?(?:part|chapter|division|title|schedule)\s+(?:[IVXLCDM]+|\d+[A-Z]?|[A-Z])\b[\s.:–—-]*/i;

export function partTopic(part: string): PartTopic {
  const heading = part
    .replace(NUMBER, '')
    .replace(/[\s.:;,–—-]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/\p{L}/u.test(heading)) return UNTITLED;
  const value = heading.toLowerCase();
  return { value, label: value.charAt(0).toUpperCase() + value.slice(1) };
}

/** A filter value as given (a topic, or a full Part label from an older link) as the topic it selects. */
export function partFilterValue(value: string): string {
  return value === UNTITLED.value ? value : partTopic(value).value;
}
