/** Number and text formatting shared by the apps (fixed en-US digits: no locale surprises in tests). */
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A work sum: integers as is, fractions (points, mean estimates) with one decimal. */
export function formatWork(n: number): string {
  return oneDecimal.format(n);
}

/** A SPEC §2 percentage (already rounded to one decimal by the backend). */
export function formatPercent(p: number): string {
  return `${oneDecimal.format(p)}%`;
}

/** "1 work item", "3 work items". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatWork(n)} ${n === 1 ? one : many}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-07-04` → "4 Jul" (with the year when it differs from `reference`'s): how people say dates in a review. */
export function shortDate(iso: string, reference?: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const base = `${d} ${MONTHS[m - 1] ?? '?'}`;
  return reference && reference.slice(0, 4) === iso.slice(0, 4) ? base : `${base} ${y}`;
}
