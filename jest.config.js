/** Two projects: fast unit/integration tests (parallel) and browser tests (serial, one Chromium). */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }];
// Jest 29's node environment has no Symbol.dispose / Symbol.asyncDispose (Jest 30 adds them);
// playwright-core needs them. See the file.
const setupFiles = ['<rootDir>/test/setup/dispose-symbols.ts'];
module.exports = {
  // Integration tests talk HTTP to the demo site; on a loaded 2-core CI machine 5 s is tight.
  // (A global option: Jest ignores it inside a project. Browser tests set their own.)
  testTimeout: 30_000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      setupFiles,
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      setupFiles,
      roots: ['<rootDir>/test/e2e'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
  ],
};
