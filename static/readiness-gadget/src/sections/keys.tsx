/** A short list of issue keys as links, "+N more" beyond `max` (the report and the history section both show them). */
import { token } from '@atlaskit/tokens';
import { IssueLink } from '../../../shared/components/issue-link';
import { muted } from './styles';

export function Keys({ keys, siteUrl, max = 6 }: { keys: string[]; siteUrl: string; max?: number }) {
  if (keys.length === 0) return null;
  const shown = keys.slice(0, max);
  return (
    <span style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.075'), font: token('font.body.small') }}>
      {shown.map((k) => (
        <IssueLink key={k} issueKey={k} siteUrl={siteUrl} />
      ))}
      {keys.length > shown.length && <span style={muted}>+{keys.length - shown.length} more</span>}
    </span>
  );
}
