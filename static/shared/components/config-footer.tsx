import { SectionMessage } from './section-message';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { view } from '../bridge';

/**
 * The end of a config form (gadget edit view, macro config): the problem that stopped a save, if
 * any, then Cancel (closes the view) and Save (submits the form).
 */
export function ConfigFooter({ problem, problemTestId, saving }: { problem: string | null; problemTestId: string; saving: boolean }) {
  return (
    <>
      {problem && (
        <div role="alert" data-testid={problemTestId}>
          <SectionMessage appearance="warning">
            <p>{problem}</p>
          </SectionMessage>
        </div>
      )}

      <div style={{ display: 'flex', gap: token('space.100'), justifyContent: 'flex-end' }}>
        <Button appearance="subtle" onClick={() => void view.close().catch(() => undefined)} testId="cancel">
          Cancel
        </Button>
        <Button appearance="primary" type="submit" isLoading={saving} testId="save">
          Save
        </Button>
      </div>
    </>
  );
}
