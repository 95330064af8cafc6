/**
 * Custom framework: load a framework as JSON (pasted or from a file), validate it first — every
 * problem listed with its path —, then save it for everyone, or reset to the default. Every save
 * and reset is in the audit trail below (who and when). Only framework editors (Shipshape
 * settings; by default Jira administrators) see the save and reset controls; the server refuses
 * everyone else too.
 */
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Lozenge } from '../../shared/components/lozenge';
import { token } from '@atlaskit/tokens';
import { COMPETENCY_LIMITS, type FrameworkInfo, type FrameworkValidateResponse } from '../../../src/contract';
import { ApiError, toApiError } from '../../shared/api';
import { getFrameworkAudit, resetFramework, saveCustomFramework, validateFramework } from '../../shared/competency-api';
import { EmptyState } from '../../shared/components/empty-state';
import { ErrorState } from '../../shared/components/error-state';
import { LoadingState } from '../../shared/components/loading-state';
import { downloadText } from './export-tools';
import { Card, formatDateTime, H3, labelStyle, Notice, text, useAsync, ColumnHeads, Page } from '../../shared/competency/ui';

type Check = { text: string; result: FrameworkValidateResponse } | null;

export function AdminPage({ info, setInfo }: { info: FrameworkInfo; setInfo: (i: FrameworkInfo) => void }) {
  const [value, setValue] = useState('');
  const [check, setCheck] = useState<Check>(null);
  const [busy, setBusy] = useState<'validate' | 'save' | 'reset' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<'save' | 'reset' | null>(null);
  const [audit, reloadAudit] = useAsync(() => getFrameworkAudit(), [info]);

  const canEdit = info.canEdit === true;
  const current = check && check.text === value ? check.result : null;
  const tooLong = value.length > COMPETENCY_LIMITS.frameworkTextChars;

  const run = async (what: 'validate' | 'save' | 'reset') => {
    setBusy(what);
    setError(null);
    setNote(null);
    try {
      if (what === 'validate') {
        setCheck({ text: value, result: await validateFramework({ text: value }) });
      } else if (what === 'save') {
        const next = await saveCustomFramework({ text: value });
        setInfo(next);
        setNote(`Saved: everyone now sees “${next.framework.name}”.`);
        setConfirm(null);
        reloadAudit();
      } else {
        const next = await resetFramework();
        setInfo(next);
        setNote(`Reset: everyone now sees the default framework “${next.framework.name}”.`);
        setConfirm(null);
        reloadAudit();
      }
    } catch (err) {
      setError(toApiError(err));
      setConfirm(null);
    } finally {
      setBusy(null);
    }
  };

  const readFile = (file: File | undefined) => {
    if (!file) return;
    file.text().then(
      (t) => {
        setValue(t);
        setCheck(null);
        setNote(`Loaded ${file.name} (${t.length.toLocaleString('en-US')} characters). Validate it before saving.`);
      },
      () => setError(new ApiError('BAD_INPUT', `Could not read ${file.name}.`)),
    );
  };

  return (
    <Page testId="admin" title="Custom framework" sub="Replace the default framework with your team’s own. Framework editors (named in Shipshape settings; by default Jira administrators) can change it; every change is recorded below.">
      {!canEdit && (
        <Notice appearance="information" title="You can look, not change" testId="cannot-edit-framework">
          <p>{info.cannotEditReason ?? 'Only framework editors can change the team framework.'} You can still validate a framework file here.</p>
        </Notice>
      )}

      <Card labelledBy="active-h">
        <H3 id="active-h">In use now</H3>
        <p style={{ margin: 0 }} data-testid="active-framework">
          <strong>{info.framework.name}</strong> ({info.framework.levels.map((l) => l.id).join(', ')}){' '}
          <Lozenge appearance={info.isCustom ? 'new' : 'default'}>{info.isCustom ? 'custom' : 'default'}</Lozenge>
          {info.isCustom && (
            <span style={text.subtle}>
              {' '}
              · saved by <code>{info.source.savedBy}</code> on {formatDateTime(info.source.savedAt)}
            </span>
          )}
        </p>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.100') }} className="cf-no-print">
          <Button
            onClick={() => {
              setValue(JSON.stringify(info.framework, null, 2));
              setCheck(null);
              setNote('The framework in use, as JSON: edit it, validate, then save.');
            }}
            testId="load-current"
          >
            Start from the framework in use
          </Button>
          <Button onClick={() => downloadText(`${info.framework.id}.json`, JSON.stringify(info.framework, null, 2), 'application/json')}>Download it as JSON</Button>
          {canEdit &&
            info.isCustom &&
            (confirm === 'reset' ? (
              <>
                <Button appearance="danger" onClick={() => void run('reset')} isLoading={busy === 'reset'} testId="confirm-reset">
                  Yes, reset for everyone
                </Button>
                <Button appearance="subtle" onClick={() => setConfirm(null)}>
                  Cancel
                </Button>
              </>
            ) : (
              <Button appearance="warning" onClick={() => setConfirm('reset')} testId="reset">
                Reset to the default…
              </Button>
            ))}
        </div>
      </Card>

      <Card labelledBy="upload-h">
        <H3 id="upload-h">Load a framework</H3>
        <div className="cf-no-print">
          <label htmlFor="framework-file" style={labelStyle}>
            From a JSON file
          </label>
          <input id="framework-file" type="file" accept="application/json,.json" onChange={(e) => readFile(e.target.files?.[0])} style={{ color: token('color.text.subtle') }} />
        </div>
        <div>
          <label htmlFor="framework-text" style={labelStyle}>
            Framework JSON
          </label>
          <textarea
            id="framework-text"
            data-testid="framework-text"
            className="cf-input"
            rows={14}
            spellCheck={false}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-describedby="framework-text-help"
            aria-invalid={current ? !current.ok : undefined}
            placeholder='{ "id": "my-team", "name": "…", "jobFamily": "…", "ladders": [ … ], "levels": [ … ] }'
            style={{ width: '100%', fontFamily: token('font.family.code'), resize: 'vertical' }}
          />
          <p id="framework-text-help" style={{ margin: `${token('space.050')} 0 0`, ...text.subtlest }}>
            The same shape as the framework in use: ladders, and levels with rank, scope, reporting and categories of skills with behaviours.
          </p>
        </div>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.100'), alignItems: 'center' }} className="cf-no-print">
          <Button onClick={() => void run('validate')} isLoading={busy === 'validate'} isDisabled={!value.trim() || tooLong} testId="validate">
            Validate
          </Button>
          {!canEdit ? null : confirm === 'save' ? (
            <>
              <Button appearance="primary" onClick={() => void run('save')} isLoading={busy === 'save'} testId="confirm-save">
                Yes, use it for everyone
              </Button>
              <Button appearance="subtle" onClick={() => setConfirm(null)}>
                Cancel
              </Button>
            </>
          ) : (
            <Button appearance="primary" onClick={() => setConfirm('save')} isDisabled={!current?.ok} testId="save-framework">
              Save as the team’s framework…
            </Button>
          )}
          {canEdit && !current?.ok && value.trim() && <span style={text.subtlest}>Validate first: only a valid framework can be saved.</span>}
          {tooLong && <span style={{ color: token('color.text.danger') }}>Too long: at most {COMPETENCY_LIMITS.frameworkTextChars.toLocaleString('en-US')} characters.</span>}
        </div>
        <div aria-live="polite" style={{ display: 'grid', gap: token('space.100') }}>
          {note && <p style={{ margin: 0, ...text.subtle }} data-testid="admin-note">{note}</p>}
          {error && <ErrorState code={error.code} message={error.message} reason={error.reason} />}
          {current && current.ok && current.summary && (
            <Notice appearance="success" title="Valid framework" testId="validation-ok">
              <p>
                “{current.summary.name}” ({current.summary.id}) with levels {current.summary.levels.join(', ')}.{canEdit ? ' Save it to use it for everyone.' : ''}
              </p>
            </Notice>
          )}
          {current && !current.ok && (
            <Notice appearance="error" title={`${current.errors.length} ${current.errors.length === 1 ? 'problem' : 'problems'}: not saved`} testId="validation-errors">
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {current.errors.map((e, i) => (
                  <li key={i} data-testid="validation-error">
                    <code>{e.path}</code>: {e.message}
                  </li>
                ))}
              </ul>
            </Notice>
          )}
        </div>
      </Card>

      <Card labelledBy="audit-h" testId="audit">
        <H3 id="audit-h">Changes</H3>
        {audit.kind === 'loading' && <LoadingState label="Loading the audit trail…" />}
        {audit.kind === 'error' && <ErrorState code={audit.error.code} message={audit.error.message} reason={audit.error.reason} />}
        {audit.kind === 'ready' && audit.data.entries.length === 0 && <EmptyState title="No changes yet">The default framework has been in use since the app was installed.</EmptyState>}
        {audit.kind === 'ready' && audit.data.entries.length > 0 && (
          <table className="cf-table">
            <caption className="cf-sr-only">Framework changes, newest first</caption>
            <ColumnHeads columns={['When', 'Change', 'Who']} />
            <tbody>
              {audit.data.entries.map((e, i) => (
                <tr key={i} data-testid="audit-entry" data-action={e.action}>
                  <td>{formatDateTime(e.at)}</td>
                  <td>{e.action === 'reset' ? 'Reset to the default' : `Saved “${e.name ?? e.frameworkId}”`}</td>
                  <td>
                    <code>{e.accountId}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </Page>
  );
}
