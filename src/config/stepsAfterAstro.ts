/**
 * Set by `npm run build` (scripts/build.ts) for the `astro build` it runs: the build's last three
 * steps, the quiz exports, Pagefind's search index and the page step (security policy, safe
 * external links, link check), are then left out of Astro's hooks, and the script runs them once
 * Astro's process has exited. `astro build` on its own runs all three in its hooks.
 */
export const STEPS_AFTER_ASTRO = 'KIT_STEPS_AFTER_ASTRO';

export const stepsAfterAstro = (env: NodeJS.ProcessEnv = process.env) => env[STEPS_AFTER_ASTRO] === '1';
