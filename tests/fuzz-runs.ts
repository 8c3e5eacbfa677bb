/**
 * How many cases each property test runs: a few hundred in `npm test`, at least 10,000 in
 * `npm run fuzz` (which sets PARALLAX_FUZZ_RUNS). Property tests live in `*.property.test.ts`.
 */
export const fuzzRuns = Number(process.env.PARALLAX_FUZZ_RUNS ?? 200);
