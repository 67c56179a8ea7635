import type { IngestWarning } from '../types.ts';
import { romanValue, toRoman } from '../roman-numerals.ts';

/**
 * OCR misreadings of numbering in scanned statutes. Each fix is made only where the surrounding sequence confirms
 * it, and is reported: "1 I." is read as 11 only after section 10; "PART 11" as PART II only after PART I.
 */
export function fixOcrNumbering(lines: string[], warnings: IngestWarning[]): string[] {
  let lastSection = 0;
  let lastPart = 0;
  return lines.map((line, idx) => {
    let text = line;
    const where = `line ${idx + 1}`;
    // "2 . 4 1 )" is how a scanner reads "2.—(1)".
    const dashOne = text.match(/^(\d{1,3}) ?\. ?4 ?1 ?\)/);
    if (dashOne) {
      text = `${dashOne[1]}.\u2014(1)${text.slice(dashOne[0].length)}`;
      warnings.push({ code: 'LEXALIGN_WARN_OCR_NUMBER', message: `Read "${dashOne[0]}" as "${dashOne[1]}.\u2014(1)".`, where });
    }
    const split = text.match(/^([0-9Il](?: ?[0-9Il]){1,2}) ?\.(?=\s|\u2014|$)/);
    if (split && /[Il ]/.test(split[1])) {
      const n = parseInt(split[1].replace(/[Il]/g, '1').replace(/ /g, ''), 10);
      if (n === lastSection + 1) {
        warnings.push({ code: 'LEXALIGN_WARN_OCR_NUMBER', message: `Read "${split[1]}." as section ${n}: it follows section ${lastSection}.`, where });
        text = `${n}.${text.slice(split[0].length)}`;
      }
    }
    const sec = text.match(/^(\d{1,3})[A-Z]?\s?\./);
    if (sec) {
      const n = parseInt(sec[1], 10);
      if (lastSection === 0 || (n > lastSection && n <= lastSection + 3)) lastSection = n;
    }
    const part = text.match(/^(PART|Part) ?([IVXLC1l]{1,6})\b(.*)$/);
    if (part) {
      const genuine = /^[IVXLC]+$/.test(part[2]);
      const asRoman = part[2].replace(/[1l]/g, 'I');
      const value = romanValue(asRoman);
      if (!genuine && lastPart > 0 && value !== null && value === lastPart + 1) {
        warnings.push({ code: 'LEXALIGN_WARN_OCR_NUMBER', message: `Read "${part[1]} ${part[2]}" as "${part[1]} ${toRoman(value).toUpperCase()}": it follows Part ${toRoman(lastPart).toUpperCase()}.`, where });
        text = `${part[1]} ${asRoman}${part[3]}`;
        lastPart = value;
      } else if (genuine) {
        if (text.startsWith(`${part[1]}${part[2]}`)) text = `${part[1]} ${part[2]}${part[3]}`; // "PARTI." -> "PART I."
        lastPart = romanValue(part[2]) ?? lastPart;
      }
    }
    return text;
  });
}
