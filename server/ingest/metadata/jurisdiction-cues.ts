/**
 * How a text names its own jurisdiction: enacting formulas ("ENACTED by the Parliament of Barbados"), the style of
 * the state ("Republic of Kenya"), and the collection it belongs to ("Laws of Guyana", "United States Code").
 * Strong cues are enacting formulas and collection names; weak cues are the bare country name, which a statute
 * may also mention for a foreign state.
 */

interface JurisdictionCue {
  code: string;
  strong: RegExp;
  weak: RegExp;
}

export const JURISDICTION_CUES: JurisdictionCue[] = [
  { code: 'BB', strong: /Parliament of Barbados|Laws of Barbados/i, weak: /\bBarbados\b/ },
  { code: 'JM', strong: /Parliament of Jamaica|Laws of Jamaica|Senate and House of Representatives of Jamaica/i, weak: /\bJamaica\b/ },
  { code: 'GY', strong: /Laws of Guyana|Parliament of Guyana|Co-operative Republic of Guyana/i, weak: /\bGuyana\b/ },
  { code: 'TT', strong: /Parliament of Trinidad and Tobago|Laws of Trinidad and Tobago/i, weak: /\bTrinidad and Tobago\b/ },
  { code: 'BS', strong: /Parliament of (?:the )?Bahamas|Statute Law of The Bahamas/i, weak: /\bBahamas\b/ },
  { code: 'BZ', strong: /National Assembly of Belize|Laws of Belize/i, weak: /\bBelize\b/ },
  { code: 'LC', strong: /Parliament of Saint Lucia|Laws of Saint Lucia/i, weak: /\bSaint Lucia\b/ },
  { code: 'GD', strong: /Parliament of Grenada|Laws of Grenada/i, weak: /\bGrenada\b/ },
  { code: 'AG', strong: /Parliament of Antigua and Barbuda|Laws of Antigua and Barbuda/i, weak: /\bAntigua\b/ },
  { code: 'DM', strong: /Parliament of (?:the Commonwealth of )?Dominica|Laws of Dominica/i, weak: /\bDominica\b/ },
  { code: 'KN', strong: /Saint Christopher and Nevis|St\.? Kitts and Nevis/i, weak: /\bNevis\b/ },
  { code: 'VC', strong: /Saint Vincent and the Grenadines|St\.? Vincent and the Grenadines/i, weak: /\bSt\.? Vincent\b/ },
  { code: 'KE', strong: /Republic of Kenya|Parliament of Kenya|Laws of Kenya|Kenya Gazette/i, weak: /\bKenya\b/ },
  { code: 'UG', strong: /Republic of Uganda|Parliament of Uganda|Laws of Uganda|Uganda Gazette/i, weak: /\bUganda\b/ },
  { code: 'GH', strong: /Republic of Ghana|Parliament of (?:the Republic of )?Ghana/i, weak: /\bGhana\b/ },
  { code: 'ZW', strong: /Parliament of Zimbabwe|Laws of Zimbabwe|Republic of Zimbabwe|Zimbabwe Government Gazette/i, weak: /\bZimbabwe\b/ },
  { code: 'PH', strong: /Republic of the Philippines|Congress of the Philippines|Republic Act No\./i, weak: /\bPhilippines?\b/ },
  { code: 'US', strong: /United States Code|\bU\.\s?S\.\s?C\.|Congress of the United States/i, weak: /\bUnited States\b/ },
  { code: 'SG', strong: /Parliament of Singapore|Republic of Singapore|Singapore Statutes/i, weak: /\bSingapore\b/ },
  { code: 'MU', strong: /Parliament of Mauritius|Republic of Mauritius|Revised Laws of Mauritius/i, weak: /\bMauritius\b/ },
  { code: 'MY', strong: /Parliament of Malaysia|Laws of Malaysia|Dewan Rakyat/i, weak: /\bMalaysia\b/ },
  { code: 'NG', strong: /National Assembly of the Federal Republic of Nigeria|Federal Republic of Nigeria/i, weak: /\bNigeria\b/ },
  { code: 'ZA', strong: /Parliament of the Republic of South Africa|Republic of South Africa/i, weak: /\bSouth Africa\b/ },
  { code: 'GB', strong: /Parliament of the United Kingdom|Her Majesty's Stationery Office|\bUK Public General Acts\b/i, weak: /\bUnited Kingdom\b/ },
  { code: 'INT', strong: /member States of the Council of Europe|the Parties to this Convention|The States Parties|Each Party shall/i, weak: /\bConvention\b/ },
];

/** ISO 3166 alpha-2 codes recognised as a file-name prefix (`ke-computer-misuse-...`), plus `coe`/`int` for treaties. */
export const ISO_CODES = new Set(
  (
    'ad ae af ag ai al am ao ar at au aw az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz ca cd cf cg ch ci ' +
    'ck cl cm cn co cr cu cv cy cz de dj dk dm do dz ec ee eg er es et fi fj fm fr ga gb gd ge gh gm gn gq gr gt gw ' +
    'gy hk hn hr ht hu id ie il in iq ir is it jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ' +
    'ly ma mc md me mg mh mk ml mm mn mo mr ms mt mu mv mw mx my mz na ne ng ni nl no np nr nz om pa pe pg ph pk pl ' +
    'pt pw py qa ro rs ru rw sa sb sc sd se sg si sk sl sm sn so sr ss st sv sy sz td tg th tj tl tm tn to tr tt tv ' +
    'tw tz ua ug us uy uz va vc ve vg vn vu ws ye za zm zw'
  ).split(' '),
);
