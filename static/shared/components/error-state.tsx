import { SectionMessage } from './section-message';
import type { ErrorCode, ErrorReason } from '../../../src/contract';

/** Which product a RATE_LIMITED or UNAVAILABLE answer is about, by its reason (never by its message). */
const PRODUCT: Partial<Record<ErrorReason, string>> = { JIRA: 'Jira', CONFLUENCE: 'Confluence' };

function title(code: ErrorCode, reason: ErrorReason | undefined): string {
  const product = reason ? PRODUCT[reason] : undefined;
  switch (code) {
    case 'BAD_INPUT':
      return 'Shipshape could not read this request';
    case 'NOT_FOUND':
      return 'Not found, or you don’t have access';
    case 'FORBIDDEN':
      return 'You don’t have access';
    case 'CONFLICT':
      return 'Changed by someone else';
    case 'RATE_LIMITED':
      return product ? `${product} is busy` : 'Too many requests right now';
    case 'UNAVAILABLE':
      return product ? `${product} is unavailable` : 'Could not reach Jira or Confluence';
    case 'UNEXPECTED':
      return 'Something went wrong';
  }
}

/** The envelope's message, as the resolver wrote it, under a title for its code (and reason). */
export function ErrorState({ code, message, reason }: { code: ErrorCode; message: string; reason?: ErrorReason | undefined }) {
  const appearance = code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'BAD_INPUT' || code === 'CONFLICT' ? 'warning' : 'error';
  return (
    <div role="alert" data-testid="error-state" data-code={code} {...(reason ? { 'data-reason': reason } : {})}>
      <SectionMessage appearance={appearance} title={title(code, reason)}>
        <p>{message}</p>
      </SectionMessage>
    </div>
  );
}
