/**
 * Where a selection in the rendered article is in the article's text. Each paragraph element carries the text
 * position it starts at (`data-start`) and holds exactly the text's characters, so a boundary's position is the
 * paragraph's start plus the length of the text before it: UTF-16 code units, as the format's passages count.
 */

/** The text position of a DOM boundary (`node`, `offset`) inside `root`, or null when it is not in a paragraph of it. */
export function textOffset(root: Element, node: Node, offset: number): number | null {
	let element: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
	while (element && element !== root && !(element instanceof HTMLElement && element.dataset.start !== undefined)) element = element.parentElement;
	if (!element || element === root || !(element instanceof HTMLElement)) return null;
	const range = document.createRange();
	range.setStart(element, 0);
	range.setEnd(node, offset);
	return Number(element.dataset.start) + range.toString().length;
}

/** The text positions of the page's selection, when it is a range of words inside `root`. */
export function selectedSpan(root: Element, selection: Selection | null): { start: number; end: number } | null {
	if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
	const range = selection.getRangeAt(0);
	if (!root.contains(range.commonAncestorContainer)) return null;
	const start = textOffset(root, range.startContainer, range.startOffset) ?? firstParagraphStart(root, range);
	const end = textOffset(root, range.endContainer, range.endOffset) ?? lastParagraphEnd(root, range);
	return start !== null && end !== null && start < end ? { start, end } : null;
}

/** A selection that begins between paragraphs starts at the first paragraph it covers. */
function firstParagraphStart(root: Element, range: Range): number | null {
	const first = [...root.querySelectorAll<HTMLElement>('[data-start]')].find((p) => range.intersectsNode(p));
	return first ? Number(first.dataset.start) : null;
}

/** …and one that ends between them ends where the last paragraph it covers ends. */
function lastParagraphEnd(root: Element, range: Range): number | null {
	const last = [...root.querySelectorAll<HTMLElement>('[data-start]')].findLast((p) => range.intersectsNode(p));
	return last ? Number(last.dataset.start) + (last.textContent ?? '').length : null;
}
