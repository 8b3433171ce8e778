/**
 * The embed page's one script: mounts the embed in place of its prerendered markup. The page has no SvelteKit
 * client (csr = false): a frame that may load a hosted dataset starts with a few modules, not twenty, and hydrates
 * nothing it would then discard (docs/embed-loading.md).
 */
import { mount } from 'svelte';
import EmbedApp from './EmbedApp.svelte';
import { BUILT_IN_DATA_ID, EMBED_ROOT_ID } from './island-page.ts';
import type { Timeline } from '../model/schema.ts';

const root = document.getElementById(EMBED_ROOT_ID);
const data = document.getElementById(BUILT_IN_DATA_ID);
if (!root || !data?.textContent) throw new Error(`Sourceline embed: the page has no #${EMBED_ROOT_ID} or #${BUILT_IN_DATA_ID}`);
const builtIn = JSON.parse(data.textContent) as Timeline;
root.replaceChildren();
mount(EmbedApp, { target: root, props: { builtIn } });
