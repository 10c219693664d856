/**
 * Browser tests drive Debian's Chromium (test tools cannot download their own browsers here).
 * Runs before `npm test`: finds Chromium and its headless shell (scripts/lib/chromiumPath.mjs),
 * or installs what is missing with apt-get when it can (as root on Debian/Ubuntu), or explains
 * what to do. Without the headless shell the tests use Chromium itself, at more CPU.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_HELP, findChromium, HEADLESS_SHELL } from './lib/chromiumPath.mjs';

const missing = [
	...(findChromium() ? [] : ['chromium', 'fonts-noto-core']),
	...(process.env.CHROMIUM_PATH || existsSync(HEADLESS_SHELL) ? [] : ['chromium-headless-shell']),
];
const canInstall = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (missing.length > 0 && canInstall) {
	console.log(`Installing Debian’s ${missing.join(', ')} for the browser tests…`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	try {
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
	} catch (error) {
		// The headless shell is only faster; Chromium itself is what the tests need.
		if (!findChromium()) throw error;
		console.log('Could not install it: the browser tests use Chromium itself.');
	}
}
if (!findChromium()) {
	console.error(`${CHROMIUM_HELP} Then run \`npm test\` again.`);
	process.exit(1);
}
