/**
 * Markdown export (download and copy) and links out of the sandboxed iframe. Custom UI runs without
 * `allow-popups`, so links open through `router.open`; downloads are allowed (`allow-downloads`),
 * and the clipboard through the `clipboard-write` feature policy.
 */
import { useState, type ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { ExportMarkdownResponse } from '../../../src/contract';
import { ApiError, toApiError } from '../../shared/api';
import { router } from '../../shared/bridge';
import { ErrorState } from '../../shared/components/error-state';
import { text } from '../../shared/competency/ui';

export function downloadText(filename: string, content: string, type = 'text/markdown;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function copyText(content: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(content);
    return;
  } catch {
    // Fall back to a selection copy (older hosts without the clipboard feature policy).
  }
  const area = document.createElement('textarea');
  area.value = content;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

/** A link that opens through the host (`router.open`), as sandboxed Custom UI must. */
export function OutLink({ href, children, testId }: { href: string; children: ReactNode; testId?: string }) {
  return (
    <a
      href={href}
      data-testid={testId}
      onClick={(e) => {
        e.preventDefault();
        void router.open(href).catch(() => undefined);
      }}
      style={{ color: token('color.link') }}
    >
      {children}
      <span className="cf-sr-only"> (opens in a new tab)</span>
    </a>
  );
}

/** "Download Markdown" and "Copy Markdown", with a preview; `load` fetches the packet each time. */
export function MarkdownExport({ load, disabledReason, note }: { load: () => Promise<ExportMarkdownResponse>; disabledReason?: string | null; note?: ReactNode }) {
  const [busy, setBusy] = useState<'download' | 'copy' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [last, setLast] = useState<ExportMarkdownResponse | null>(null);

  const run = async (what: 'download' | 'copy') => {
    setBusy(what);
    setError(null);
    setDone(null);
    try {
      const packet = await load();
      setLast(packet);
      if (what === 'download') {
        downloadText(packet.filename, packet.markdown);
        setDone(`Downloaded ${packet.filename}.`);
      } else {
        try {
          await copyText(packet.markdown);
          setDone('Copied the Markdown to the clipboard.');
        } catch {
          setDone('The browser refused to copy: select the text in the preview below and copy it.');
        }
      }
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div style={{ display: 'grid', gap: token('space.100') }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.100'), alignItems: 'center' }} className="cf-no-print">
        <Button onClick={() => void run('download')} isLoading={busy === 'download'} isDisabled={!!disabledReason} testId="export-download">
          Download Markdown
        </Button>
        <Button onClick={() => void run('copy')} isLoading={busy === 'copy'} isDisabled={!!disabledReason} testId="export-copy">
          Copy Markdown
        </Button>
        {disabledReason && <span style={text.subtlest}>{disabledReason}</span>}
        {note && !disabledReason && <span style={text.subtlest}>{note}</span>}
      </div>
      <div aria-live="polite" data-testid="export-status" style={text.subtle}>
        {done}
      </div>
      {error && <ErrorState code={error.code} message={error.message} reason={error.reason} />}
      {last && (
        <details>
          <summary style={{ cursor: 'pointer', color: token('color.text.subtle') }}>Preview {last.filename}</summary>
          <pre data-testid="export-preview" tabIndex={0} style={{ margin: `${token('space.100')} 0 0`, padding: token('space.150'), maxHeight: 320, overflow: 'auto', whiteSpace: 'pre-wrap', font: token('font.code'), backgroundColor: token('color.background.neutral'), borderRadius: token('radius.medium') }}>
            {last.markdown}
          </pre>
        </details>
      )}
    </div>
  );
}
