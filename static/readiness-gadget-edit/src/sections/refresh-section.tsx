import { FieldLabel } from '../../../shared/components/field-label';
import { Options } from '../../../shared/components/options';

const REFRESH = [
  { label: 'Don’t refresh automatically', value: '0' },
  { label: 'Every 15 minutes', value: '15' },
  { label: 'Every 30 minutes', value: '30' },
  { label: 'Every hour', value: '60' },
  { label: 'Every 4 hours', value: '240' },
];

/** Auto-refresh interval (Jira reads `refresh`, in minutes, from the saved configuration). */
export function RefreshSection({ refresh, onChange }: { refresh: string; onChange: (value: string) => void }) {
  return (
    <div>
      <FieldLabel htmlFor="refresh">Refresh</FieldLabel>
      <select
        id="refresh"
        data-testid="refresh-select"
        className="ss-picker-input"
        value={REFRESH.some((o) => o.value === refresh) ? refresh : '0'}
        onChange={(e) => onChange(e.target.value)}
      >
        <Options options={REFRESH} />
      </select>
    </div>
  );
}
