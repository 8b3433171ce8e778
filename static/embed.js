/*
 * Sourceline embed loader. Put <div data-sourceline="TIMELINE-ID"></div> where the timeline should go, and
 * <script src="https://SOURCELINE-SITE/embed.js" async></script> once on the page. Options are data attributes
 * (data-event, data-from, data-to, data-theme, data-passages, data-controls, data-lanes, data-categories, data-actors,
 * data-data, data-height, data-title); placeholders added to the page later are mounted too. The frame reports its
 * height and this script applies it, accepting messages only from that frame's window and origin.
 */
(function () {
	'use strict';
	var script = document.currentScript;
	if (!script || !script.src) return;
	var origin = new URL(script.src).origin;
	var OPTIONS = ['event', 'from', 'to', 'theme', 'passages', 'controls', 'lanes', 'categories', 'actors', 'data'];
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
	var frames = [];

	function mount(placeholder) {
		if (placeholder.getAttribute('data-sourceline-mounted')) return;
		var id = placeholder.getAttribute('data-sourceline') || '';
		if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
			console.warn('Sourceline: data-sourceline must be a timeline id, not ' + JSON.stringify(id.slice(0, 60)));
			return;
		}
		placeholder.setAttribute('data-sourceline-mounted', 'true');
		var query = new URLSearchParams();
		OPTIONS.forEach(function (name) {
			var value = placeholder.getAttribute('data-' + name);
			if (value !== null && value !== '') query.set(name, value);
		});
		var iframe = document.createElement('iframe');
		iframe.src = origin + '/embed/' + id + (query.toString() ? '?' + query.toString() : '');
		iframe.title = placeholder.getAttribute('data-title') || 'Timeline';
		iframe.loading = 'lazy';
		iframe.setAttribute('allow', 'clipboard-write');
		var height = placeholderHeight(placeholder.getAttribute('data-height'));
		iframe.style.cssText = 'display:block;width:100%;border:0;height:' + height + 'px';
		placeholder.appendChild(iframe);
		frames.push(iframe);
	}

	window.addEventListener('message', function (event) {
		if (event.origin !== origin) return;
		var message = event.data;
		if (!message || message.source !== 'sourceline' || message.type !== 'resize') return;
		// A page that removes embeds (a single-page app moving on) must not keep every frame it ever had.
		frames = frames.filter(function (frame) { return frame.isConnected; });
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow !== event.source) continue;
			var height = Number(message.height);
			if (height > 0 && height <= MAX_REPORTED_HEIGHT) frames[i].style.height = Math.ceil(height) + 'px';
		}
	});

	function mountWithin(root) {
		if (root.matches('[data-sourceline]')) mount(root);
		Array.prototype.forEach.call(root.querySelectorAll('[data-sourceline]'), mount);
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { mountWithin(document.documentElement); });
	else mountWithin(document.documentElement);
	// Placeholders a page adds later (a CMS or a single-page app that renders after this script ran, an article
	// loaded on scroll) are mounted as they arrive; each is still mounted once.
	new MutationObserver(function (records) {
		records.forEach(function (record) {
			Array.prototype.forEach.call(record.addedNodes, function (node) {
				if (node.nodeType === Node.ELEMENT_NODE) mountWithin(node);
			});
		});
	}).observe(document.documentElement, { childList: true, subtree: true });
})();
