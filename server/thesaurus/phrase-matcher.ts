import { foldWord, legalTokens, phraseStems, type LegalToken } from './legal-tokens.ts';
import { pushAll, maxOf } from '../large-arrays.ts';

/** A phrase found in a text, with the payload it was registered with and its offsets in the original string. */
interface PhraseHit<P> {
  payload: P;
  /** Token index of the first and one past the last word. */
  from: number;
  to: number;
  start: number;
  end: number;
}

interface Node<P> {
  next: Map<string, Node<P>>;
  /** Word-prefix edges for phrase words written with a trailing `*` ("interfer*"), matched on the folded word. */
  prefixes: Array<{ prefix: string; node: Node<P> }>;
  payloads: P[];
}

const newNode = <P>(): Node<P> => ({ next: new Map(), prefixes: [], payloads: [] });

/**
 * A trie of phrases over stems. Every phrase is tokenised exactly as texts are, so "without lawful excuse" matches
 * "Without Lawful Excuse," and "unauthorised" matches "unauthorized".
 */
export class PhraseMatcher<P> {
  private readonly root: Node<P> = newNode();
  private size = 0;

  /** Registers a phrase; returns false when it has no words (nothing to match). */
  add(phrase: string, payload: P): boolean {
    const words = phrase.trim().split(/\s+/).filter(Boolean);
    let node = this.root;
    let any = false;
    for (const word of words) {
      if (word.endsWith('*') && word.length > 1) {
        const prefix = foldWord(word.slice(0, -1));
        let edge = node.prefixes.find((p) => p.prefix === prefix);
        if (!edge) node.prefixes.push((edge = { prefix, node: newNode() }));
        node = edge.node;
        any = true;
        continue;
      }
      for (const stem of phraseStems(word)) {
        let child = node.next.get(stem);
        if (!child) node.next.set(stem, (child = newNode()));
        node = child;
        any = true;
      }
    }
    if (!any) return false;
    node.payloads.push(payload);
    this.size++;
    return true;
  }

  get phraseCount(): number {
    return this.size;
  }

  /** Every phrase occurrence, overlapping ones included (a cue "data" is found inside "traffic data"). */
  findAll(tokens: LegalToken[], words?: string[]): PhraseHit<P>[] {
    const hits: PhraseHit<P>[] = [];
    for (let i = 0; i < tokens.length; i++) this.walk(tokens, words, i, hits);
    return hits;
  }

  /** Longest phrase at each position, left to right without overlap: one reading of the text, as a tagger gives. */
  findLongest(tokens: LegalToken[], words?: string[]): PhraseHit<P>[] {
    const out: PhraseHit<P>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const here: PhraseHit<P>[] = [];
      this.walk(tokens, words, i, here);
      if (here.length === 0) {
        i++;
        continue;
      }
      const longest = maxOf(here.map((h) => h.to));
      pushAll(out, here.filter((h) => h.to === longest));
      i = longest;
    }
    return out;
  }

  // Iterative depth-first walk from one position: phrases are short, so the stack stays tiny, and no closure is
  // allocated per position (this runs once for every word of every provision).
  private walk(tokens: LegalToken[], words: string[] | undefined, from: number, hits: PhraseHit<P>[]): void {
    const nodes: Node<P>[] = [this.root];
    const ats: number[] = [from];
    while (nodes.length > 0) {
      const node = nodes.pop()!;
      const at = ats.pop()!;
      if (at > from && node.payloads.length > 0) {
        const start = tokens[from].start;
        const end = tokens[at - 1].end;
        for (const payload of node.payloads) hits.push({ payload, from, to: at, start, end });
      }
      if (at >= tokens.length) continue;
      // Pushed in reverse so that exact-stem edges are visited before prefix edges, as before.
      if (node.prefixes.length > 0 && words) {
        const folded = words[at];
        for (let k = node.prefixes.length - 1; k >= 0; k--) {
          const edge = node.prefixes[k];
          if (folded.startsWith(edge.prefix)) {
            nodes.push(edge.node);
            ats.push(at + 1);
          }
        }
      }
      const child = node.next.get(tokens[at].stem);
      if (child) {
        nodes.push(child);
        ats.push(at + 1);
      }
    }
  }
}

/** Tokens plus their folded words (needed only for `*` prefix phrases), computed once per text. */
export function prepareText(text: string): { tokens: LegalToken[]; words: string[] } {
  const tokens = legalTokens(text);
  return { tokens, words: tokens.map((t) => foldWord(text.slice(t.start, t.end))) };
}
