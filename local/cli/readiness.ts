/**
 * `shipshape readiness --project KEY --version NAME|ID [--signoffs FILE] [--as-of D] [--json]`
 * (SPEC §3, §5). Exit 0 when the verdict is `ready` or `released`, 3 for `on_track`, `at_risk` or
 * `not_ready`, 2 for bad input (one line on stderr), 1 when Jira cannot be reached.
 *
 * The CLI has no app store: no sign-off is required unless a sign-offs file is given, and then its
 * `required` labels are the checks and its entries count as given (no scope). Blocker priorities
 * are the SPEC defaults.
 */
import { isIsoDate } from '../../src/domain/dates';
import { DEFAULT_BLOCKER_PRIORITIES, type ReadinessReport } from '../../src/domain/readiness';
import type { SignoffCheck, SignoffEntry } from '../../src/domain/signoffs';
import type { ReleaseHistory } from '../../src/domain/release-history';
import { jiraPorts } from '../../src/jira';
import { readinessWithHistory, releaseHistoryJson } from '../../src/services/history';
import { readinessReport, toSpecJson } from '../../src/services/readiness';
import type { Command } from './command';
import { withCache } from './cache';
import { connectJira } from './connection';
import { formatReleaseHistory, HISTORY_OPTIONS, historyRequest } from './history';
import { EXIT, UsageError, type CliIo } from './io';
import { quote } from '../../src/domain/input';

export interface SignoffsFileInput {
  required: SignoffCheck[];
  signoffs: SignoffEntry[];
}

/**
 * Reads and checks a SPEC §3 sign-offs file:
 * `{ "required": ["QA sign-off", …], "signoffs": [ { "label", "signedBy", "signedAt" } ] }`.
 * Anything else is bad input with the reason.
 */
export function parseSignoffsFile(text: string, file: string): SignoffsFileInput {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, '')); // a BOM from Windows editors is not an error
  } catch (err) {
    throw new UsageError(`sign-offs file ${file} is not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  const bad = (why: string): never => {
    throw new UsageError(`sign-offs file ${file}: ${why}`);
  };
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) bad('expected an object with "required" and "signoffs"');
  const o = doc as Record<string, unknown>;
  const requiredRaw = o.required ?? [];
  const signoffsRaw = o.signoffs ?? [];
  if (!Array.isArray(requiredRaw)) return bad('"required" must be a list of sign-off labels');
  if (!Array.isArray(signoffsRaw)) return bad('"signoffs" must be a list of { label, signedBy, signedAt }');
  const required = requiredRaw.map((label, i) => {
    if (typeof label !== 'string' || label.trim() === '') return bad(`"required" item ${i + 1} must be a non-empty label`);
    return { id: `file-${i + 1}`, label: label.trim() };
  });
  const signoffs = signoffsRaw.map((e, i): SignoffEntry => {
    if (typeof e !== 'object' || e === null || Array.isArray(e)) return bad(`"signoffs" item ${i + 1} must be an object`);
    const r = e as Record<string, unknown>;
    if (typeof r.label !== 'string') return bad(`"signoffs" item ${i + 1} needs a "label" (text)`);
    if (r.signedBy !== undefined && r.signedBy !== null && typeof r.signedBy !== 'string') return bad(`"signoffs" item ${i + 1}: "signedBy" must be text or null`);
    if (r.signedAt !== undefined && r.signedAt !== null && typeof r.signedAt !== 'string') return bad(`"signoffs" item ${i + 1}: "signedAt" must be text or null`);
    return { label: r.label, signedBy: (r.signedBy as string | null | undefined) ?? null, signedAt: (r.signedAt as string | null | undefined) ?? null };
  });
  return { required, signoffs };
}

const VERDICT_TEXT: Record<ReadinessReport['verdict'], string> = {
  released: 'RELEASED',
  ready: 'READY',
  on_track: 'ON TRACK',
  at_risk: 'AT RISK',
  not_ready: 'NOT READY',
};

const n1 = (n: number): string => String(Math.round(n * 10) / 10);

/** The report for people. */
export function formatReadiness(r: ReadinessReport, projectKey: string): string {
  const v = r.version;
  const when =
    v.releaseDate === null
      ? 'no release date'
      : `release ${v.releaseDate}, ${r.daysToRelease === 0 ? 'today' : r.daysToRelease! > 0 ? `in ${r.daysToRelease} day${r.daysToRelease === 1 ? '' : 's'}` : `${-r.daysToRelease!} day${r.daysToRelease === -1 ? '' : 's'} ago`}`;
  const lines = [
    `${v.name} (project ${projectKey}, version id ${v.id}; ${when}${v.archived ? '; archived' : ''}): ${VERDICT_TEXT[r.verdict]}`,
    `  Issues: ${r.issues.total} — ${r.issues.done} done, ${r.issues.inProgress} in progress, ${r.issues.todo} to do (${r.percentDone.toFixed(1)}% done)`,
    `  Blockers: ${r.blockers.length ? r.blockers.join(', ') : 'none'} · Open bugs: ${r.openBugs} · Unassigned: ${r.unassigned}`,
    `  Pace: ${n1(r.throughputPerDay)} issues/day (${r.resolvedInWindow} resolved in the last 14 days); days needed: ${r.daysNeeded === null ? 'unknown' : n1(r.daysNeeded)}`,
    `  Sign-offs: ${r.signoffs.length === 0 ? 'none required' : ''}`,
    ...r.signoffs.map((s) => `    ${s.signed ? '✓' : '✗'} ${s.label}${s.signed ? ` — ${s.signedBy}${s.signedAt ? `, ${s.signedAt}` : ''}` : ' — missing'}`),
    `  Why:`,
    ...r.reasons.map((x) => `    - ${x}`),
  ];
  return `${lines.join('\n').replace(/Sign-offs: \n/, 'Sign-offs:\n')}\n`;
}

export const readinessCommand: Command = {
  name: 'readiness',
  usage: 'readiness --project KEY --version NAME|ID [--signoffs FILE] [--as-of D] [--baseline D | --history] [--json]',
  summary: 'release readiness of a version (SPEC §3): exit 0 ready/released, 3 on_track/at_risk/not_ready',
  options: { project: { type: 'string' }, version: { type: 'string' }, signoffs: { type: 'string' }, ...HISTORY_OPTIONS },
  async run(values, io: CliIo): Promise<number> {
    const project = typeof values.project === 'string' ? values.project.trim() : '';
    const version = typeof values.version === 'string' ? values.version.trim() : '';
    if (!project) throw new UsageError('readiness needs --project KEY');
    if (!version) throw new UsageError('readiness needs --version NAME|ID');
    const asOf = typeof values['as-of'] === 'string' ? values['as-of'] : io.today();
    if (!isIsoDate(asOf)) throw new UsageError(`--as-of must be a date as YYYY-MM-DD (got ${quote(asOf)})`);
    const wantHistory = historyRequest(values);

    let file: SignoffsFileInput = { required: [], signoffs: [] };
    if (values.signoffs !== undefined) {
      const path = String(values.signoffs);
      let text: string;
      try {
        text = io.readFile(path);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw new UsageError(`cannot read sign-offs file ${path}${code ? ` (${code})` : ''}`);
      }
      file = parseSignoffsFile(text, path);
    }

    const conn = await connectJira(io);
    try {
      const ref = { projectKey: project, version };
      const inputs = { asOf, blockerPriorities: DEFAULT_BLOCKER_PRIORITIES, requiredSignoffs: file.required, signoffs: file.signoffs };
      // Only with --baseline/--history is any changelog read (one read serves both parts).
      let report: ReadinessReport;
      let history: ReleaseHistory | null = null;
      const ports = jiraPorts(conn.jira);
      if (wantHistory) ({ report, history } = await readinessWithHistory({ jira: ports }, { ref, inputs, baseline: wantHistory.baseline }));
      else ({ report } = await readinessReport({ jira: ports }, { ref, inputs, ...withCache(io, conn, values) }));
      if (values.json) io.stdout(`${JSON.stringify({ ...toSpecJson(report), ...(history ? releaseHistoryJson(history) : {}) }, null, 2)}\n`);
      else io.stdout(formatReadiness(report, project.toUpperCase()) + (history ? formatReleaseHistory(history, report.version.releaseDate) : ''));
      return report.verdict === 'ready' || report.verdict === 'released' ? EXIT.ok : EXIT.notReady;
    } finally {
      await conn.close();
    }
  },
};
