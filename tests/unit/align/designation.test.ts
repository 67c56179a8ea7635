import { describe, expect, it } from 'vitest';
import { designatesAuthority } from '../../../server/align/designation.ts';

const CENTRAL = { authority: ['central authority'], for: ['mutual assistance', 'mutual legal assistance'] };
const CONTACT = { authority: ['contact point', 'point of contact'], for: ['24/7', 'around the clock', 'international co-operation'] };

describe('designatesAuthority', () => {
  it('finds a provision that designates or creates the body, for the matters the article concerns', () => {
    expect(designatesAuthority('There is hereby created a Bureau of Lamps designated as the central authority in all matters of mutual assistance.', CENTRAL)).toBe(true);
    expect(designatesAuthority('(1) The Keeper of Lamps shall be the central authority for requests for mutual legal assistance.', CENTRAL)).toBe(true);
    expect(designatesAuthority('For the purposes of international co-operation, the Board shall designate and maintain a 24/7 contact point.', CONTACT)).toBe(true);
    expect(designatesAuthority('The functions of the Centre shall be to— (d) establish a national contact point available around the clock;', CONTACT)).toBe(true);
  });

  it('reads a hyphenated, closed-up or plural spelling as the same phrase', () => {
    expect(designatesAuthority('The Board shall establish a national contact point available daily around-the-clock.', CONTACT)).toBe(true);
    expect(designatesAuthority('For international cooperation the Board shall designate a contact point.', CONTACT)).toBe(true);
  });

  it('does not read a mere reference to the body as its designation', () => {
    expect(designatesAuthority('Before refusing a request for mutual assistance, the central authority may consult the requesting country.', CENTRAL)).toBe(false);
    expect(designatesAuthority('A person may report an incident through the 24/7 contact point established under subsection (1).', CONTACT)).toBe(false);
  });

  it('needs the body and the matters in the same sentence', () => {
    expect(designatesAuthority('The Minister is the central authority for the Republic. Requests for mutual assistance go to him.', CENTRAL)).toBe(false);
    expect(designatesAuthority('The Board shall designate a point of contact for the reporting of incidents by the public.', CONTACT)).toBe(false);
  });
});
