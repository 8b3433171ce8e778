// Positions of selections in a real DOM, in Chromium: paragraphs carry where they start, marks split the text.
import { afterEach, describe, expect, it } from 'vitest';
import { selectedSpan, textOffset } from './text-offsets.ts';

const TEXT = 'Cafe\u0301 owners 👩‍🍳 complained.\n\nThe port 🚢 opened on 4 March 2024.';
const SECOND = TEXT.indexOf('The port');

/** The article as the studio renders it: a paragraph per block, some runs of text in marks, exact characters. */
function render(): HTMLElement {
	const root = document.createElement('div');
	root.innerHTML = `<p data-start="0">Cafe\u0301 owners <span class="passage">👩‍🍳 compl</span>ained.</p><p data-start="${SECOND}">The port 🚢 opened on <span class="time"><span class="anchor"></span>4 March 2024</span>.</p>`;
	document.body.append(root);
	return root;
}
afterEach(() => document.body.replaceChildren());

/** The text node holding `words` in `root`, and the offset of `words` in it. */
function nodeOf(root: HTMLElement, words: string): [Text, number] {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		const at = node.data.indexOf(words);
		if (at >= 0) return [node, at];
	}
	throw new Error(`no text node holds ${words}`);
}

function select(root: HTMLElement, from: string, to: string) {
	const [startNode, startAt] = nodeOf(root, from);
	const [endNode, endAt] = nodeOf(root, to);
	const range = document.createRange();
	range.setStart(startNode, startAt);
	range.setEnd(endNode, endAt + to.length);
	const selection = document.getSelection()!;
	selection.removeAllRanges();
	selection.addRange(range);
	return selection;
}

describe('text positions of a selection', () => {
	it('count UTF-16 code units from the paragraph’s start, across marks, emoji and combining marks', () => {
		const root = render();
		const span = selectedSpan(root, select(root, 'ained', 'ained'));
		expect(span).toStrictEqual({ start: TEXT.indexOf('ained'), end: TEXT.indexOf('ained') + 5 });
		const across = selectedSpan(root, select(root, 'owners', 'March 2024'));
		expect(across).not.toBeNull();
		expect(TEXT.slice(across!.start, across!.end)).toBe(TEXT.slice(TEXT.indexOf('owners'), TEXT.indexOf('March 2024') + 10));
		const ship = selectedSpan(root, select(root, '🚢', 'opened'));
		expect(TEXT.slice(ship!.start, ship!.end)).toBe('🚢 opened');
	});

	it('give a boundary between elements the position of the text after it', () => {
		const root = render();
		const second = root.querySelectorAll('p')[1]!;
		expect(textOffset(root, second, 0)).toBe(SECOND);
		expect(textOffset(root, second, second.childNodes.length)).toBe(TEXT.length);
	});

	it('are none for a selection outside the article, or an empty one', () => {
		const root = render();
		const outside = document.createElement('p');
		outside.textContent = 'elsewhere';
		document.body.append(outside);
		const range = document.createRange();
		range.selectNodeContents(outside);
		const selection = document.getSelection()!;
		selection.removeAllRanges();
		selection.addRange(range);
		expect(selectedSpan(root, selection)).toBeNull();
		selection.collapseToStart();
		expect(selectedSpan(root, selection)).toBeNull();
	});
});
