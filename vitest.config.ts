import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // Dependencies load as they do for users: the `development` export condition would
      // run micromark's self-checking build, several times slower, and skew every timing
      // ratio the performance and reliability tests compare.
      name: 'negolint:production-conditions',
      configResolved(config) {
        const conditions = config.ssr.resolve?.conditions;
        if (conditions) conditions.splice(0, conditions.length, ...conditions.filter((c) => c !== 'development|production' && c !== 'development'));
      },
    },
  ],
  test: {
    include: ['packages/*/test/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/.cache/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
