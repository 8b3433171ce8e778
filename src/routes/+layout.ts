// A static site: every page is prerendered and works without JavaScript.
export const prerender = true;
