import type { Environment } from 'vitest/environments';

/** Node, but modules compiled for the browser: runes classes (`*.svelte.ts`) run as they do on the page. */
export default {
	name: 'runes',
	viteEnvironment: 'client',
	setup: () => ({ teardown: () => {} })
} satisfies Environment;
