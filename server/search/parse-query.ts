import { SearchSyntaxError } from './errors.ts';
import { FIELD_NAMES, type FieldName } from './types.ts';

/**
 * The query language (lunr's, plus quoted phrases and the connectors of legal databases):
 *   word  "a phrase"  heading:word  heading:"a phrase"  +required  -excluded  comp*  word^2  "a phrase"^2  word~1
 *   word AND word  word OR word  NOT word  title:word  title:"a phrase"
 * AND, OR and NOT are operators only in capitals (lower-case "and", "or", "not" are common words of a phrase).
 * The parser only reads the syntax; analysis (stemming, stop words, synonyms) comes after, in plan-query.ts.
 */
export interface ParsedClause {
  kind: 'term' | 'phrase';
  /** The raw word (may hold `*`) or the phrase's inner text. */
  text: string;
  /** A text field, or `title`: the instrument's title (a restriction on instruments, not a provision field). */
  field?: ClauseField;
  /**
   * How the clause is joined to the one before it: `or` (an OR between them), `and` (an explicit AND), or
   * undefined (side by side: AND by default, OR in "any of these words" mode).
   */
  join?: 'and' | 'or';
  presence: 'optional' | 'required' | 'prohibited';
  boost: number;
  /** Edit distance for `word~1`; 0 when not fuzzy. */
  fuzzy: number;
  wildcard: boolean;
  /** Offset of the clause in the query, for messages. */
  position: number;
}

export type ClauseField = FieldName | 'title';
/** The field that names an instrument's title: it restricts the instruments searched. */
export const TITLE_FIELD = 'title';
const QUERY_FIELDS: readonly string[] = [...FIELD_NAMES, TITLE_FIELD];
const OPERATORS = new Set(['AND', 'OR', 'NOT']);
const FIELD_PREFIX = /^([A-Za-z_]+):/;
const MODIFIER = /([\^~])([^\^~]*)$/;
const MAX_FUZZY = 2;
/** A wildcard over the whole vocabulary of the bulk corpus would be slow and useless to a reader. */
const MIN_WILDCARD_LITERALS = 2;

const fieldList = QUERY_FIELDS.join(', ');

function readModifiers(raw: string, at: number, kind: 'term' | 'phrase'): { body: string; boost: number; fuzzy: number } {
  let body = raw;
  let boost = 1;
  let fuzzy = 0;
  for (let m = MODIFIER.exec(body); m; m = MODIFIER.exec(body)) {
    const where = at + m.index;
    const [, op, value] = m;
    if (op === '^') {
      const n = Number(value);
      if (value === '' || !Number.isFinite(n) || n <= 0 || n > 100) {
        throw new SearchSyntaxError(`Boost "^${value}" at position ${where} needs a positive number up to 100, as in word^2.`, where);
      }
      boost *= n;
    } else {
      if (kind === 'phrase') {
        throw new SearchSyntaxError(`Fuzzy "~" at position ${where} applies to single words, not to phrases.`, where);
      }
      const n = Number(value);
      if (value === '' || !Number.isInteger(n) || n < 0 || n > MAX_FUZZY) {
        throw new SearchSyntaxError(`Fuzzy "~${value}" at position ${where} needs an edit distance of 0 to ${MAX_FUZZY}, as in word~1.`, where);
      }
      fuzzy = n;
    }
    body = body.slice(0, m.index);
  }
  return { body, boost, fuzzy };
}

/** Reads a query string into clauses, or throws SearchSyntaxError saying what is wrong and where. */
export function parseQuery(q: string): ParsedClause[] {
  const clauses: ParsedClause[] = [];
  let i = 0;
  const n = q.length;
  const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
  // The operator read since the last clause, waiting for the clause it joins.
  let pending: { op: string; at: number } | null = null;
  let negate: { at: number } | null = null;
  while (i < n) {
    if (isSpace(q[i])) {
      i++;
      continue;
    }
    const start = i;
    let wordEnd = i;
    while (wordEnd < n && !isSpace(q[wordEnd])) wordEnd++;
    const bare = q.slice(i, wordEnd);
    if (OPERATORS.has(bare)) {
      if (bare === 'NOT') {
        if (negate) throw new SearchSyntaxError(`"NOT NOT" at position ${negate.at}: write NOT once, before the word to leave out.`, negate.at);
        negate = { at: i };
      } else {
        if (clauses.length === 0) throw new SearchSyntaxError(`"${bare}" at position ${i} has no word before it, as in access ${bare} interception.`, i);
        if (pending || negate) {
          const first = negate ? { op: 'NOT', at: negate.at } : pending!;
          throw new SearchSyntaxError(`"${first.op} ${bare}" at position ${first.at}: two operators in a row; put a word between them.`, first.at);
        }
        pending = { op: bare, at: i };
      }
      i = wordEnd;
      continue;
    }
    let presence: ParsedClause['presence'] = 'optional';
    if (q[i] === '+' || q[i] === '-') {
      presence = q[i] === '+' ? 'required' : 'prohibited';
      if (isSpace(q[i + 1])) {
        throw new SearchSyntaxError(`"${q[i]}" at position ${i} must be followed by a word or phrase, as in ${q[i]}word.`, i);
      }
      i++;
    }
    let field: ClauseField | undefined;
    if (q[i] === ':') {
      throw new SearchSyntaxError(`":" at position ${i} has no field name before it; fields are ${fieldList}.`, i);
    }
    const fm = FIELD_PREFIX.exec(q.slice(i));
    if (fm) {
      const name = fm[1].toLowerCase();
      if (!QUERY_FIELDS.includes(name)) {
        throw new SearchSyntaxError(`Unknown field "${fm[1]}" at position ${i}; fields are ${fieldList}.`, i);
      }
      field = name as ClauseField;
      i += fm[0].length;
      if (isSpace(q[i])) {
        throw new SearchSyntaxError(`Field "${fm[1]}:" at position ${i - fm[0].length} has no word after it, as in ${name}:interception.`, i - fm[0].length);
      }
    }
    if (q[i] === '"') {
      const close = q.indexOf('"', i + 1);
      if (close < 0) throw new SearchSyntaxError(`Unclosed quote: the phrase starting at position ${i} has no closing ".`, i);
      const inner = q.slice(i + 1, close);
      if (inner.trim() === '') throw new SearchSyntaxError(`Empty phrase "" at position ${i}.`, i);
      let end = close + 1;
      while (end < n && !isSpace(q[end])) end++;
      const tail = q.slice(close + 1, end);
      if (tail.includes('"')) throw new SearchSyntaxError(`Unexpected quote at position ${close + 1 + tail.indexOf('"')}.`, close + 1 + tail.indexOf('"'));
      const { body, boost } = readModifiers(tail, close + 1, 'phrase');
      if (body !== '') {
        throw new SearchSyntaxError(`Unexpected "${body}" right after the phrase closing at position ${close}; put a space before it.`, close + 1);
      }
      clauses.push(joined({ kind: 'phrase', text: inner, field, presence, boost, fuzzy: 0, wildcard: false, position: start }));
      i = end;
      continue;
    }
    let end = i;
    while (end < n && !isSpace(q[end])) end++;
    const raw = q.slice(i, end);
    const quote = raw.indexOf('"');
    if (quote >= 0) {
      throw new SearchSyntaxError(`Unexpected quote at position ${i + quote}: a phrase must start at the beginning of a word.`, i + quote);
    }
    const { body, boost, fuzzy } = readModifiers(raw, i, 'term');
    if (body === '') {
      throw new SearchSyntaxError(`"${raw}" at position ${i} has no word before its modifier, as in word^2 or word~1.`, i);
    }
    const wildcard = body.includes('*');
    if (wildcard) {
      const literals = body.replace(/[^\p{L}\p{N}]/gu, '').length;
      if (literals < MIN_WILDCARD_LITERALS) {
        throw new SearchSyntaxError(`Wildcard "${body}" at position ${i} needs at least ${MIN_WILDCARD_LITERALS} letters, as in intercept*.`, i);
      }
      if (fuzzy > 0) throw new SearchSyntaxError(`"${raw}" at position ${i} mixes a wildcard and a fuzzy match; use one.`, i);
    }
    clauses.push(joined({ kind: 'term', text: body, field, presence, boost, fuzzy, wildcard, position: start }));
    i = end;
  }
  const dangling = negate ? { op: 'NOT', at: negate.at } : pending;
  if (dangling) throw new SearchSyntaxError(`"${dangling.op}" at position ${dangling.at} has no word after it, as in access ${dangling.op} interception.`, dangling.at);
  return clauses;

  /** Applies the operators read before a clause: NOT excludes it, AND / OR join it to the one before. */
  function joined(clause: ParsedClause): ParsedClause {
    if (negate) {
      if (clause.presence !== 'optional') {
        throw new SearchSyntaxError(`"NOT" at position ${negate.at} is followed by "${q[clause.position]}": write NOT word or -word, not both.`, negate.at);
      }
      clause.presence = 'prohibited';
    }
    if (pending) {
      clause.join = pending.op === 'OR' ? 'or' : 'and';
      const prev = clauses[clauses.length - 1];
      if (clause.join === 'or' && (clause.presence !== 'optional' || prev.presence !== 'optional')) {
        throw new SearchSyntaxError(
          `"OR" at position ${pending.at} joins a word that is required or left out (+, - or NOT); OR offers alternatives: remove the sign, or write the words apart.`,
          pending.at,
        );
      }
      if (clause.join === 'or' && (clause.field === TITLE_FIELD) !== (prev.field === TITLE_FIELD)) {
        throw new SearchSyntaxError(`"OR" at position ${pending.at} joins a title: word with words of the text; write them apart (they are both required).`, pending.at);
      }
      if (clause.join === 'or' && clause.field !== prev.field) {
        throw new SearchSyntaxError(`"OR" at position ${pending.at} joins words of different fields; give both the same field, or write them apart.`, pending.at);
      }
    }
    pending = null;
    negate = null;
    return clause;
  }
}
