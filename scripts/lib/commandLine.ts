import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * The script's command-line arguments, read by Node's `util.parseArgs`. A mistake (an unknown
 * option, a missing value) prints what went wrong and how to use the script, and exits.
 */
export function commandLine<T extends Omit<ParseArgsConfig, 'args'>>(config: T, usage: string) {
	try {
		return parseArgs({ ...config, args: process.argv.slice(2) });
	} catch (error) {
		console.error(`${(error as Error).message}\nUsage: ${usage}`);
		process.exit(1);
	}
}
