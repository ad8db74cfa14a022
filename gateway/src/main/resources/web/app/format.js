const number = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** An amount in the API's unit and decimal scale (scale 6 = millions). */
export function money(value, unit = 'USD', scale = 6) {
  if (value === null || value === undefined) return '–';
  const suffix = scale === 6 ? ' M' : scale === 9 ? ' bn' : scale === 3 ? ' k' : '';
  return `${number.format(value)}${suffix} ${unit}`;
}

export function num(value) {
  return value === null || value === undefined ? '–' : number.format(value);
}

export function pct(value) {
  return value === null || value === undefined ? '–' : `${percent.format(value)} %`;
}

/** UPPER_SNAKE enum values as words: JOINT_ASSEMBLY_PLANT -> "Joint assembly plant". */
export function words(value) {
  if (!value) return '';
  const text = value.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An ISO date shown only as precisely as it is known (precision YEAR, MONTH or DAY). */
export function date(iso, precision = 'DAY') {
  if (!iso) return 'no date';
  const [y, m, d] = iso.split('-').map(Number);
  if (precision === 'YEAR') return String(y);
  if (precision === 'MONTH') return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export const FLOW_LABELS = { TURNOVER: 'Turnover', EXPORT: 'Exports', IMPORT: 'Imports' };
