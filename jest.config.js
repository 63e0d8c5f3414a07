'use strict';
/** Unit tests run on the sources; integration tests load the built dist/Code.js. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/emulator'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {tsconfig: 'tsconfig.jest.json', diagnostics: false},
    ],
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  reporters: [
    'default',
    '<rootDir>/test/reliability-reporter.js',
    '<rootDir>/test/conformance-reporter.js',
  ],
  testTimeout: 120000,
  maxWorkers: 2,
};
