import { SectionMessage } from './section-message';
import type { ErrorCode } from '../../../src/contract';

const TITLES: Record<ErrorCode, string> = {
  BAD_INPUT: 'Shipshape could not read this request',
  NOT_FOUND: 'Not found, or you don’t have access',
  FORBIDDEN: 'You don’t have access',
  RATE_LIMITED: 'Jira is busy',
  JIRA_UNAVAILABLE: 'Jira is unavailable',
  UNEXPECTED: 'Something went wrong',
};

/** The envelope's message, as the resolver wrote it, under a title for its code. */
export function ErrorState({ code, message }: { code: ErrorCode; message: string }) {
  const appearance = code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'BAD_INPUT' ? 'warning' : 'error';
  return (
    <div role="alert" data-testid="error-state" data-code={code}>
      <SectionMessage appearance={appearance} title={TITLES[code]}>
        <p>{message}</p>
      </SectionMessage>
    </div>
  );
}
