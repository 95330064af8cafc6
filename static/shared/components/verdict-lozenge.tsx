import Lozenge from '@atlaskit/lozenge';
import type { ReadinessVerdict } from '../../../src/contract';

const LOOK: Record<ReadinessVerdict, { text: string; appearance: 'success' | 'inprogress' | 'moved' | 'removed' | 'new' }> = {
  ready: { text: 'Ready', appearance: 'success' },
  on_track: { text: 'On track', appearance: 'inprogress' },
  at_risk: { text: 'At risk', appearance: 'moved' },
  not_ready: { text: 'Not ready', appearance: 'removed' },
  released: { text: 'Released', appearance: 'new' },
};

export const verdictText = (v: ReadinessVerdict): string => LOOK[v].text;

/** The SPEC §3 verdict as a coloured lozenge; the word carries the meaning, not only the colour. */
export function VerdictLozenge({ verdict, large = false }: { verdict: ReadinessVerdict; large?: boolean }) {
  return (
    <span data-testid="verdict" data-verdict={verdict} style={large ? { display: 'inline-flex', transform: 'scale(1.15)', transformOrigin: 'left center' } : undefined}>
      <Lozenge appearance={LOOK[verdict].appearance} isBold>
        {LOOK[verdict].text}
      </Lozenge>
    </span>
  );
}
