import { defineConfig } from 'vitest/config';
import { BuildFirstSequencer } from './tests/support/testOrder.ts';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Under `npm test`, the tests that need no built site run first, while the site is built.
		sequence: { sequencer: BuildFirstSequencer },
		setupFiles: ['tests/support/afterBuild.ts'],
		// Build tests run `astro build` on fixtures; browser tests start Chromium.
		testTimeout: 120_000,
		// What a browser shows after a click can take seconds on a busy two-core machine (search
		// loads Pagefind first): `expect.poll` waits up to 10 s, not Vitest's 1 s.
		expect: { poll: { timeout: 10_000 } },
		hookTimeout: 180_000,
		// Two cores: build fixtures and browsers compete for them, so run files one or two at a time.
		maxWorkers: 2,
		// Test files share their two workers instead of starting a process each (a fifth of a second
		// each, fifty times). No test changes global state: each file starts its own server and browser.
		isolate: false,
		// CI also keeps a machine-readable record, summarised by .ci/run.
		reporters: process.env.CI
			? ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
			: ['default'],
	},
});
