/*
 * Sourceline embed loader. Put <div data-sourceline="TIMELINE-ID"></div> where the timeline should go, and
 * <script src="https://SOURCELINE-SITE/embed.js" async></script> once on the page. Options are data attributes
 * (data-event, data-from, data-to, data-theme, data-passages, data-controls, data-lanes, data-categories,
 * data-height, data-title). The frame reports its height and this script applies it, accepting messages only
 * from that frame's window and origin.
 */
(function () {
	'use strict';
	var script = document.currentScript;
	if (!script || !script.src) return;
	var origin = new URL(script.src).origin;
	var OPTIONS = ['event', 'from', 'to', 'theme', 'passages', 'controls', 'lanes', 'categories'];
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
		var height = Number(placeholder.getAttribute('data-height')) || 640;
		iframe.style.cssText = 'display:block;width:100%;border:0;height:' + height + 'px';
		placeholder.appendChild(iframe);
		frames.push(iframe);
	}

	window.addEventListener('message', function (event) {
		if (event.origin !== origin) return;
		var message = event.data;
		if (!message || message.source !== 'sourceline' || message.type !== 'resize') return;
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow !== event.source) continue;
			var height = Number(message.height);
			if (height > 0 && height < 20000) frames[i].style.height = Math.ceil(height) + 'px';
		}
	});

	function mountAll() {
		Array.prototype.forEach.call(document.querySelectorAll('[data-sourceline]'), mount);
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
	else mountAll();
})();
