// Two projects: `unit` (pure logic, fast) and `integration` (runs dist/ bundles against real
// services started by scripts/). ts-jest in ESM mode; `.js` import suffixes map back to `.ts`.
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testEnvironment: 'node',
  // .cache/ holds the engine's unpacked images (their package.json files are not ours)
  modulePathIgnorePatterns: ['<rootDir>/.cache/'],
};

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/testkit/jest-integration-setup.ts'],
      slowTestThreshold: 60,
    },
  ],
};
