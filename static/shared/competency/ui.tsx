/**
 * Small building blocks shared by the competency screens and the matrix macro: cards, fields,
 * notices, the change-status badge (icon + word, never colour alone) and an async-state hook.
 */
import { useCallback, useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { SectionMessage } from '../../shared/components/section-message';
import { token } from '@atlaskit/tokens';
import { ApiError, toApiError } from '../api';
import type { ChangeStatus, Framework } from './model';

export type Async<T> = { kind: 'loading' } | { kind: 'ready'; data: T } | { kind: 'error'; error: ApiError };

/** Runs `load` when `deps` change; `reload()` runs it again. Stale answers are dropped. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): [Async<T>, () => void, (data: T) => void] {
  const [state, setState] = useState<Async<T>>({ kind: 'loading' });
  const seq = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const run = useCallback(() => {
    const n = ++seq.current;
    setState({ kind: 'loading' });
    loadRef.current().then(
      (data) => n === seq.current && setState({ kind: 'ready', data }),
      (err: unknown) => n === seq.current && setState({ kind: 'error', error: toApiError(err) }),
    );
  }, []);
  useEffect(run, deps);
  const set = useCallback((data: T) => {
    seq.current++;
    setState({ kind: 'ready', data });
  }, []);
  return [state, run, set];
}

export const text = {
  subtle: { color: token('color.text.subtle') } as CSSProperties,
  subtlest: { color: token('color.text.subtlest'), font: token('font.body.small') } as CSSProperties,
};

/**
 * Navigation within the app: where focus goes next (the new screen's heading, once it has loaded),
 * and an optional guard that may stop leaving the current screen (unsaved changes).
 */
export const navigation: { focusPending: boolean; guard: (() => boolean) | null } = { focusPending: false, guard: null };

export function PageTitle({ id, children, sub }: { id: string; children: ReactNode; sub?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (navigation.focusPending && ref.current) {
      navigation.focusPending = false;
      ref.current.focus({ preventScroll: true });
    }
  }, []);
  return (
    <header style={{ display: 'grid', gap: token('space.050') }}>
      <h2 ref={ref} id={id} tabIndex={-1} style={{ margin: 0, font: token('font.heading.large'), color: token('color.text'), outlineOffset: 4 }}>
        {children}
      </h2>
      {sub && <div style={{ ...text.subtle, font: token('font.body') }}>{sub}</div>}
    </header>
  );
}

/** A career framework page: its title (focused after navigating) and what follows it, spaced. */
export function Page({ testId, title, sub, children }: { testId: string; title: ReactNode; sub?: ReactNode; children: ReactNode }) {
  return (
    <div data-testid={testId} style={{ display: 'grid', gap: token('space.200') }}>
      <PageTitle id="page-title" sub={sub}>
        {title}
      </PageTitle>
      {children}
    </div>
  );
}

/** A table's header row: one column header per entry (a node, e.g. words only screen readers get). */
export function ColumnHeads({ columns }: { columns: ReactNode[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          <th key={i} scope="col">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A row naming the skill category the rows below it belong to, across `span` columns. */
export function CategoryRow({ span, children }: { span: number; children: ReactNode }) {
  return (
    <tr>
      <th scope="colgroup" colSpan={span} style={{ backgroundColor: token('color.background.neutral'), font: token('font.heading.xxsmall'), color: token('color.text') }}>
        {children}
      </th>
    </tr>
  );
}

export function Card({ children, label, labelledBy, testId, style }: { children: ReactNode; label?: string; labelledBy?: string; testId?: string; style?: CSSProperties }) {
  return (
    <section
      className="cf-card"
      aria-label={label}
      aria-labelledby={labelledBy}
      data-testid={testId}
      style={{
        display: 'grid',
        gap: token('space.150'),
        padding: token('space.200'),
        borderRadius: token('radius.large', '8px'),
        backgroundColor: token('elevation.surface.raised'),
        boxShadow: token('elevation.shadow.raised'),
        border: `${token('border.width')} solid ${token('color.border')}`,
        minWidth: 0,
        overflowWrap: 'anywhere',
        ...style,
      }}
    >
      {children}
    </section>
  );
}

export function H3({ id, children, style }: { id?: string; children: ReactNode; style?: CSSProperties }) {
  return (
    <h3 id={id} style={{ margin: 0, font: token('font.heading.small'), color: token('color.text'), ...style }}>
      {children}
    </h3>
  );
}

export const labelStyle: CSSProperties = {
  display: 'block',
  marginBottom: token('space.050'),
  font: token('font.body.small'),
  fontWeight: token('font.weight.semibold'),
  color: token('color.text.subtle'),
};

export function Field({ id, label, help, children, style }: { id: string; label: ReactNode; help?: ReactNode; children: ReactNode; style?: CSSProperties }) {
  return (
    <div style={{ display: 'grid', alignContent: 'start', ...style }}>
      <label htmlFor={id} style={labelStyle}>
        {label}
      </label>
      {children}
      {help && (
        <p id={`${id}-help`} style={{ margin: `${token('space.050')} 0 0`, ...text.subtlest }}>
          {help}
        </p>
      )}
    </div>
  );
}

/** A level picker: every level of the framework, grouped by ladder ("E3 · Engineer"). */
export function LevelSelect({ id, label, fw, value, onChange }: { id: string; label: string; fw: Framework; value: string; onChange: (v: string) => void }) {
  return (
    <Field id={id} label={label}>
      <select id={id} data-testid={id} className="cf-input" value={value} onChange={(e) => onChange(e.target.value)}>
        {fw.ladders.map((ladder) => (
          <optgroup key={ladder.id} label={ladder.name}>
            {ladder.levels.map((l) => (
              <option key={l} value={l}>
                {l} · {ladder.role}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Field>
  );
}

export function Notice({ appearance = 'information', title, children, testId, role }: { appearance?: 'information' | 'warning' | 'error' | 'success' | 'discovery'; title?: string; children: ReactNode; testId?: string; role?: 'alert' | 'status' }) {
  return (
    <div data-testid={testId} role={role}>
      <SectionMessage appearance={appearance} title={title}>
        {typeof children === 'string' ? <p>{children}</p> : children}
      </SectionMessage>
    </div>
  );
}

const STATUS: Record<ChangeStatus, { symbol: string; label: string; fg: string; bg: string; border: string }> = {
  added: { symbol: '+', label: 'Added', fg: token('color.text.success'), bg: token('color.background.success'), border: token('color.border.success') },
  removed: { symbol: '−', label: 'Removed', fg: token('color.text.danger'), bg: token('color.background.danger'), border: token('color.border.danger') },
  changed: { symbol: '≠', label: 'Changed', fg: token('color.text.warning'), bg: token('color.background.warning'), border: token('color.border.warning') },
  same: { symbol: '=', label: 'Same', fg: token('color.text.subtle'), bg: token('color.background.neutral'), border: token('color.border') },
};

export function statusColours(s: ChangeStatus) {
  return STATUS[s];
}

/** "≠ Changed": a symbol and a word, so the status never rests on colour alone. */
export function StatusBadge({ status }: { status: ChangeStatus }) {
  const s = STATUS[status];
  return (
    <span
      data-testid="status-badge"
      data-status={status}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: token('space.050'),
        padding: `0 ${token('space.075')}`,
        borderRadius: token('radius.small', '3px'),
        border: `${token('border.width')} solid ${s.border}`,
        backgroundColor: s.bg,
        color: s.fg,
        font: token('font.body.small'),
        fontWeight: token('font.weight.semibold'),
        whiteSpace: 'nowrap',
      }}
    >
      <span aria-hidden="true" style={{ fontWeight: token('font.weight.bold') }}>
        {s.symbol}
      </span>
      {s.label}
    </span>
  );
}

/** The legend of the compare view and the matrix macro. */
export function StatusLegend({ statuses = ['added', 'removed', 'changed', 'same'] }: { statuses?: ChangeStatus[] }) {
  const explain: Record<ChangeStatus, string> = {
    added: 'only at the second level',
    removed: 'only at the first level',
    changed: 'behaviours differ',
    same: 'identical behaviours',
  };
  return (
    <dl data-testid="legend" aria-label="Legend" style={{ display: 'flex', flexWrap: 'wrap', gap: `${token('space.075')} ${token('space.200')}`, margin: 0 }}>
      {statuses.map((s) => (
        <div key={s} style={{ display: 'flex', gap: token('space.075'), alignItems: 'center' }}>
          <dt>
            <StatusBadge status={s} />
          </dt>
          <dd style={{ margin: 0, ...text.subtlest }}>{explain[s]}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Wraps each case-insensitive occurrence of `query` in <mark>. */
export function Highlight({ text: value, query }: { text: string; query: string }) {
  const q = query.trim().replace(/\s+/g, ' ');
  if (q.length < 1) return <>{value}</>;
  const escaped = q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const parts = value.split(new RegExp(`(${escaped})`, 'gi'));
  return (
    <>
      {parts.map((p, i) => (i % 2 === 1 ? <mark key={i}>{p}</mark> : <span key={i}>{p}</span>))}
    </>
  );
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
