/**
 * The release readiness dashboard gadget (SPEC §3): the verdict with its reasons, % done with a
 * done / in progress / to do bar, blockers, open bugs, unassigned, days to release, pace, and the
 * sign-off checklist (sign, withdraw, stale warnings, audit trail, export).
 */
import { useEffect, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import Button, { LinkButton } from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { router, view } from '../../shared/bridge';
import { ApiError, toApiError } from '../../shared/api';
import { formatPercent } from '../../shared/format';
import { WorkBar, WorkLegend } from '../../shared/components/work-bar';
import { LoadingState } from '../../shared/components/loading-state';
import { EmptyState } from '../../shared/components/empty-state';
import { ErrorState } from '../../shared/components/error-state';
import { IssueLink } from '../../shared/components/issue-link';
import type { AuditEntry, CheckView, ReadinessGadgetConfig, ReadinessPayload, ReadinessView } from '../../../src/contract';
import { getAudit, getProjectVersions, getReadiness, signCheck, signoffsFileName, withdrawCheck } from '../../shared/readiness-api';
import { signoffsFile } from '../../../src/domain/signoffs-file';
import { oneDecimal, wholeDaysUp } from '../../../src/domain/rounding';
import { VerdictLozenge } from '../../shared/components/verdict-lozenge';

type State =
  | { kind: 'loading' }
  | { kind: 'unconfigured' }
  | { kind: 'error'; error: ApiError; config: ReadinessGadgetConfig | null; projectVisible: boolean | null }
  | { kind: 'ready'; data: ReadinessView; config: ReadinessGadgetConfig };

interface GadgetContext {
  extension?: { gadgetConfiguration?: Partial<ReadinessGadgetConfig> };
}

function readConfig(raw: Partial<ReadinessGadgetConfig> | undefined): ReadinessGadgetConfig | null {
  if (!raw || typeof raw.projectKey !== 'string' || raw.projectKey === '') return null;
  if (raw.mode === 'next') return { projectKey: raw.projectKey, mode: 'next' };
  if (typeof raw.versionId === 'string' && raw.versionId !== '') {
    return { projectKey: raw.projectKey, mode: 'version', versionId: raw.versionId, ...(raw.versionName ? { versionName: raw.versionName } : {}) };
  }
  return null;
}

export function payloadOf(config: ReadinessGadgetConfig): ReadinessPayload {
  return config.mode === 'next' ? { projectKey: config.projectKey, nextUnreleased: true } : { projectKey: config.projectKey, versionId: config.versionId! };
}

export const versionUrl = (siteUrl: string, projectKey: string, versionId: string): string =>
  `${siteUrl.replace(/\/+$/, '')}/projects/${encodeURIComponent(projectKey)}/versions/${encodeURIComponent(versionId)}/tab/release-report-all-issues`;

const muted: CSSProperties = { color: token('color.text.subtle'), font: token('font.body.small') };

export function ReadinessGadget() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    (async () => {
      const context = (await view.getContext()) as GadgetContext;
      const config = readConfig(context.extension?.gadgetConfiguration);
      if (!config) return live && setState({ kind: 'unconfigured' });
      try {
        const data = await getReadiness(payloadOf(config));
        if (live) setState({ kind: 'ready', data, config });
      } catch (err) {
        const error = toApiError(err);
        const projectVisible = error.code === 'NOT_FOUND' ? await canSeeProject(config.projectKey) : null;
        if (live) setState({ kind: 'error', error, config, projectVisible });
      }
    })().catch((err: unknown) => live && setState({ kind: 'error', error: toApiError(err), config: null, projectVisible: null }));
    return () => {
      live = false;
    };
  }, []);

  return (
    <main style={{ padding: token('space.100'), color: token('color.text'), font: token('font.body'), backgroundColor: token('elevation.surface'), minHeight: '100vh', boxSizing: 'border-box' }}>
      {state.kind === 'loading' && <LoadingState label="Loading release readiness…" />}
      {state.kind === 'unconfigured' && (
        <EmptyState title="Choose a version to follow">
          <p style={{ margin: 0 }}>Edit this gadget to pick a project and a version, or let it follow the project’s next unreleased version.</p>
        </EmptyState>
      )}
      {state.kind === 'error' && <GadgetError error={state.error} config={state.config} projectVisible={state.projectVisible} />}
      {state.kind === 'ready' && <Report initial={state.data} />}
    </main>
  );
}

/**
 * Jira answers 404 both for a project that does not exist and for one the user may not browse, so
 * "the version is gone" is only said when the project itself is visible (its version list loads).
 * Null when that could not be told (Jira down).
 */
async function canSeeProject(projectKey: string): Promise<boolean | null> {
  try {
    await getProjectVersions({ projectKey });
    return true;
  } catch (err) {
    return toApiError(err).code === 'NOT_FOUND' ? false : null;
  }
}

function GadgetError({ error, config, projectVisible }: { error: ApiError; config: ReadinessGadgetConfig | null; projectVisible: boolean | null }) {
  if (error.code === 'NOT_FOUND' && config && projectVisible === false) {
    return (
      <div role="alert" data-testid="no-access">
        <SectionMessage appearance="warning" title={`You can’t see project ${config.projectKey} in Jira`}>
          <p>Ask a Jira admin for access to project {config.projectKey} (the Browse projects permission). This gadget shows only what Jira lets you see.</p>
          <p>If the project was deleted or renamed, edit this gadget to pick another project.</p>
        </SectionMessage>
      </div>
    );
  }
  if (error.code === 'NOT_FOUND' && config?.mode === 'version' && projectVisible === true) {
    return (
      <div role="alert" data-testid="version-gone">
        <SectionMessage appearance="warning" title={`The version ${config.versionName ? `“${config.versionName}”` : config.versionId} is no longer available`}>
          <p>{error.message}</p>
          <p>Edit this gadget to pick another version, or to follow the next unreleased version of {config.projectKey}.</p>
        </SectionMessage>
      </div>
    );
  }
  return <ErrorState code={error.code} message={error.message} reason={error.reason} />;
}

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

function Report({ initial }: { initial: ReadinessView }) {
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

function Keys({ keys, siteUrl }: { keys: string[]; siteUrl: string }) {
  if (keys.length === 0) return null;
  const shown = keys.slice(0, 6);
  return (
    <span style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.075'), font: token('font.body.small') }}>
      {shown.map((k) => (
        <IssueLink key={k} issueKey={k} siteUrl={siteUrl} />
      ))}
      {keys.length > shown.length && <span style={muted}>+{keys.length - shown.length} more</span>}
    </span>
  );
}

function when(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

/** A person by name; their account id only when Jira gave no name. */
export function personName(name: string | null | undefined, accountId: string | null | undefined): string {
  if (name) return name;
  return accountId ? `someone (id ${accountId})` : 'someone';
}

type FocusTarget = { checkId: string; testId: 'sign' | 'withdraw' | 'confirm-sign' } | null;

function Signoffs({ data, onChange }: { data: ReadinessView; onChange: (d: ReadinessView) => void }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [audit, setAudit] = useState<AuditEntry[] | 'loading' | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  /** The check whose signature the viewer just withdrew (their own): offers Undo. */
  const [undo, setUndo] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [focus, setFocus] = useState<FocusTarget>(null);
  const [exported, setExported] = useState(false);
  const ref = { projectKey: data.project.key, versionId: data.version.id };
  const readOnly = data.version.released;

  // Keyboard focus follows the action: the button that replaced the one pressed gets it.
  useEffect(() => {
    if (!focus) return;
    const el = document.querySelector<HTMLElement>(`[data-check="${CSS.escape(focus.checkId)}"] [data-testid="${focus.testId}"]`);
    el?.focus();
    setFocus(null);
  }, [focus, data, confirming]);

  const act = async (check: CheckView, action: 'sign' | 'withdraw') => {
    if (busy !== null) return;
    const mine = check.signedBy === data.viewerAccountId;
    setBusy(check.checkId);
    setError(null);
    try {
      const next = await (action === 'sign' ? signCheck : withdrawCheck)({ ...ref, checkId: check.checkId });
      setConfirming(null);
      setUndo(action === 'withdraw' && mine ? check.checkId : null);
      onChange(next);
      const now = next.checks.find((c) => c.checkId === check.checkId);
      setNotice(action === 'sign' ? `Signed “${check.label}”.` : `Withdrew the signature of “${check.label}”.`);
      setFocus({ checkId: check.checkId, testId: now?.signedBy ? 'withdraw' : 'sign' });
      if (audit !== null) setAudit(await getAudit(ref));
    } catch (err) {
      setError(toApiError(err));
      setConfirming(null);
      setFocus({ checkId: check.checkId, testId: action === 'sign' ? 'sign' : 'withdraw' });
    } finally {
      setBusy(null);
    }
  };

  const askToSign = (check: CheckView) => {
    setUndo(null);
    setConfirming(check.checkId);
    setFocus({ checkId: check.checkId, testId: 'confirm-sign' });
  };
  const cancelSign = (check: CheckView) => {
    setConfirming(null);
    setFocus({ checkId: check.checkId, testId: 'sign' });
  };

  const toggleAudit = async () => {
    if (audit !== null) return setAudit(null);
    setAudit('loading');
    try {
      setAudit(await getAudit(ref));
    } catch (err) {
      setAudit(null);
      setError(toApiError(err));
    }
  };

  // The file is what the gadget shows, as a real download link (the iframe allows downloads),
  // the same way the roadmap macro exports its CSV.
  const fileText = useMemo(() => `${JSON.stringify(signoffsFile(data.checks), null, 2)}\n`, [data]);
  const fileHref = useMemo(() => URL.createObjectURL(new Blob([fileText], { type: 'application/json;charset=utf-8' })), [fileText]);
  useEffect(() => () => URL.revokeObjectURL(fileHref), [fileHref]);
  const fileName = signoffsFileName(data.version.name);

  return (
    <section aria-labelledby="signoffs-heading" data-testid="signoffs" style={{ display: 'grid', gap: token('space.100') }}>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: token('space.100'), flexWrap: 'wrap' }}>
        <h3 id="signoffs-heading" style={{ margin: 0, font: token('font.heading.small') }}>
          Sign-offs{' '}
          <span style={{ ...muted, font: token('font.body') }}>
            {data.checks.filter((c) => c.signed).length} of {data.checks.length} signed
          </span>
        </h3>
        <div style={{ display: 'flex', gap: token('space.075') }}>
          <Button appearance="subtle" onClick={() => void toggleAudit()} testId="audit-toggle" aria-expanded={audit !== null}>
            {audit !== null ? 'Hide audit trail' : 'Audit trail'}
          </Button>
          <LinkButton href={fileHref} download={fileName} onClick={() => setExported(true)} testId="export-signoffs">
            Download sign-offs
          </LinkButton>
        </div>
      </div>
      {exported && (
        <p role="status" data-testid="export-done" style={{ ...muted, margin: 0, textAlign: 'end' }}>
          Downloaded <code>{fileName}</code>: use it with <code>shipshape readiness --signoffs {fileName}</code>.
        </p>
      )}
      {readOnly && (
        <p data-testid="released-read-only" style={{ ...muted, margin: 0 }}>
          {data.version.name} is released, so its sign-offs are read-only: they record what was approved when it shipped.
        </p>
      )}
      {error && <ErrorState code={error.code} message={error.message} reason={error.reason} />}
      <span role="status" aria-live="polite" style={visuallyHidden}>
        {notice}
      </span>
      {data.checks.length === 0 ? (
        <p style={muted}>No sign-off is required (Shipshape settings).</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.075') }}>
          {data.checks.map((c) => (
            <CheckRow
              key={c.checkId}
              check={c}
              data={data}
              readOnly={readOnly}
              busy={busy === c.checkId}
              confirming={confirming === c.checkId}
              canUndo={undo === c.checkId && !c.signedBy}
              onSign={() => askToSign(c)}
              onConfirm={() => void act(c, 'sign')}
              onCancel={() => cancelSign(c)}
              onWithdraw={() => void act(c, 'withdraw')}
            />
          ))}
        </ul>
      )}
      {audit !== null && <AuditTrail entries={audit} />}
      {exported && (
        <details data-testid="export-preview" style={muted}>
          <summary>Sign-offs file for the command line</summary>
          <pre style={{ margin: 0, whiteSpace: 'pre-wrap', font: token('font.code') }}>{fileText}</pre>
        </details>
      )}
    </section>
  );
}

const visuallyHidden: CSSProperties = { position: 'absolute', width: 1, height: 1, padding: 0, margin: -1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 };

interface CheckRowProps {
  check: CheckView;
  data: ReadinessView;
  readOnly: boolean;
  busy: boolean;
  confirming: boolean;
  canUndo: boolean;
  onSign: () => void;
  onConfirm: () => void;
  onCancel: () => void;
  onWithdraw: () => void;
}

function CheckRow({ check, data, readOnly, busy, confirming, canUndo, onSign, onConfirm, onCancel, onWithdraw }: CheckRowProps) {
  const icon = check.signed ? '✓' : check.stale ? '!' : '○';
  const iconColor = check.signed ? token('color.icon.success') : check.stale ? token('color.icon.warning') : token('color.icon.subtle');
  const hasSignature = check.signedBy !== null;
  const mayWithdraw = hasSignature && (check.canSign || check.signedBy === data.viewerAccountId);
  const signer = personName(check.signedByName, check.signedBy);
  return (
    <li
      data-testid="check"
      data-check={check.checkId}
      data-state={check.signed ? 'signed' : check.stale ? 'stale' : 'missing'}
      style={{ display: 'grid', gridTemplateColumns: 'auto 1fr auto', gap: token('space.100'), alignItems: 'start', padding: token('space.100'), borderRadius: token('radius.medium'), border: `${token('border.width')} solid ${check.stale ? token('color.border.warning') : token('color.border')}` }}
    >
      <span aria-hidden="true" style={{ width: 20, height: 20, display: 'inline-grid', placeItems: 'center', borderRadius: token('radius.full'), color: iconColor, border: `${token('border.width.selected')} solid ${iconColor}`, font: token('font.body.small'), fontWeight: token('font.weight.bold') }}>
        {icon}
      </span>
      <div style={{ display: 'grid', gap: token('space.025'), minWidth: 0 }}>
        <strong data-testid="check-label">{check.label}</strong>
        <span data-testid="check-status" style={muted}>
          {check.signed
            ? `Signed by ${signer} · ${when(check.signedAt)}`
            : check.stale
              ? `Signed by ${signer} · ${when(check.signedAt)} — counts as missing`
              : canUndo
                ? 'Not signed: you withdrew your signature'
                : 'Not signed'}
        </span>
        {check.stale && check.signerRemovedReason && (
          <span data-testid="stale-signer" style={{ color: token('color.text.warning'), font: token('font.body.small') }}>
            {check.signerRemovedReason}
          </span>
        )}
        {check.stale && check.scopeChange && (
          <span data-testid="stale-warning" style={{ color: token('color.text.warning'), font: token('font.body.small') }}>
            Scope changed since signed:{' '}
            {[...check.scopeChange.added.map((k) => `added ${k}`), ...check.scopeChange.removed.map((k) => `removed ${k}`)].join(', ') || 'issues you cannot see changed'}
          </span>
        )}
        {!readOnly && !check.canSign && check.cannotSignReason && (
          <span data-testid="cannot-sign" style={{ ...muted, fontStyle: 'italic' }}>
            {check.cannotSignReason}
          </span>
        )}
        {confirming && (
          <div
            role="group"
            aria-label={`Confirm signing ${check.label}`}
            data-testid="sign-confirmation"
            onKeyDown={(e) => {
              if (e.key === 'Escape') onCancel();
            }}
            style={{ marginTop: token('space.075'), padding: token('space.100'), display: 'grid', gap: token('space.075'), borderRadius: token('radius.medium'), backgroundColor: token('color.background.information'), border: `${token('border.width')} solid ${token('color.border.information')}` }}
          >
            <span data-testid="confirm-text">
              Sign “{check.label}” for {data.version.name} as {data.viewerName ?? 'you'}?
            </span>
            <span style={muted}>Your name and the time are recorded with the version’s {data.issues.total} issues; the audit trail keeps it.</span>
            <div style={{ display: 'flex', gap: token('space.075') }}>
              <Button appearance="primary" spacing="compact" isLoading={busy} onClick={onConfirm} testId="confirm-sign">
                Yes, sign
              </Button>
              <Button appearance="subtle" spacing="compact" onClick={onCancel} testId="cancel-sign">
                Cancel
              </Button>
            </div>
          </div>
        )}
      </div>
      {!readOnly && (
        <div style={{ display: 'flex', gap: token('space.050') }}>
          {(!check.signed || check.stale) && (
            <Button
              appearance={confirming ? 'default' : 'primary'}
              spacing="compact"
              isDisabled={!check.canSign}
              isSelected={confirming}
              onClick={confirming ? onCancel : onSign}
              testId="sign"
              aria-expanded={confirming}
              aria-label={`${check.stale ? 'Sign again' : 'Sign'}: ${check.label}`}
            >
              {check.stale ? 'Sign again' : 'Sign'}
            </Button>
          )}
          {canUndo && !confirming && (
            <Button appearance="subtle" spacing="compact" isLoading={busy} onClick={onConfirm} testId="undo-withdraw" aria-label={`Undo: sign ${check.label} again`}>
              Undo
            </Button>
          )}
          {hasSignature && (
            <Button appearance="subtle" spacing="compact" isDisabled={!mayWithdraw} isLoading={busy && !confirming} onClick={onWithdraw} testId="withdraw" aria-label={`Withdraw: ${check.label}`}>
              Withdraw
            </Button>
          )}
        </div>
      )}
    </li>
  );
}

function AuditTrail({ entries }: { entries: AuditEntry[] | 'loading' }) {
  if (entries === 'loading') return <LoadingState label="Loading the audit trail…" />;
  const cell: CSSProperties = { padding: `${token('space.050')} ${token('space.100')}`, borderBottom: `${token('border.width')} solid ${token('color.border')}`, textAlign: 'start', verticalAlign: 'top' };
  return (
    <div data-testid="audit-trail" style={{ overflowX: 'auto' }}>
      {entries.length === 0 ? (
        <p style={muted}>No sign-off has been recorded for this version yet.</p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse', font: token('font.body.small') }}>
          <thead>
            <tr style={{ color: token('color.text.subtle') }}>
              <th style={cell}>When (UTC)</th>
              <th style={cell}>Who</th>
              <th style={cell}>What</th>
              <th style={cell}>Scope</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={`${e.at}-${i}`} data-testid="audit-entry">
                <td style={{ ...cell, whiteSpace: 'nowrap' }}>{when(e.at)}</td>
                <td style={cell} data-testid="audit-who">
                  {personName(e.displayName, e.accountId)}
                </td>
                <td style={cell}>
                  {e.action === 'sign' ? 'Signed' : 'Withdrew'} “{e.label}”
                </td>
                <td style={cell}>{e.action === 'sign' ? `${e.scopeKeys.length} issue${e.scopeKeys.length === 1 ? '' : 's'}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
