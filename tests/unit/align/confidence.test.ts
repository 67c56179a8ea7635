import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleConfidence } from '../../../server/align/confidence.ts';
import { loadCalibration } from '../../../server/templates/load-template.ts';
import type { Calibration } from '../../../server/templates/types.ts';

const calibration: Calibration = {
  found: { blocks: [{ lo: 0.3, hi: 0.5, value: 0.7, weight: 10 }, { lo: 0.6, hi: 1, value: 0.95, weight: 40 }] },
  missing: { blocks: [{ lo: 0.5, hi: 1, value: 0.9, weight: 50 }] },
};

describe('article confidence', () => {
  it('reads a missing article the other way round: a low best score is a confident gap', () => {
    expect(articleConfidence('missing', 0.1)).toBe(0.9);
    expect(articleConfidence('covered', 0.8)).toBe(0.8);
  });

  it('maps raw values through the calibration fitted for that kind of finding', () => {
    expect(articleConfidence('partial', 0.4, calibration)).toBe(0.7);
    expect(articleConfidence('covered', 0.9, calibration)).toBe(0.95);
    expect(articleConfidence('missing', 0.2, calibration)).toBe(0.9);
  });
});

describe('loading a calibration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexalign-cal-'));
  const profile = join(dir, 'x.profile.json');

  it('reads <id>.calibration.json beside the profile, and none when there is none', () => {
    expect(loadCalibration(profile, [])).toBeNull();
    writeFileSync(join(dir, 'x.calibration.json'), JSON.stringify(calibration));
    expect(loadCalibration(profile, [])).toEqual(calibration);
  });

  it('warns and goes uncalibrated on a broken file, never fails the template', () => {
    writeFileSync(join(dir, 'x.calibration.json'), '{"found": {"blocks": [{"lo": "a"}]}, "missing": null}');
    const warnings: string[] = [];
    expect(loadCalibration(profile, warnings)).toBeNull();
    expect(warnings[0]).toMatch(/not a calibration/);
  });
});
