// In-page instrumentation, added to every page before its own scripts run (Playwright's addInitScript), as
// `window.__bench`. Plain JavaScript on purpose: it is sent to the browser as text, untouched by the TypeScript
// loader. Every time is performance.now(), milliseconds since navigation started (performance.timeOrigin).
// Its `config` is the target's settings, written in by measure.ts:
//   first           a selector whose elements are marks of the dataset (the first one visible ends "first event")
//   firstAfterGate  a selector that counts only once `gate` has been in the page (Sourceline's clusters: those of
//                   the embed's prerendered built-in timeline must not count for a dataset loaded with `data=`)
//   selection       which predicate says a selection is complete (see SELECTION)
//   ignore          a selector whose mutations do not count as activity (vis-timeline's current-time line, which
//                   it moves every second for as long as the page is open)
(() => {
	const config = __BENCH_CONFIG__;
	const now = () => performance.now();
	const state = {
		firstVisible: null,
		gateSeen: !config.gate,
		lastMutation: 0,
		mutations: 0,
		longTasks: [],
		lastResource: 0,
		lastInput: 0,
		frames: null,
		selection: null
	};

	/** Whether an element has a box and some of it is inside the viewport. */
	const visibleBox = (element) => {
		const r = element.getBoundingClientRect();
		return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
	};
	const findVisible = (selector) => {
		if (!selector) return null;
		for (const element of document.querySelectorAll(selector)) if (visibleBox(element)) return element;
		return null;
	};

	const counts = (record) => {
		const element = record.target.nodeType === Node.ELEMENT_NODE ? record.target : record.target.parentElement;
		return !config.ignore || !element || !element.closest(config.ignore);
	};
	new MutationObserver((records) => {
		if (!records.some(counts)) return;
		state.lastMutation = now();
		state.mutations++;
		if (!state.gateSeen && document.querySelector(config.gate)) state.gateSeen = true;
	}).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.duration]);
	}).observe({ type: 'longtask', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) state.lastResource = Math.max(state.lastResource, entry.responseEnd);
	}).observe({ type: 'resource', buffered: true });
	for (const type of ['wheel', 'pointerdown', 'pointermove', 'pointerup', 'click'])
		addEventListener(type, () => (state.lastInput = now()), { capture: true, passive: true });
	addEventListener('click', (event) => state.selection && state.selection.click === null && (state.selection.click = event.timeStamp), {
		capture: true,
		passive: true
	});

	// First event visible: checked once per frame, so the time is that of the frame that can paint it (a check per
	// mutation would force a layout at every one, slowing the very pages being measured).
	requestAnimationFrame(function poll() {
		const found = findVisible(config.first) || (state.gateSeen && findVisible(config.firstAfterGate));
		if (found) state.firstVisible = now();
		else requestAnimationFrame(poll);
	});

	/**
	 * Sourceline: the selected event's first passage is highlighted and wholly inside the article panel's scrolled
	 * view. (The embed is made to be framed at its full height, so the panel may be below this window's fold.)
	 */
	const sourcelineSelection = (id) => {
		const mark = document.querySelector(`mark.active[data-passages~="${id}-1"]`);
		if (!mark) return 0;
		const panel = document.querySelector('.article-panel');
		const r = mark.getBoundingClientRect();
		const p = panel ? panel.getBoundingClientRect() : { top: 0, bottom: innerHeight };
		return r.top >= p.top && r.bottom <= p.bottom ? 2 : 1;
	};
	/** TimelineJS: its marker is active, then its slide is wholly inside the story slider's view. */
	const timelineJsSelection = (id) => {
		const marker = document.getElementById(`${id}-marker`);
		if (!marker || !marker.classList.contains('tl-timemarker-active')) return 0;
		const slide = document.getElementById(id);
		const slider = document.querySelector('.tl-storyslider');
		if (!slide || !slider) return 1;
		const r = slide.getBoundingClientRect();
		const s = slider.getBoundingClientRect();
		return r.left >= s.left - 1 && r.right <= s.right + 1 ? 2 : 1;
	};
	/** Each returns 0 (nothing yet), 1 (a first visible response) or 2 (the selection is complete). */
	const SELECTION = {
		sourceline: sourcelineSelection,
		vis: () => (document.querySelector('.vis-item.vis-selected') ? 2 : 0),
		timelinejs: timelineJsSelection,
		control: () => (document.querySelector('.event.selected') ? 2 : 0)
	};

	window.__bench = {
		/** Load: first event visible, the last activity so far, and how long the page has been quiet. */
		status() {
			const lastLongTask = state.longTasks.reduce((last, [start, duration]) => Math.max(last, start + duration), 0);
			const lastActivity = Math.max(state.lastMutation, lastLongTask, state.lastResource);
			return { firstVisible: state.firstVisible, lastActivity, quietFor: now() - lastActivity, now: now() };
		},
		longTasks: () => state.longTasks,
		/** Records the start time of every frame until `stopFrames`. */
		startFrames() {
			const frames = [];
			state.frames = frames;
			requestAnimationFrame(function loop(time) {
				if (state.frames !== frames) return;
				frames.push(time);
				requestAnimationFrame(loop);
			});
		},
		stopFrames() {
			const frames = state.frames;
			state.frames = null;
			return { frames, lastInput: state.lastInput };
		},
		/** The element of the plot to aim the pointer at: the middle of its part inside the viewport. */
		pointIn(selector, yOffset) {
			const element = findVisible(selector);
			if (!element) return null;
			const r = element.getBoundingClientRect();
			const left = Math.max(r.left, 0);
			const right = Math.min(r.right, innerWidth);
			const top = Math.max(r.top, 0);
			const bottom = Math.min(r.bottom, innerHeight);
			return { x: (left + right) / 2, y: yOffset === undefined ? (top + bottom) / 2 : r.top + yOffset };
		},
		/**
		 * An event mark to click (a single event, not a cluster), the nearest to the middle of the plot: the middles
		 * of the marks' `part`, nearest first, are hit-tested, and the first point where a mark is on top is taken,
		 * with the id of that mark (marks overlap; `idAttribute`, or the element's id less `idSuffix`). Hit tests are
		 * slow on a page of 200,000 elements (TimelineJS at 10,000 events), so at most 20.
		 */
		pickMark({ selector, part, plot, idAttribute, idSuffix }) {
			const plotBox = document.querySelector(plot)?.getBoundingClientRect();
			if (!plotBox) return null;
			const left = Math.max(plotBox.left, 0);
			const right = Math.min(plotBox.right, innerWidth);
			const top = Math.max(plotBox.top, 0);
			const bottom = Math.min(plotBox.bottom, innerHeight);
			const centre = (left + right) / 2;
			const points = [];
			for (const mark of document.querySelectorAll(selector)) {
				const r = ((part && mark.querySelector(part)) || mark).getBoundingClientRect();
				const x = (r.left + r.right) / 2;
				const y = (r.top + r.bottom) / 2;
				if (r.width > 0 && r.height > 0 && x > left && x < right && y > top && y < bottom) points.push({ x, y });
			}
			points.sort((a, b) => Math.abs(a.x - centre) - Math.abs(b.x - centre));
			for (const { x, y } of points.slice(0, 20)) {
				const mark = document.elementFromPoint(x, y)?.closest(selector);
				if (mark) return { id: idAttribute ? mark.getAttribute(idAttribute) : mark.id.slice(0, mark.id.length - (idSuffix || '').length), x, y };
			}
			return null;
		},
		/** Starts watching for the selection of `id` to show; the click's own timestamp is the start. */
		watchSelection(id) {
			const check = SELECTION[config.selection];
			const watch = { click: null, first: null, done: null };
			state.selection = watch;
			requestAnimationFrame(function loop() {
				if (state.selection !== watch) return;
				if (watch.click !== null) {
					const stage = check(id);
					if (stage >= 1 && watch.first === null) watch.first = now();
					if (stage === 2) return void (watch.done = now());
				}
				requestAnimationFrame(loop);
			});
		},
		selectionResult() {
			const watch = state.selection;
			return watch && { click: watch.click, first: watch.first, done: watch.done };
		}
	};
})();
