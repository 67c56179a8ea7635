import type { IngestWarning } from '../types.ts';
import { buildTree, COMMONWEALTH, US_CODE } from './build-tree.ts';
import { fixFloatingNumbers, pairLabelRuns } from './pair-label-runs.ts';
import { tokeniseBody } from './tokenise-body.ts';
import type { ProvisionNode } from './types.ts';
import type { SourceLine } from '../source-line.ts';

interface SplitBody {
  text: string;
  children: ProvisionNode[];
}

/**
 * Split the body of one top-level unit into subsections, paragraphs and deeper subdivisions. The same code serves
 * text read from PDFs (labels on their own lines) and pre-split scraper records (labels inline).
 */
export function splitBody(
  lead: string,
  body: SourceLine[],
  opts: { style: 'commonwealth' | 'uscode'; where: string; num?: string },
  warnings: IngestWarning[],
): SplitBody {
  const tokens = tokeniseBody(lead, body, opts.num);
  const floated = fixFloatingNumbers(tokens);
  if (floated) warnings.push({ code: 'LEXALIGN_WARN_FLOATING_NUMBER', message: `${floated} subsection number(s) printed below their first line were put back in front of it.`, where: opts.where });
  const { tokens: paired, runs } = pairLabelRuns(tokens);
  if (runs) warnings.push({ code: 'LEXALIGN_INFO_LABEL_RUNS', message: `${runs} run(s) of labels listed before their texts were paired in order.`, where: opts.where });
  return buildTree(paired, opts.style === 'uscode' ? US_CODE : COMMONWEALTH, opts.where, warnings);
}
