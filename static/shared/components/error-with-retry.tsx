import Button from '@atlaskit/button/new';
import type { ErrorCode, ErrorReason } from '../../../src/contract';
import { ErrorState } from './error-state';

/** A failed load and a "Try again" button under it; the caller's layout spaces the two. */
export function ErrorWithRetry({ error, onRetry }: { error: { code: ErrorCode; message: string; reason?: ErrorReason | undefined }; onRetry: () => void }) {
  return (
    <>
      <ErrorState code={error.code} message={error.message} reason={error.reason} />
      <div>
        <Button onClick={onRetry}>Try again</Button>
      </div>
    </>
  );
}
