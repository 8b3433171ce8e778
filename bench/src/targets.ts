/**
 * The four targets and how each is driven. Every target is fed the same dataset; what differs is how its marks are
 * found and how it zooms:
 * - Sourceline's embed: a plain wheel scrolls the host page, Ctrl + wheel zooms (as a trackpad pinch does);
 * - vis-timeline: the wheel zooms (its default);
 * - TimelineJS: the wheel does not zoom, so its zoom-in and zoom-out buttons are clicked instead;
 * - control: nothing responds; it shows the floor.
 *
 * One wheel step zooms Sourceline and vis-timeline by the same factor, 1.2 (20 steps ≈ 38×): vis-timeline zooms
 * by 1 + (wheelDelta / 120) / 5 per event, and Chromium gives every synthetic wheel event a wheelDelta of ±120
 * whatever its deltaY; d3-zoom (Sourceline) scales by 2^(−deltaY · 0.002 · 10) with Ctrl held, so deltaY 13.
 *
 * Drags start on the plot's background, so that releasing the button where it was pressed does not click a mark.
 */
import { BUILT_IN_ID, type Dataset } from './datasets.ts';
import type { MarkQuery, ProbeConfig } from './measure.ts';
import { PAGES_PATH } from './site.ts';

export type TargetKey = 'sourceline' | 'vis' | 'timelinejs' | 'control';

export type ZoomInput =
	| { kind: 'wheel'; deltaY: number; modifier?: 'Control' }
	| { kind: 'buttons'; zoomIn: string; zoomOut: string };

export interface Target {
	key: TargetKey;
	name: string;
	url(dataset: Dataset): string;
	probe(dataset: Dataset): ProbeConfig;
	/** Where the wheel goes: the middle of this element's visible part. */
	plot: string;
	/** Where a drag starts: `yOffset` from the element's top, else the middle of its visible part. */
	drag: { selector: string; yOffset?: number };
	zoom: ZoomInput;
	/** A single event's mark, to click for the selection latency. */
	mark(dataset: Dataset): Omit<MarkQuery, 'plot'>;
	/** The timeline's own element, for the DOM count without the page around it. */
	plotDom: string;
}

const sourceline: Target = {
	key: 'sourceline',
	name: 'Sourceline',
	url: (dataset) => `/embed/${BUILT_IN_ID}${dataset.sourcelineFile ? `?data=${dataset.sourcelineFile}` : ''}`,
	probe: (dataset) =>
		dataset.idPrefix
			? // A mark with the dataset's ids, or a cluster once the loading status has been in the page: the embed's
				// prerendered built-in timeline (hidden when the query has `data=`, before #14 drawn first) never counts.
				{ first: `.event-mark[data-event^="${dataset.idPrefix}"]`, firstAfterGate: '.cluster', gate: '.status[role="status"]', selection: 'sourceline' }
			: { first: '.event-mark, .cluster', selection: 'sourceline' },
	plot: '.timeline-svg',
	// The axis band at the top of the plot: background, never a mark.
	drag: { selector: '.timeline-svg', yOffset: 15 },
	zoom: { kind: 'wheel', deltaY: 13, modifier: 'Control' },
	mark: (dataset) => ({
		selector: dataset.idPrefix ? `.event-mark[data-event^="${dataset.idPrefix}"]` : '.event-mark',
		part: '.shape',
		idAttribute: 'data-event'
	}),
	plotDom: '.timeline-svg'
};

const vis: Target = {
	key: 'vis',
	name: 'vis-timeline',
	url: (dataset) => `${PAGES_PATH}/vis.html?data=${dataset.visFile}`,
	probe: () => ({ first: '.vis-item', selection: 'vis', ignore: '.vis-current-time' }),
	plot: '.vis-panel.vis-center',
	// vis-timeline selects on a tap, which a one-second drag is not, so the drag may start on an item.
	drag: { selector: '.vis-panel.vis-center' },
	zoom: { kind: 'wheel', deltaY: 100 },
	// Single-day items (boxes): their whole box is on screen, unlike a long range's.
	mark: () => ({ selector: '.vis-item.vis-box' }),
	plotDom: '.vis-timeline'
};

const timelineJs: Target = {
	key: 'timelinejs',
	name: 'TimelineJS',
	url: (dataset) => `${PAGES_PATH}/timelinejs.html?data=${dataset.timelineJsFile}`,
	probe: () => ({ first: '.tl-timemarker', selection: 'timelinejs' }),
	plot: '.tl-timenav',
	// The time axis under the markers: a marker pressed and released there would be clicked.
	drag: { selector: '.tl-timeaxis-background' },
	zoom: {
		kind: 'buttons',
		zoomIn: '.tl-menubar-button:has(.tl-icon-zoom-in)',
		zoomOut: '.tl-menubar-button:has(.tl-icon-zoom-out)'
	},
	mark: () => ({ selector: '.tl-timemarker', part: '.tl-timemarker-content-container', idSuffix: '-marker' }),
	plotDom: '.tl-timenav'
};

const control: Target = {
	key: 'control',
	name: 'control (empty page)',
	url: () => `${PAGES_PATH}/control.html`,
	probe: () => ({ first: '.event', selection: 'control' }),
	plot: '.plot',
	drag: { selector: '.plot', yOffset: 20 },
	zoom: { kind: 'wheel', deltaY: 100 },
	mark: () => ({ selector: '.event' }),
	plotDom: '.plot'
};

/** In the order they run in each round. */
export const TARGETS: readonly Target[] = [sourceline, vis, timelineJs, control];
