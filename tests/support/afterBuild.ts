import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'vitest';
import { needsBuiltSite } from './needsBuiltSite.ts';

/**
 * Vitest setup for every test file. `npm test` (scripts/test.ts) starts Vitest while the site is
 * still being built, and names in KIT_BUILD_READY the file the build writes when dist/ is ready:
 * a test of the built site (tests/browser/) waits for it before its file is even read, so the
 * other tests use the time. Run on its own (`npx vitest run …`), nothing waits: dist/ is as it is.
 */
const ready = process.env.KIT_BUILD_READY;
if (ready && needsBuiltSite(expect.getState().testPath ?? '')) {
	while (!existsSync(ready)) await sleep(200);
}
