import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import { scaleFixture } from '../../scripts/lib/bench/scaleFixture.ts';
import { loadKitConfig } from '../../src/config/loadKitConfig.ts';
import { astroBuild } from '../support/buildFixture.ts';

/** `npm run bench` is not part of `npm test`; this keeps the copy of the kit it scales up buildable. */
it('builds the benchmark’s generated lessons in every locale', () => {
	const fixture = scaleFixture(1);
	onTestFinished(fixture.remove);
	const build = astroBuild(fixture.root, {});
	expect(build.status, build.output).toBe(0);
	for (const { code } of loadKitConfig(undefined, {}).locales) {
		expect(existsSync(join(fixture.root, `dist/${code}/lessons/11-13/generated-0001/index.html`)), code).toBe(
			true,
		);
	}
});
