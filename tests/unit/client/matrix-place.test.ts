import { describe, expect, it } from 'vitest';
import { placeIndex, readMatrixPlace, returningPlace } from '../../../client/src/views/matrix/matrix-place.ts';

describe('matrix place (Back returns to the cell you left)', () => {
  const place = { instrument: 'ke-act', article: '4', scrollTop: 120, scrollLeft: 30, windowY: 0 };

  it('reads a saved place from a history entry, and nothing from one without', () => {
    expect(readMatrixPlace({ lexalignMatrixPlace: place })).toEqual(place);
    expect(readMatrixPlace({ lexalignMatrixPlace: { instrument: 'ke-act' } })).toBeNull();
    expect(readMatrixPlace(null)).toBeNull();
  });

  it('finds the row and column in the rows and articles shown now', () => {
    expect(placeIndex(place, ['sg-act', 'ke-act'], ['2', '3', '4'])).toEqual({ row: 1, col: 3 });
    // The article filtered out: the statute's name cell; the statute filtered out: no place.
    expect(placeIndex(place, ['ke-act'], ['2'])).toEqual({ row: 0, col: 0 });
    expect(placeIndex(place, ['sg-act'], ['4'])).toBeNull();
  });

  it('returns to the saved cell on Back, unless a link asks for a statute or the statute is no longer shown', () => {
    const state = { lexalignMatrixPlace: place };
    expect(returningPlace(undefined, ['sg-act', 'ke-act'], ['2', '3', '4'], state)).toEqual({ place, at: { row: 1, col: 3 } });
    expect(returningPlace('sg-act', ['sg-act', 'ke-act'], ['4'], state)).toBeNull();
    expect(returningPlace(undefined, ['sg-act'], ['4'], state)).toBeNull();
    expect(returningPlace(undefined, ['ke-act'], ['4'], null)).toBeNull();
  });
});
