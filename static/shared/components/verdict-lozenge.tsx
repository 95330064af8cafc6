import { Lozenge } from './lozenge';
import type { ReadinessVerdict } from '../../../src/contract';

type Appearance = 'success' | 'moved' | 'removed' | 'default';

/**
 * One colour language across the apps, the same as the forecast lozenge's: green (success) for on
 * track, and bold green for ready, the strongest good news; yellow (moved) at risk; red (removed)
 * not ready; neutral (default) for a released version, which is no longer in play.
 */
const LOOK: Record<ReadinessVerdict, { text: string; appearance: Appearance; bold: boolean }> = {
  ready: { text: 'Ready', appearance: 'success', bold: true },
  on_track: { text: 'On track', appearance: 'success', bold: false },
  at_risk: { text: 'At risk', appearance: 'moved', bold: false },
  not_ready: { text: 'Not ready', appearance: 'removed', bold: false },
  released: { text: 'Released', appearance: 'default', bold: false },
};

/** The SPEC §3 verdict as a coloured lozenge; the word carries the meaning, not only the colour. */
export function VerdictLozenge({ verdict, large = false }: { verdict: ReadinessVerdict; large?: boolean }) {
  return (
    <span data-testid="verdict" data-verdict={verdict} style={large ? { display: 'inline-flex', transform: 'scale(1.15)', transformOrigin: 'left center' } : undefined}>
      <Lozenge appearance={LOOK[verdict].appearance} isBold={LOOK[verdict].bold}>
        {LOOK[verdict].text}
      </Lozenge>
    </span>
  );
}
