// Where `vite build` writes the site (read by svelte.config.js): `build/`, or the folder SOURCELINE_OUT names, so a
// test can build a site of its own without touching build/. The build empties that folder first, so it must be new,
// empty or a site built before: never the project, a folder above it, or one holding other files.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { relative, resolve, isAbsolute } from 'node:path';

/**
 * @param {string | undefined} setting the value of SOURCELINE_OUT
 * @param {string} project the project's folder
 * @returns {{ out: string, workingFiles: string }} the site's folder, and SvelteKit's working folder for this build
 *   (inside the project, where its packages resolve; its own for each folder, so two builds never share one)
 */
export function buildFolder(setting, project) {
	const given = setting?.trim();
	const out = resolve(project, given || 'build');
	if (!given) return { out, workingFiles: '.svelte-kit' };
	const fromOut = relative(out, project);
	if (fromOut === '' || (!fromOut.startsWith('..') && !isAbsolute(fromOut)))
		throw new Error(`SOURCELINE_OUT is "${given}", which is the project or a folder above it: the build empties the folder it is given`);
	if (existsSync(out)) {
		if (!statSync(out).isDirectory()) throw new Error(`SOURCELINE_OUT is "${given}", which is a file: name a folder`);
		const entries = readdirSync(out);
		if (entries.length > 0 && !entries.includes('_app'))
			throw new Error(`SOURCELINE_OUT is "${given}", a folder that holds files but no built site: the build empties the folder it is given, so name a new or empty one`);
	}
	return { out, workingFiles: `.svelte-kit/builds/${createHash('sha256').update(out).digest('hex').slice(0, 12)}` };
}
