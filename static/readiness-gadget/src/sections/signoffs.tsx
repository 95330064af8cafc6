/**
 * The gadget's sign-off checklist (SPEC §3): sign with confirmation, withdraw (and undo), stale
 * warnings when the version's scope changed since signing, the audit trail and the sign-offs file.
 */
import { useEffect, useMemo, useState } from 'react';
import Button, { LinkButton } from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { ApiError, toApiError } from '../../../shared/api';
import { ErrorState } from '../../../shared/components/error-state';
import type { AuditEntry, CheckView, ReadinessView } from '../../../../src/contract';
import { getAudit, signCheck, signoffsFileName, withdrawCheck } from '../../../shared/readiness-api';
import { signoffsFile } from '../../../../src/domain/signoffs-file';
import { AuditTrail, personName, when } from './audit-trail';
import { muted, visuallyHidden } from './styles';

type FocusTarget = { checkId: string; testId: 'sign' | 'withdraw' | 'confirm-sign' } | null;

export function Signoffs({ data, onChange }: { data: ReadinessView; onChange: (d: ReadinessView) => void }) {
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
      {error && <ErrorState code={error.code} message={error.message} />}
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
