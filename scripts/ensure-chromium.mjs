/**
 * Browser tests drive Debian's Chromium (test tools cannot download their own browsers here).
 * Runs before `npm test`: finds Chromium, or installs it with apt-get when it can (as root on
 * Debian/Ubuntu), or explains what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_HELP, findChromium } from './lib/chromiumPath.mjs';

if (!findChromium()) {
	const canInstall =
		process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
	if (canInstall) {
		console.log('Chromium not found: installing Debian’s chromium package for the browser tests…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core'], {
			stdio: 'inherit',
			env,
		});
	}
	if (!findChromium()) {
		console.error(`${CHROMIUM_HELP} Then run \`npm test\` again.`);
		process.exit(1);
	}
}
