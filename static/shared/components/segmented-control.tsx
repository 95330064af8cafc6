import { useId } from 'react';
import { token } from '@atlaskit/tokens';

export interface Segment<T extends string> {
  value: T;
  label: string;
  /** Longer text for the tooltip (the label says it short). */
  description?: string;
}

/*
 * Native radio buttons drawn as one row of segments: arrow keys, Tab, and screen readers ("radio
 * button, 2 of 3, checked") work as the platform does. The radios sit transparent over their
 * labels, so a click anywhere on a segment picks it; the focus ring shows on keyboard focus only.
 */
const CSS = `
.ss-seg{display:inline-flex;margin:0;padding:0;border:${token('border.width')} solid ${token('color.border')};border-radius:${token('radius.medium')};overflow:hidden;background:${token('elevation.surface')}}
.ss-seg label{position:relative;display:block}
.ss-seg label+label{border-inline-start:${token('border.width')} solid ${token('color.border')}}
.ss-seg input{position:absolute;inset:0;width:100%;height:100%;margin:0;opacity:0;cursor:pointer}
.ss-seg input:disabled{cursor:progress}
.ss-seg input+span{display:block;padding:${token('space.050')} ${token('space.150')};font:${token('font.body.small')};color:${token('color.text.subtle')};white-space:nowrap}
.ss-seg input:hover:not(:checked)+span{background:${token('color.background.neutral.subtle.hovered')};color:${token('color.text')}}
.ss-seg input:checked+span{background:${token('color.background.selected')};color:${token('color.text.selected')};font-weight:${token('font.weight.semibold')}}
.ss-seg input:focus-visible+span{outline:2px solid ${token('color.border.focused')};outline-offset:-2px}
`;

/** A segmented control: pick one of a few values. `testId` prefixes each radio's `data-testid` (`<testId>-<value>`). */
export function SegmentedControl<T extends string>({
  label,
  segments,
  value,
  onChange,
  testId,
  busy = false,
}: {
  label: string;
  segments: ReadonlyArray<Segment<T>>;
  value: T;
  onChange: (value: T) => void;
  testId: string;
  busy?: boolean;
}) {
  const id = useId();
  return (
    <div style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.100') }}>
      <style>{CSS}</style>
      <span id={`${id}-label`} style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>
        {label}
      </span>
      <div role="radiogroup" aria-labelledby={`${id}-label`} aria-busy={busy} className="ss-seg" data-testid={testId}>
        {segments.map((s) => (
          <label key={s.value} title={s.description}>
            <input
              type="radio"
              name={id}
              value={s.value}
              checked={value === s.value}
              onChange={() => onChange(s.value)}
              data-testid={`${testId}-${s.value}`}
              aria-describedby={s.description ? `${id}-${s.value}-d` : undefined}
            />
            <span>{s.label}</span>
            {s.description && (
              <span id={`${id}-${s.value}-d`} hidden>
                {s.description}
              </span>
            )}
          </label>
        ))}
      </div>
    </div>
  );
}
