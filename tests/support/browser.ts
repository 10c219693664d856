import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian (and most Linux distributions) install Chromium; CHROMIUM_PATH overrides. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string {
	const path = [process.env.CHROMIUM_PATH, ...CANDIDATES].find(
		(candidate) => candidate && existsSync(candidate),
	);
	if (!path) {
		throw new Error(
			'Browser tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
				'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
		);
	}
	return path;
}

/** Headless Chromium with the flags that keep it off the network (it must only talk to the test server). */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
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
