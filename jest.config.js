/** Unit specs sit beside the code (apps/, libs/, bench/); cross-service specs live in test/. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/test', '<rootDir>/bench'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.spec.json', diagnostics: false }] },
  moduleNameMapper: { '^@pkvm/(.*)$': '<rootDir>/libs/$1/src' },
  testTimeout: 60000,
};
