import { signoffsFile } from '../../src/domain/signoffs-file';

describe('signoffsFile (SPEC §3)', () => {
  it('lists every required label and only current signatures, by name with the account id', () => {
    const check = (label: string, more: Partial<Parameters<typeof signoffsFile>[0][number]> = {}) => ({ label, signed: false, signedBy: null, signedByName: null, signedAt: null, ...more });
    const file = signoffsFile([
      check('QA sign-off', { signed: true, signedBy: 'acc-1', signedByName: 'Priya Raman', signedAt: '2024-05-01T10:00:00.000Z' }),
      // Stale: signed for another scope; counts as missing.
      check('Release deck reviewed', { signed: false, signedBy: 'acc-2', signedByName: 'Sam', signedAt: '2024-04-01T10:00:00.000Z' }),
      check('Product lead sign-off'),
      // No name kept: the account id stands in.
      check('Security review', { signed: true, signedBy: 'acc-3', signedAt: '2024-05-02T10:00:00.000Z' }),
    ]);
    expect(file).toEqual({
      required: ['QA sign-off', 'Release deck reviewed', 'Product lead sign-off', 'Security review'],
      signoffs: [
        { label: 'QA sign-off', signedBy: 'Priya Raman', signedAt: '2024-05-01T10:00:00.000Z', accountId: 'acc-1' },
        { label: 'Security review', signedBy: 'acc-3', signedAt: '2024-05-02T10:00:00.000Z', accountId: 'acc-3' },
      ],
    });
  });
});
