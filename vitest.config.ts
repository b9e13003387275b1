import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Some suites ingest every shipped source once in beforeAll (a few seconds, more on a busy machine).
    hookTimeout: 30_000,
  },
});
