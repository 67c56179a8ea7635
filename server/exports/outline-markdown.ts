import type { Root } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown, type Handle } from 'mdast-util-to-markdown';

/** A group is its blocks, one after the other: Markdown has no sections. */
const group: Handle = (node, _parent, state, info) => state.containerFlow(node, info);

/** The outline as Markdown (GFM tables, "-" bullets, "**" for strong); statute text is escaped where it would be markup. */
export function outlineMarkdown(tree: Root): string {
  return toMarkdown(tree, {
    bullet: '-',
    strong: '*',
    emphasis: '_',
    rule: '-',
    extensions: [gfmTableToMarkdown({ tablePipeAlign: false })],
    handlers: { group },
  });
}
