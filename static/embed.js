/*
 * Sourceline embed loader. Put <div data-sourceline="TIMELINE-ID"></div> where the timeline should go, and
 * <script src="https://SOURCELINE-SITE/embed.js" async></script> once on the page. Options are data attributes
 * (data-event, data-from, data-to, data-theme, data-passages, data-controls, data-lanes, data-categories, data-actors,
 * data-data, data-height, data-title); placeholders added to the page later are mounted too, and a placeholder's
 * attributes are followed after it has mounted. The frame reports its height and this script applies it, accepting
 * messages only from that frame's window and origin.
 */
(function () {
	'use strict';
	var script = document.currentScript;
	if (!script || !script.src) return;
	var origin = new URL(script.src).origin;
	var OPTIONS = ['event', 'from', 'to', 'theme', 'passages', 'controls', 'lanes', 'categories', 'actors', 'data'];
	// Options a drawn frame takes through its host API, without a reload; any other change re-builds its URL.
	var LIVE = ['event', 'from', 'to', 'theme'];
	var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
	// The placeholder's height until the frame reports its own: a number of CSS pixels, held to a height a
	// timeline can use and a page can hold (a typo such as 1e9 would make the host page millions of pixels tall).
	var HEIGHT = { fallback: 640, min: 160, max: 4000 };
	// Heights the frame reports are applied up to this (a long article panel can be tall; an endless one is a bug).
	var MAX_REPORTED_HEIGHT = 20000;

	function placeholderHeight(value) {
		if (value === null || value === '') return HEIGHT.fallback;
		var height = Number(value);
		if (!isFinite(height)) {
			console.warn('Sourceline: data-height must be a number of pixels, not ' + JSON.stringify(value.slice(0, 40)) + '; using ' + HEIGHT.fallback);
			return HEIGHT.fallback;
		}
		var held = Math.min(HEIGHT.max, Math.max(HEIGHT.min, Math.round(height)));
		if (height < HEIGHT.min || height > HEIGHT.max) console.warn('Sourceline: data-height ' + height + ' is outside ' + HEIGHT.min + '–' + HEIGHT.max + '; using ' + held);
		return held;
	}
	// Each mounted placeholder's frame: { placeholder, iframe, url, values (its options), ready, sized (by the frame) }.
	var frames = [];

	function timelineId(placeholder) {
		var id = placeholder.getAttribute('data-sourceline') || '';
		if (ID.test(id)) return id;
		console.warn('Sourceline: data-sourceline must be a timeline id, not ' + JSON.stringify(id.slice(0, 60)));
	}
	function frameUrl(id, values) {
		var query = new URLSearchParams();
		OPTIONS.forEach(function (name) {
			if (values[name]) query.set(name, values[name]);
		});
		return origin + '/embed/' + id + (query.toString() ? '?' + query.toString() : '');
	}
	function optionValues(placeholder) {
		var values = {};
		OPTIONS.forEach(function (name) {
			values[name] = placeholder.getAttribute('data-' + name) || '';
		});
		return values;
	}

	function mount(placeholder) {
		if (placeholder.getAttribute('data-sourceline-mounted')) return;
		var id = timelineId(placeholder);
		if (!id) return;
		placeholder.setAttribute('data-sourceline-mounted', 'true');
		var frame = { placeholder: placeholder, iframe: document.createElement('iframe'), values: optionValues(placeholder) };
		var iframe = frame.iframe;
		iframe.src = frame.url = frameUrl(id, frame.values);
		iframe.title = placeholder.getAttribute('data-title') || 'Timeline';
		iframe.loading = 'lazy';
		iframe.setAttribute('allow', 'clipboard-write');
		var height = placeholderHeight(placeholder.getAttribute('data-height'));
		iframe.style.cssText = 'display:block;width:100%;border:0;height:' + height + 'px';
		placeholder.appendChild(iframe);
		frames.push(frame);
	}

	/** A mounted placeholder's attributes changed (`names`): its drawn frame is told through its API, else re-loaded. */
	function follow(placeholder, names) {
		var frame = frames.filter(function (f) { return f.placeholder === placeholder; })[0];
		if (!frame) return mount(placeholder);
		var iframe = frame.iframe;
		if (names['data-title']) iframe.title = placeholder.getAttribute('data-title') || 'Timeline';
		if (names['data-height'] && !frame.sized) iframe.style.height = placeholderHeight(placeholder.getAttribute('data-height')) + 'px';
		var id = timelineId(placeholder);
		var values = optionValues(placeholder);
		var url = id && frameUrl(id, values);
		if (!url || url === frame.url) return;
		var was = frame.values;
		// The API sets a window of two dates: a window given up, or half given, needs the URL.
		var sameWindow = values.from === was.from && values.to === was.to;
		var live = frame.ready && frame.url.split('?')[0] === url.split('?')[0] && (sameWindow || (values.from && values.to)) &&
			OPTIONS.every(function (name) { return values[name] === was[name] || LIVE.indexOf(name) >= 0; });
		frame.url = url;
		frame.values = values;
		if (!live) {
			frame.ready = frame.sized = false;
			iframe.src = url;
			return;
		}
		var send = function (command) {
			command.source = 'sourceline-host';
			command.version = 1;
			iframe.contentWindow.postMessage(command, origin);
		};
		if (values.theme !== was.theme) send({ type: 'setTheme', theme: values.theme || 'auto' });
		if (!sameWindow) send({ type: 'setWindow', from: values.from, to: values.to });
		if (values.event !== was.event) send({ type: 'select', event: values.event || null });
	}

	window.addEventListener('message', function (event) {
		if (event.origin !== origin) return;
		var message = event.data;
		if (!message || message.source !== 'sourceline') return;
		// A page that removes embeds (a single-page app moving on) must not keep every frame it ever had.
		frames = frames.filter(function (frame) { return frame.iframe.isConnected; });
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].iframe.contentWindow !== event.source) continue;
			if (message.type === 'ready') frames[i].ready = true;
			var height = Number(message.height);
			if (message.type === 'resize' && height > 0 && height <= MAX_REPORTED_HEIGHT) {
				frames[i].iframe.style.height = Math.ceil(height) + 'px';
				frames[i].sized = true;
			}
		}
	});

	function mountWithin(root) {
		if (root.matches('[data-sourceline]')) mount(root);
		Array.prototype.forEach.call(root.querySelectorAll('[data-sourceline]'), mount);
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { mountWithin(document.documentElement); });
	else mountWithin(document.documentElement);
	// Placeholders a page adds later (a CMS or a single-page app that renders after this script ran, an article
	// loaded on scroll) are mounted as they arrive; each is still mounted once. Attributes it sets later are followed.
	var ATTRIBUTES = ['data-sourceline', 'data-height', 'data-title'].concat(OPTIONS.map(function (name) { return 'data-' + name; }));
	new MutationObserver(function (records) {
		var changed = new Map();
		records.forEach(function (record) {
			Array.prototype.forEach.call(record.addedNodes, function (node) {
				if (node.nodeType === Node.ELEMENT_NODE) mountWithin(node);
			});
			if (record.type !== 'attributes' || !record.target.hasAttribute('data-sourceline')) return;
			var names = changed.get(record.target) || {};
			names[record.attributeName] = true;
			changed.set(record.target, names);
		});
		changed.forEach(function (names, placeholder) { follow(placeholder, names); });
	}).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES });
})();
