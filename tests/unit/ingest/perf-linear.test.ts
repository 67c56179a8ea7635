import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../server/ingest/index.ts';

/**
 * A made-up bill in the shape PDF extraction gives long trade bills: sections, then a schedule whose tariff table
 * was flattened into one cell per line, with lone dashes, "- item" lines and runs of hashes (rotated headers).
 */
function tradeBill(rows: number): string {
  const sections = Array.from({ length: 12 }, (_, k) => `### ${k + 1}. Lamp duty ${k + 1}\n\n(1) Every lamp imported shall bear duty at the rate in the Schedule.\n\n(2) The Comptroller may remit duty on lamps for lighthouses.\n`).join('\n');
  const table = Array.from({ length: rows }, (_, k) => `${k % 97}\n-\n${k % 7}\n\n- Other lamps of brass\nor copper\n\n########### e\nr\n-\n5\n\n**Heading ${k}** lamps, wicks and oil`).join('\n\n');
  return `# Lamp Duties Bill\n\n## Arrangement\n\n${sections}\n\n## FIRST SCHEDULE\n\n${table}\n`;
}

/** CPU time rather than wall time: the machines these tests run on are shared. */
function cpuMs(fn: () => unknown): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function cpuMsPerKb(text: string): number {
  let provisions = 0;
  const ms = cpuMs(() => { provisions = ingestText(text, 'xl-lamp-duties-bill.md').provisions.length; });
  expect(provisions).toBeGreaterThan(12);
  return ms / (text.length / 1024);
}

describe('ingestion cost grows linearly with the text', () => {
  it('costs about as much per kilobyte on a long flattened table as on a short one', () => {
    const small = tradeBill(200);
    const large = tradeBill(1600);
    cpuMsPerKb(small); // warm up the JIT
    const perKbSmall = Math.min(cpuMsPerKb(small), cpuMsPerKb(small));
    const perKbLarge = cpuMsPerKb(large);
    // Eight times the text; a quadratic step would make each kilobyte of the large one several times dearer.
    expect(perKbLarge / perKbSmall).toBeLessThan(2.5);
  }, 120_000);
  it('costs less than parsing the same text with bare remark-parse (which it mostly avoids)', () => {
    const text = tradeBill(1600);
    const bare = unified().use(remarkParse);
    ingestText(text, 'xl-lamp-duties-bill.md'); // warm up the JIT
    // Bare remark in 32 KB pieces, so that its own super-linear cost on long inputs does not flatter us.
    const remarkMs = cpuMs(() => { for (let i = 0; i < text.length; i += 32_768) bare.parse(text.slice(i, i + 32_768)); });
    const oursMs = cpuMs(() => ingestText(text, 'xl-lamp-duties-bill.md'));
    // Measured 0.4 (the pipeline before batching and the table fast path: 1.4).
    expect(oursMs / remarkMs).toBeLessThan(0.8);
  }, 120_000);
});
