import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_HELP, findChromium } from './chromiumPath.mjs';

/**
 * Headless Chromium (Debian's headless shell where installed: scripts/lib/chromiumPath.mjs) with
 * the flags that keep it off the network (it must only talk to the test server).
 */
export function launchBrowser(): Promise<Browser> {
	const executablePath = findChromium({ headlessShell: true });
	if (!executablePath) throw new Error(CHROMIUM_HELP);
	return chromium.launch({
		executablePath,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
}
