/**
 * The readiness report (SPEC §3): version, verdict and reasons, % done with its bar, the signal
 * cards (blockers, bugs, unassigned, release date, pace), history since the baseline (SPEC §7)
 * and the sign-offs.
 */
import { useState, type ReactNode } from 'react';
import { token } from '@atlaskit/tokens';
import { router } from '../../../shared/bridge';
import { formatPercent } from '../../../shared/format';
import { WorkBar, WorkLegend } from '../../../shared/components/work-bar';
import { IssueLink } from '../../../shared/components/issue-link';
import { VerdictLozenge } from '../../../shared/components/verdict-lozenge';
import type { ReadinessGadgetConfig, ReadinessView } from '../../../../src/contract';
import { oneDecimal, wholeDaysUp } from '../../../../src/domain/rounding';
import { ReleaseHistorySection } from './history';
import { Signoffs } from './signoffs';
import { muted } from './styles';

export const versionUrl = (siteUrl: string, projectKey: string, versionId: string): string =>
  `${siteUrl.replace(/\/+$/, '')}/projects/${encodeURIComponent(projectKey)}/versions/${encodeURIComponent(versionId)}/tab/release-report-all-issues`;

function days(n: number): string {
  return `${n} day${Math.abs(n) === 1 ? '' : 's'}`;
}

function releaseText(d: ReadinessView): string {
  const n = d.daysToRelease ?? 0;
  const ago = n === 0 ? 'today' : n > 0 ? `in ${days(n)}` : `${days(-n)} ago`;
  if (d.version.released) return d.version.releaseDate === null ? 'Released (no release date in Jira)' : `Released on ${d.version.releaseDate} (${ago})`;
  if (d.version.releaseDate === null) return 'No release date';
  if (n < 0) return `Release date ${d.version.releaseDate} passed ${days(-n)} ago`;
  return `Release ${d.version.releaseDate} (${ago})`;
}

/** The release-date card: a date passed is said in words, never as a negative number. */
function ReleaseStat({ d }: { d: ReadinessView }) {
  const n = d.daysToRelease;
  if (d.version.released) {
    return (
      <Stat label="Released" value={d.version.releaseDate ?? '—'} testId="stat-days">
        <span style={muted}>{n === null ? 'no release date in Jira' : n < 0 ? `${days(-n)} ago` : n === 0 ? 'today' : `dated ${days(n)} from now`}</span>
      </Stat>
    );
  }
  if (n !== null && n < 0) {
    return (
      <Stat label="Release date passed" value={`${days(-n)} ago`} tone="danger" testId="stat-days">
        <span style={muted}>was {d.version.releaseDate}</span>
      </Stat>
    );
  }
  return (
    <Stat label="Days to release" value={n === null ? '—' : String(n)} testId="stat-days">
      <span style={muted}>{d.version.releaseDate ?? 'no release date'}</span>
    </Stat>
  );
}

export function Report({ initial, config }: { initial: ReadinessView; config: ReadinessGadgetConfig }) {
  const [data, setData] = useState(initial);
  const d = data;
  const link = versionUrl(d.siteUrl, d.project.key, d.version.id);
  return (
    <div style={{ display: 'grid', gap: token('space.200') }}>
      <header style={{ display: 'grid', gap: token('space.075') }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: token('space.150'), flexWrap: 'wrap' }}>
          <h2 style={{ margin: 0, font: token('font.heading.medium') }}>
            <a
              href={link}
              data-testid="version-link"
              onClick={(e) => {
                e.preventDefault();
                void router.open(link).catch(() => undefined);
              }}
              style={{ color: token('color.text'), textDecoration: 'none' }}
            >
              {d.version.name}
            </a>
          </h2>
          <VerdictLozenge verdict={d.verdict} large />
        </div>
        <p style={{ ...muted, margin: 0 }} data-testid="version-meta">
          {d.project.name} ({d.project.key}) · {releaseText(d)}
          {d.followsNextUnreleased && ' · following the next unreleased version'}
        </p>
        {d.version.archived && (
          <p data-testid="archived-note" style={{ margin: 0, color: token('color.text.warning'), font: token('font.body.small') }}>
            This version is archived in Jira; it is still reported.
          </p>
        )}
        <ul data-testid="reasons" aria-label="Why this verdict" style={{ margin: 0, paddingInlineStart: token('space.250') }}>
          {d.reasons.map((r) => (
            <li key={r} data-testid="reason">
              {r}
            </li>
          ))}
        </ul>
      </header>

      <section aria-label="Progress" style={{ display: 'grid', gap: token('space.075') }}>
        <div style={{ display: 'flex', alignItems: 'baseline', gap: token('space.100') }}>
          <span data-testid="percent-done" style={{ font: token('font.heading.large') }}>
            {formatPercent(d.percentDone)}
          </span>
          <span style={{ color: token('color.text.subtle') }}>done</span>
        </div>
        <WorkBar work={d.issues} unit={d.issues.total === 1 ? 'issue' : 'issues'} />
        <WorkLegend work={d.issues} unit={d.issues.total === 1 ? 'issue' : 'issues'} />
      </section>

      <section aria-label="Signals" data-testid="signals" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))', gap: token('space.100') }}>
        <Stat label="Blockers" value={String(d.blockers.length)} tone={d.blockers.length ? 'danger' : undefined} testId="stat-blockers">
          <Keys keys={d.blockers} siteUrl={d.siteUrl} />
        </Stat>
        <Stat label="Open bugs" value={String(d.openBugs)} testId="stat-bugs">
          <Keys keys={d.openBugKeys} siteUrl={d.siteUrl} />
        </Stat>
        <Stat label="Unassigned" value={String(d.unassigned)} testId="stat-unassigned">
          <Keys keys={d.unassignedKeys} siteUrl={d.siteUrl} />
        </Stat>
        <ReleaseStat d={d} />
        <Stat label="Throughput" value={`${oneDecimal(d.throughputPerDay)}/day`} testId="stat-throughput">
          <span style={muted}>{d.resolvedInWindow} resolved in the last 14 days</span>
        </Stat>
        <Stat
          label="Days needed"
          value={d.daysNeeded === null ? '—' : days(wholeDaysUp(d.daysNeeded))}
          tone={d.daysNeeded !== null && d.daysToRelease !== null && d.daysNeeded > d.daysToRelease && !d.version.released ? 'warning' : undefined}
          testId="stat-needed"
        >
          <span style={muted}>
            {d.daysNeeded === null
              ? 'no recent throughput'
              : d.issues.todo + d.issues.inProgress === 0
                ? 'nothing remains'
                : `${oneDecimal(d.daysNeeded)} at this pace, for ${d.issues.todo + d.issues.inProgress} remaining`}
          </span>
        </Stat>
      </section>

      <ReleaseHistorySection data={d} config={config} />

      <Signoffs data={d} onChange={setData} />
    </div>
  );
}

function Stat({ label, value, tone, testId, children }: { label: string; value: string; tone?: 'danger' | 'warning'; testId: string; children?: ReactNode }) {
  const color = tone === 'danger' ? token('color.text.danger') : tone === 'warning' ? token('color.text.warning') : token('color.text');
  return (
    <div data-testid={testId} style={{ padding: token('space.100'), borderRadius: token('radius.medium'), backgroundColor: token('color.background.neutral.subtle'), border: `${token('border.width')} solid ${token('color.border')}`, display: 'grid', gap: token('space.025'), alignContent: 'start' }}>
      <span style={{ ...muted }}>{label}</span>
      <strong data-testid="stat-value" style={{ font: token('font.heading.small'), color }}>
        {value}
      </strong>
      {children}
    </div>
  );
}

export function Keys({ keys, siteUrl, max = 6 }: { keys: string[]; siteUrl: string; max?: number }) {
  if (keys.length === 0) return null;
  const shown = keys.slice(0, max);
  return (
    <span style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.075'), font: token('font.body.small') }}>
      {shown.map((k) => (
        <IssueLink key={k} issueKey={k} siteUrl={siteUrl} />
      ))}
      {keys.length > shown.length && <span style={muted}>+{keys.length - shown.length} more</span>}
    </span>
  );
}

