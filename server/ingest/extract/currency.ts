/**
 * Currencies as penalty clauses name them. A bare "$" or "dollars" means the local dollar, which only the
 * jurisdiction tells (a Barbados "$50 000" is BBD); without a jurisdiction we keep the symbol as printed rather
 * than guess. Penalty units, currency points and fine levels are statutory units, not money: they are kept by name
 * because their value is set elsewhere (a schedule or a standard scale) and changes over time.
 */

/** ISO 4217 code of the local dollar, by ISO 3166 jurisdiction. */
const LOCAL_DOLLAR: Record<string, string> = {
  BB: 'BBD', JM: 'JMD', GY: 'GYD', TT: 'TTD', BS: 'BSD', BZ: 'BZD', US: 'USD', SG: 'SGD', AU: 'AUD', CA: 'CAD',
  NZ: 'NZD', HK: 'HKD', NA: 'NAD', FJ: 'FJD', KY: 'KYD', BM: 'BMD', LR: 'LRD', SB: 'SBD', TW: 'TWD', ZW: 'ZWL',
  // The Eastern Caribbean dollar is shared by the OECS members.
  AG: 'XCD', DM: 'XCD', GD: 'XCD', KN: 'XCD', LC: 'XCD', VC: 'XCD', AI: 'XCD', MS: 'XCD',
};
const LOCAL_SHILLING: Record<string, string> = { KE: 'KES', UG: 'UGX', TZ: 'TZS', SO: 'SOS' };
const LOCAL_RUPEE: Record<string, string> = { MU: 'MUR', IN: 'INR', LK: 'LKR', PK: 'PKR', SC: 'SCR', NP: 'NPR' };
const LOCAL_POUND: Record<string, string> = { GB: 'GBP', EG: 'EGP', SS: 'SSP' };

/** Symbols and abbreviations that name one currency whatever the jurisdiction. */
const FIXED: Array<[RegExp, string]> = [
  [/^(?:US\$|USD)$/i, 'USD'],
  [/^(?:BDS\$|BBD)$/i, 'BBD'],
  [/^(?:EC\$|XCD)$/i, 'XCD'],
  [/^(?:J\$|JMD)$/i, 'JMD'],
  [/^(?:G\$|GYD)$/i, 'GYD'],
  [/^(?:TT\$|TTD)$/i, 'TTD'],
  [/^(?:S\$|SGD)$/i, 'SGD'],
  [/^(?:₱|PhP|PHP|P)$/i, 'PHP'],
  [/^(?:KSh\.?|Kshs\.?|KES)$/i, 'KES'],
  [/^(?:UGX|Ushs?\.?)$/i, 'UGX'],
  [/^(?:GH₵|GH¢|GHS)$/i, 'GHS'],
  [/^(?:Rs\.?|MUR)$/i, 'MUR'],
  [/^(?:RM|MYR)$/i, 'MYR'],
  [/^(?:€|EUR)$/i, 'EUR'],
  [/^(?:£|GBP)$/i, 'GBP'],
  [/^(?:₦|NGN)$/i, 'NGN'],
  [/^(?:ZAR|R)$/i, 'ZAR'],
];

/** Currency symbols that may stand before an amount, longest first so "US$" wins over "$". */
export const CURRENCY_SYMBOL_SOURCE =
  '(?:US\\$|BDS\\$|EC\\$|J\\$|G\\$|TT\\$|S\\$|GH₵|GH¢|KSh\\.?|Kshs\\.?|Ushs?\\.?|PhP|PHP|Rs\\.?|RM|₱|€|£|₦|\\$)';

/** Currency words that may follow an amount ("five million shillings", "50,000 rupees", "500 penalty units"). */
export const CURRENCY_WORD_SOURCE =
  '(?:dollars?|shillings?|pesos?|rupees?|ringgit|cedis?|naira|rand|pounds?(?:\\s+sterling)?|euros?|' +
  'penalty\\s+units?|currency\\s+points?|fine\\s+units?)';

/** ISO 4217 code (or statutory unit name) for a symbol or word; `jurisdiction` resolves dollars and the like. */
export function resolveCurrency(printed: string, jurisdiction?: string): string {
  const token = printed.trim().replace(/\s+/g, ' ');
  const jur = jurisdiction?.toUpperCase();
  for (const [pattern, code] of FIXED) if (pattern.test(token)) return code;
  const word = token.toLowerCase();
  if (token === '$' || /^dollars?$/.test(word)) return (jur && LOCAL_DOLLAR[jur]) || '$';
  if (/^shillings?$/.test(word)) return (jur && LOCAL_SHILLING[jur]) || 'shillings';
  if (/^rupees?$/.test(word)) return (jur && LOCAL_RUPEE[jur]) || 'rupees';
  if (/^pounds?/.test(word)) return (jur && LOCAL_POUND[jur]) || 'GBP';
  if (/^pesos?$/.test(word)) return 'PHP';
  if (word === 'ringgit') return 'MYR';
  if (/^cedis?$/.test(word)) return 'GHS';
  if (word === 'naira') return 'NGN';
  if (word === 'rand') return 'ZAR';
  if (/^euros?$/.test(word)) return 'EUR';
  if (/^penalty units?$/.test(word)) return 'penalty units';
  if (/^currency points?$/.test(word)) return 'currency points';
  if (/^fine units?$/.test(word)) return 'fine units';
  return token;
}
