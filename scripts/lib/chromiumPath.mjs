import { existsSync } from 'node:fs';

/** Where Debian (and most Linux distributions) install Chromium; CHROMIUM_PATH comes first. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium binary the browser tests use, or undefined if there is none. */
export function findChromium() {
	return [process.env.CHROMIUM_PATH, ...CANDIDATES].find((path) => path && existsSync(path));
}

export const CHROMIUM_HELP =
	'The browser tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`), ' +
	'or set CHROMIUM_PATH to a Chromium or Chrome binary.';
