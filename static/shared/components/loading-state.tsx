import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';

/** A polite live region: screen readers hear "Loading…", then whatever replaces it. */
export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <div role="status" aria-live="polite" data-testid="loading-state" style={{ display: 'flex', alignItems: 'center', gap: token('space.100'), padding: token('space.200'), color: token('color.text.subtle'), font: token('font.body') }}>
      <Spinner size="medium" label={label} />
      <span>{label}</span>
    </div>
  );
}
