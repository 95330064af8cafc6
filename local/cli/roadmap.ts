/**
 * `shipshape roadmap --jql Q [--weight count|points|time] [--as-of D] [--json]` (SPEC §2, §5).
 * A readable table for people; with `--json` exactly the SPEC §5 roadmap document (plus extra
 * fields, none renamed). Exit 0 on success, 2 on bad input (bad JQL, flag or date: one line on
 * stderr), 1 when Jira cannot be reached.
 */
import type { RoadmapItemView, RoadmapReportView } from '../../src/contract';
import { isIsoDate } from '../../src/domain/dates';
import { mostlyUnestimated } from '../../src/domain/roadmap';
import { FORECAST_METHOD } from '../../src/domain/forecast';
import { WEIGHTS, type Weight } from '../../src/domain/types';
import type { RoadmapHistory } from '../../src/domain/roadmap-history';
import { jiraPorts } from '../../src/jira';
import { roadmapHistoryFromRead, roadmapHistoryJson } from '../../src/services/history';
import { roadmapReport } from '../../src/services/roadmap';
import type { Command } from './command';
import { withCache } from './cache';
import { connectJira } from './connection';
import { formatRoadmapHistory, HISTORY_OPTIONS, historyRequest } from './history';
import { EXIT, UsageError, type CliIo } from './io';
import { quote } from '../../src/domain/input';

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const pct = (p: number): string => `${p.toFixed(1)}%`;
const CATEGORY = { done: 'done', inprogress: 'in progress', todo: 'to do' } as const;
const FORECAST = {
  done: 'done',
  onTrack: 'on track',
  atRisk: 'at risk',
  offTrack: 'off track',
  noThroughput: 'no recent throughput',
  noDueDate: 'no due date',
} as const;

function unitWord(weight: Weight): string {
  return weight === 'count' ? 'work items' : weight === 'points' ? 'story points' : 'seconds of original estimate';
}

function bar(done: number, inProgress: number, total: number, width = 20): string {
  if (total <= 0) return '·'.repeat(width);
  const d = Math.round((done / total) * width);
  const p = Math.min(width - d, Math.round((inProgress / total) * width));
  return '█'.repeat(d) + '▒'.repeat(p) + '·'.repeat(width - d - p);
}

function cut(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

function table(rows: string[][], align: Array<'l' | 'r'>): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (align[c] === 'r' ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** The report for people: header, the items table, the not-done-on-time list and notes. */
export function formatRoadmap(r: RoadmapReportView, opts: { partialReason?: string | null } = {}): string {
  const t = r.totals;
  const unit = unitWord(r.weight);
  const lines: string[] = [];
  lines.push(`Roadmap: ${r.jql}`);
  lines.push(`As of ${r.asOf}, weighted by ${r.weight}. ${t.items} item${t.items === 1 ? '' : 's'}, ${t.itemsDone} done.`);
  if (opts.partialReason) lines.push(`! ${opts.partialReason}`);
  lines.push('');
  lines.push(`  ${pct(t.percentDone)} done  ${bar(t.work.done, t.work.inProgress, t.work.total, 30)}`);
  lines.push(`  ${fmt(t.work.done)} done · ${fmt(t.work.inProgress)} in progress · ${fmt(t.work.todo)} to do of ${fmt(t.work.total)} ${unit} (${t.units} distinct work item${t.units === 1 ? '' : 's'}, each counted once)`);
  if (r.weight !== 'count' && t.unestimated > 0) {
    lines.push(
      mostlyUnestimated(t, r.weight)
        ? `  Most work items have no estimate (${t.unestimated} of ${t.units}): each of them counts as the mean estimate (${fmt(t.imputedWeight ?? 1)}), so that guess is doing most of the work. Try --weight count.`
        : `  ${t.unestimated} of ${t.units} work items had no estimate and count as the mean estimate (${fmt(t.imputedWeight ?? 1)}).`,
    );
  }
  const f = t.forecast;
  lines.push(
    `  Forecast: ${FORECAST[f.state]}${f.projectedFinish ? `, projected finish ${f.projectedFinish}` : ''}${f.dueDate ? ` (latest due date ${f.dueDate})` : ''}; ${f.resolvedInWindow} work items done in the last ${f.windowDays} days.`,
  );
  lines.push('');
  if (r.items.length === 0) {
    lines.push('No issues match this query (or you cannot see them in Jira).');
  } else {
    const rows = [
      ['KEY', 'SUMMARY', 'STATUS', 'DUE', 'PROGRESS', 'DONE', 'WORK (done/total)', 'FORECAST'],
      ...r.items.map((i: RoadmapItemView) => [
        i.key,
        cut(i.summary, 40),
        CATEGORY[i.statusCategory],
        i.dueDate ?? '—',
        bar(i.work.done, i.work.inProgress, i.work.total, 12),
        pct(i.percentDone),
        `${fmt(i.work.done)}/${fmt(i.work.total)}${i.unestimated > 0 ? ` (${i.unestimated} unest.)` : ''}`,
        `${FORECAST[i.forecast.state]}${i.incomplete ? ' (incomplete)' : ''}`,
      ]),
    ];
    lines.push(...table(rows, ['l', 'l', 'l', 'l', 'l', 'r', 'r', 'l']));
  }
  lines.push('');
  if (r.notDoneOnTime.length === 0) lines.push('Not done on time: none.');
  else {
    const due = new Map(r.items.map((i) => [i.key, i.dueDate]));
    lines.push(`Not done on time (${r.notDoneOnTime.length}): ${r.notDoneOnTime.map((k) => `${k} (due ${due.get(k)})`).join(', ')}`);
  }
  lines.push('');
  lines.push(`Forecast method: ${FORECAST_METHOD}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The SPEC §5 roadmap JSON: every contract name, then the extras; items in JQL order. With
 * history (SPEC §7): `baseline`, `slipped`, `totals.odds` and per item `dueDateAtBaseline`,
 * `dueDateChanges`, `slipDays`.
 */
export function roadmapJson(
  r: RoadmapReportView,
  partial: { reason: string; incompleteItems: string[] } | null,
  history: RoadmapHistory | null = null,
): Record<string, unknown> {
  const h = history ? roadmapHistoryJson(history) : null;
  return {
    asOf: r.asOf,
    weight: r.weight,
    jql: r.jql,
    ...(h ? { baseline: h.baseline } : {}),
    totals: h ? { ...r.totals, odds: h.odds } : r.totals,
    items: h ? r.items.map((i) => ({ ...i, ...h.items.get(i.key) })) : r.items,
    notDoneOnTime: r.notDoneOnTime,
    ...(h ? { slipped: h.slipped } : {}),
    ...(partial ? { partial } : {}),
  };
}

export const roadmapCommand: Command = {
  name: 'roadmap',
  usage: 'roadmap --jql Q [--weight count|points|time] [--as-of D] [--baseline D | --history] [--json]',
  summary: 'Roadmap completion of the items a JQL query returns (SPEC §2): % done, not done on time, forecast.',
  options: { jql: { type: 'string' }, weight: { type: 'string' }, ...HISTORY_OPTIONS },
  async run(values, io: CliIo): Promise<number> {
    const jql = typeof values.jql === 'string' ? values.jql.trim() : '';
    if (!jql) throw new UsageError('roadmap needs --jql "<query>", e.g. --jql "project = PO AND issuetype = Epic"');
    const weightRaw = values.weight ?? 'count';
    if (typeof weightRaw !== 'string' || !(WEIGHTS as readonly string[]).includes(weightRaw)) {
      throw new UsageError(`--weight must be one of ${WEIGHTS.join(', ')} (got ${quote(weightRaw)})`);
    }
    const weight = weightRaw as Weight;
    const asOfRaw = values['as-of'];
    if (asOfRaw !== undefined && (typeof asOfRaw !== 'string' || !isIsoDate(asOfRaw))) {
      throw new UsageError(`--as-of must be a real date as YYYY-MM-DD (got ${quote(asOfRaw)})`);
    }
    const asOf = (asOfRaw as string | undefined) ?? io.today();
    const wantHistory = historyRequest(values);

    const conn = await connectJira(io);
    try {
      const ports = jiraPorts(conn.jira);
      const { report, partial, read } = await roadmapReport({ jira: ports }, { jql, weight, asOf, ...withCache(io, conn, values) });
      // Only with --baseline/--history is any changelog read.
      const history = wantHistory ? await roadmapHistoryFromRead({ jira: ports }, { read, asOf, weight, baseline: wantHistory.baseline }) : null;
      if (values.json) io.stdout(`${JSON.stringify(roadmapJson(report, partial, history), null, 2)}\n`);
      else {
        io.stdout(formatRoadmap(report, { partialReason: partial?.reason ?? null }));
        if (history) io.stdout(`\n${formatRoadmapHistory(history, new Map(report.items.map((i) => [i.key, i.dueDate])))}`);
      }
      return EXIT.ok;
    } finally {
      await conn.close();
    }
  },
};
