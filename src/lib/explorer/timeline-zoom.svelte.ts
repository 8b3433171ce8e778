/**
 * The one source of truth for the visible time window: d3-zoom's transform, mirrored into `$state.raw`.
 * Gestures (wheel, drag, pinch, double-click), buttons, keys, the overview brush and "go to event" all move the
 * view through the zoom behaviour, so the two copies cannot drift apart; before it is attached, `show` sets the
 * transform it will start from. Only x and k are used: the timeline zooms in time, not vertically.
 */
import { zoom as d3Zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { select, type Selection } from 'd3-selection';
import { untrack } from 'svelte';
import 'd3-transition';
import {
	clampWindow,
	transformForWindow,
	translateExtent,
	wheelZoomDelta,
	windowFromTransform,
	zoomLimits,
	type TimeWindow
} from '../timeline/time-window.ts';
import { touchAxis } from '../timeline/touch-axis.ts';

/** Width used before the element is measured (and for the prerendered, JavaScript-free SVG). */
const DEFAULT_WIDTH = 960;
/** The closest zoom shows about a day across the view. */
const MIN_DAYS = 1;
const ANIMATION_MS = 450;

type Target = Selection<SVGSVGElement, unknown, null, undefined>;

export class TimelineZoom {
	readonly full: TimeWindow;
	transform = $state.raw<ZoomTransform>(zoomIdentity);
	width = $state(DEFAULT_WIDTH);
	readonly window: TimeWindow = $derived.by(() => windowFromTransform(this.full, this.width, this.transform));

	#behavior: ZoomBehavior<SVGSVGElement, unknown>;
	#target: Target | null = null;
	#onSettle: ((window: TimeWindow) => void) | undefined;
	/** Set while the view already shown is handed to d3-zoom: that is no move of the reader's to report. */
	#adopting = false;

	/**
	 * In an embed, the wheel alone scrolls the host page, as a reader scrolling past expects; Ctrl or ⌘ with the
	 * wheel (and a trackpad pinch, which browsers send as Ctrl + wheel) zooms. Set when a plain wheel was ignored,
	 * so the plot can say how to zoom.
	 */
	wheelHint = $state(false);
	#wheelNeedsModifier: boolean;
	#hintTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(full: TimeWindow, onSettle?: (window: TimeWindow) => void, { wheelNeedsModifier = false } = {}) {
		this.full = full;
		this.#onSettle = onSettle;
		this.#wheelNeedsModifier = wheelNeedsModifier;
		this.#behavior = d3Zoom<SVGSVGElement, unknown>()
			.filter((event: MouseEvent & WheelEvent) => {
				if (event.type === 'wheel') return !this.#wheelNeedsModifier || event.ctrlKey || event.metaKey;
				// d3-zoom's default: no secondary buttons, and Ctrl-drag is left to the system.
				return !event.ctrlKey && !event.button;
			})
			.wheelDelta(wheelZoomDelta)
			.scaleExtent(zoomLimits(full, MIN_DAYS))
			.extent(() => [
				[0, 0],
				[this.width, 1]
			])
			// d3-zoom's own constraint keeps the window inside the full span.
			.translateExtent(translateExtent(this.width))
			.on('zoom', (event: { transform: ZoomTransform }) => (this.transform = event.transform))
			.on('end', () => {
				if (!this.#adopting) this.#onSettle?.(this.window);
			});
	}

	/** An attachment for the plot's <svg>: wires the gestures and returns their cleanup. */
	attach = (svg: SVGSVGElement) => {
		const target = select(svg);
		// Registered before d3-zoom's listeners, so it sees each touch first (see `sideways`).
		const stopVertical = sideways(svg);
		target.call(this.#behavior);
		// d3-zoom starts each element at the identity; start it at the view already shown (e.g. from the URL).
		// Untracked: the attachment must not re-run (and re-bind every listener) on each zoom frame.
		this.#adopting = true;
		this.#behavior.transform(target, untrack(() => this.transform));
		this.#adopting = false;
		// d3-zoom sets touch-action: none; let a vertical swipe still scroll the page past the timeline.
		svg.style.touchAction = 'pan-y';
		this.#target = target;
		const onWheel = (event: WheelEvent) => {
			if (!this.#wheelNeedsModifier || event.ctrlKey || event.metaKey) return;
			this.wheelHint = true;
			clearTimeout(this.#hintTimer);
			this.#hintTimer = setTimeout(() => (this.wheelHint = false), 1500);
		};
		svg.addEventListener('wheel', onWheel, { passive: true });
		return () => {
			stopVertical();
			svg.removeEventListener('wheel', onWheel);
			clearTimeout(this.#hintTimer);
			target.on('.zoom', null);
			if (this.#target === target) this.#target = null;
		};
	};

	/** Changes the width while keeping the same window in view. */
	resize(width: number) {
		if (width <= 0 || width === this.width) return;
		const window = this.window;
		this.width = width;
		this.#behavior.translateExtent(translateExtent(width));
		this.show(window, false);
	}

	zoomBy(factor: number, animate = true) {
		this.#run(animate, (target) => this.#behavior.scaleBy(target, factor));
	}

	/** Pans by a fraction of the visible width (positive = later in time). */
	panBy(fraction: number, animate = true) {
		const span = this.window.end - this.window.start;
		const window = { start: this.window.start + span * fraction, end: this.window.end + span * fraction };
		this.show(window, animate);
	}

	fit(animate = true) {
		this.#run(animate, (target) => this.#behavior.transform(target, zoomIdentity));
	}

	/** Shows a window (clamped to the data and to the closest zoom); settles when it is shown, or the move is cut short. */
	show(window: TimeWindow, animate = true): Promise<void> {
		const clamped = clampWindow(this.full, window, MIN_DAYS);
		const t = transformForWindow(this.full, this.width, clamped);
		const transform = zoomIdentity.translate(t.x, 0).scale(t.k);
		if (this.#target) return this.#run(animate, (target) => this.#behavior.transform(target, transform));
		this.transform = transform;
		return Promise.resolve();
	}

	/**
	 * Brings a span of days into view: pans when it fits at the current zoom, otherwise zooms out to show it
	 * with some room around it.
	 */
	reveal(start: number, end: number, animate = true) {
		const { start: from, end: to } = this.window;
		const span = to - from;
		const margin = span * 0.08;
		if (start >= from + margin && end <= to - margin) return;
		const width = end - start;
		if (width <= span - 2 * margin) {
			const centre = (start + end) / 2;
			this.show({ start: centre - span / 2, end: centre + span / 2 }, animate);
		} else {
			const pad = Math.max(width * 0.15, MIN_DAYS);
			this.show({ start: start - pad, end: end + pad }, animate);
		}
	}

	#run(animate: boolean, apply: (target: Target | ReturnType<Target['transition']>) => void): Promise<void> {
		const target = this.#target;
		if (!target) return Promise.resolve();
		const duration = animate && !prefersReducedMotion() ? ANIMATION_MS : 0;
		if (duration === 0) {
			target.interrupt();
			apply(target);
			return Promise.resolve();
		}
		const transition = target.transition().duration(duration);
		apply(transition);
		// end() rejects when another move interrupts this one: that too is the end of this move.
		return transition.end().catch(() => undefined);
	}
}

/**
 * A one-finger swipe that goes up or down is the page's, not the timeline's: its moves are kept from d3-zoom
 * (which would cancel them, and with them the scroll) until the finger lifts; a sideways one pans as before.
 * Moves are held back until the direction is known. Two fingers (a pinch) always go to d3-zoom. The end of a
 * touch always does too, so d3-zoom never waits for a gesture that has ended. Returns the cleanup.
 */
function sideways(svg: SVGSVGElement): () => void {
	let start: { x: number; y: number } | null = null;
	let axis: ReturnType<typeof touchAxis> = 'undecided';
	const onStart = (event: TouchEvent) => {
		const touch = event.touches[0];
		start = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null;
		axis = 'undecided';
	};
	const onMove = (event: TouchEvent) => {
		const touch = event.touches[0];
		if (!start || !touch || event.touches.length !== 1 || axis === 'x') return;
		if (axis === 'undecided') axis = touchAxis(touch.clientX - start.x, touch.clientY - start.y);
		if (axis !== 'x') event.stopImmediatePropagation();
	};
	svg.addEventListener('touchstart', onStart, { passive: true });
	svg.addEventListener('touchmove', onMove, { passive: true });
	return () => {
		svg.removeEventListener('touchstart', onStart);
		svg.removeEventListener('touchmove', onMove);
	};
}

function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
