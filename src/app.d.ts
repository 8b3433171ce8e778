// See https://svelte.dev/docs/kit/types#app.d.ts
import type { StartedDownload } from './lib/embed/external.ts';

declare global {
	namespace App {}
	interface Window {
		/** An embed's hosted dataset, its download begun by src/app.html's first script; the loader takes it over. */
		sourcelineDownload?: StartedDownload;
	}
}

export {};
