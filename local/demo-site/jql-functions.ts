/**
 * JQL's date literals and functions (`-14d`, `startOfWeek(-1)`, `now()`) and its version
 * functions (`releasedVersions()`, `earliestUnreleasedVersion(P)`), measured from the context's
 * `now` in UTC, as the demo site's clock keeps it.
 */
import type { Operand } from './jql';
import { ci, functionError, type FieldKind, type JqlContext, type Scalar } from './jql-values';

const DAY = 86_400_000;

/** Jira timestamp `2026-01-02T10:15:00.000+0000` → epoch ms. */
export function parseJiraTimestamp(ts: string): number {
  return Date.parse(ts.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
}

function startOf(
  unit: 'day' | 'week' | 'month' | 'year',
  now: Date,
  inc: string | undefined,
  end: boolean,
): number {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (unit === 'week') d.setUTCDate(d.getUTCDate() - d.getUTCDay()); // Jira weeks start on Sunday
  if (unit === 'month') d.setUTCDate(1);
  if (unit === 'year') d.setUTCMonth(0, 1);
  if (inc) {
    const m = /^([+-]?\d+)([dwMy])?$/.exec(inc.trim());
    if (m) {
      const n = Number(m[1]);
      const u = m[2] ?? { day: 'd', week: 'w', month: 'M', year: 'y' }[unit];
      if (u === 'd') d.setUTCDate(d.getUTCDate() + n);
      if (u === 'w') d.setUTCDate(d.getUTCDate() + 7 * n);
      if (u === 'M') d.setUTCMonth(d.getUTCMonth() + n);
      if (u === 'y') d.setUTCFullYear(d.getUTCFullYear() + n);
    }
  }
  if (!end) return d.getTime();
  const e = new Date(d);
  if (unit === 'day') e.setUTCDate(e.getUTCDate() + 1);
  if (unit === 'week') e.setUTCDate(e.getUTCDate() + 7);
  if (unit === 'month') e.setUTCMonth(e.getUTCMonth() + 1);
  if (unit === 'year') e.setUTCFullYear(e.getUTCFullYear() + 1);
  return e.getTime() - 1;
}

/** A JQL date literal → epoch ms (UTC), or null when Jira would call it invalid. */
export function parseDateLiteral(text: string, now: Date): number | null {
  const t = text.trim();
  const abs = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(t);
  if (abs) {
    const [y, mo, d, h, mi] = abs
      .slice(1)
      .map((x) => (x === undefined ? 0 : Number(x))) as number[];
    const ms = Date.UTC(y as number, (mo as number) - 1, d, h, mi);
    const check = new Date(ms);
    if (check.getUTCMonth() !== (mo as number) - 1 || check.getUTCDate() !== d) return null;
    return ms;
  }
  // Period format: `-14d`, `4w 2d`, `-1h 30m`; the sign applies to the whole period.
  const per = /^([+-])?\s*((?:\d+\s*[wdhm]\s*)+)$/.exec(t);
  if (per) {
    const sign = per[1] === '-' ? -1 : 1;
    let ms = 0;
    for (const m of (per[2] as string).matchAll(/(\d+)\s*([wdhm])/g)) {
      const n = Number(m[1]);
      ms += n * { w: 7 * DAY, d: DAY, h: 3_600_000, m: 60_000 }[m[2] as 'w' | 'd' | 'h' | 'm'];
    }
    return now.getTime() + sign * ms;
  }
  return null;
}

function dateFunction(fname: string, args: string[], now: Date): number | null {
  if (fname === 'now') return now.getTime();
  const m = /^(start|end)of(day|week|month|year)$/.exec(fname);
  return m ? startOf(m[2] as 'day' | 'week' | 'month' | 'year', now, args[0], m[1] === 'end') : null;
}

/** Resolves date operands; a date field (`dayPrecision`) compares the literal's UTC day. */
export function dateResolver(dayPrecision: boolean): NonNullable<FieldKind['resolve']> {
  return (operand, name, ctx, errors) => {
    const out: Scalar[] = [];
    const visit = (o: Operand): void => {
      if (o.kind === 'list') return o.items.forEach(visit);
      if (o.kind === 'empty') return;
      const ms =
        o.kind === 'function'
          ? dateFunction(o.name.toLowerCase(), o.args, ctx.now)
          : parseDateLiteral(o.text, ctx.now);
      if (ms === null) {
        if (o.kind === 'function') errors.push(functionError(o.name, name, ctx));
        else
          errors.push(
            `Date value '${o.text}' for field '${name}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
          );
        return;
      }
      // A date field compares calendar days: the literal's UTC day.
      out.push(dayPrecision ? Math.floor(ms / DAY) * DAY : ms);
    };
    visit(operand);
    return out;
  };
}

export const dayOf = (date: string | null): Scalar[] => (date ? [Date.parse(`${date}T00:00:00Z`)] : []);
export const instantOf = (ts: string | null): Scalar[] => (ts ? [parseJiraTimestamp(ts)] : []);

/** The versions a version function names, of the projects the user may browse. */
export function versionFunction(ctx: JqlContext, fname: string, args: string[]): Scalar[] | null {
  const { index, user } = ctx;
  const projectArg = args[0];
  let versions = index.ds.versions.filter((v) => index.canBrowse(user, v.projectKey));
  if (projectArg) {
    const p = index.ds.projects.find(
      (x) => ci(x.key, projectArg) || x.id === projectArg || ci(x.name, projectArg),
    );
    versions = versions.filter((v) => v.projectKey === p?.key);
  }
  const unreleased = versions
    .filter((v) => !v.released && !v.archived)
    .sort((a, b) => a.sequence - b.sequence);
  const released = versions
    .filter((v) => v.released && !v.archived)
    .sort((a, b) => a.sequence - b.sequence);
  switch (fname) {
    case 'releasedversions':
      return released.map((v) => v.id);
    case 'unreleasedversions':
      return unreleased.map((v) => v.id);
    case 'earliestunreleasedversion':
      return unreleased.slice(0, 1).map((v) => v.id);
    case 'latestreleasedversion':
      return released.slice(-1).map((v) => v.id);
    default:
      return null;
  }
}
