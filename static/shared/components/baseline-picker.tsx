/**
 * The SPEC §7 baseline choice of a configuration view: one of a few modes (radio buttons), one of
 * which is "a date" with a date field. Used by the gadget's edit view and the macro's config view.
 */
import { useId } from 'react';
import { token } from '@atlaskit/tokens';

export interface BaselineOption<M extends string> {
  value: M;
  label: string;
}

export function BaselinePicker<M extends string>(props: {
  options: ReadonlyArray<BaselineOption<M>>;
  mode: M;
  date: string;
  /** The mode whose choice needs the date field. */
  dateMode: M;
  onChange: (mode: M, date: string) => void;
  hint?: string;
}) {
  const id = useId();
  const { options, mode, date, dateMode, onChange } = props;
  return (
    <fieldset data-testid="baseline" style={{ border: 0, margin: 0, padding: 0, display: 'grid', gap: token('space.050') }}>
      <legend style={{ padding: 0, marginBottom: token('space.050'), font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') }}>
        History baseline
      </legend>
      {options.map((o) => (
        <label key={o.value} style={{ display: 'flex', gap: token('space.075'), alignItems: 'center' }}>
          <input type="radio" name={`${id}-baseline`} value={o.value} checked={mode === o.value} onChange={() => onChange(o.value, date)} data-testid={`baseline-${o.value}`} />
          {o.label}
          {o.value === dateMode && mode === dateMode && (
            <input
              type="date"
              aria-label="Baseline date"
              data-testid="baseline-date"
              value={date}
              onChange={(e) => onChange(mode, e.target.value)}
              style={{ font: token('font.body'), color: token('color.text'), backgroundColor: token('color.background.input'), border: `${token('border.width')} solid ${token('color.border.input')}`, borderRadius: token('radius.small'), padding: `0 ${token('space.050')}` }}
            />
          )}
        </label>
      ))}
      {props.hint && <p style={{ margin: 0, font: token('font.body.small'), color: token('color.text.subtlest') }}>{props.hint}</p>}
    </fieldset>
  );
}
