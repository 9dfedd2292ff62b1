// A single-page app: every route renders in the browser, from the fallback page.
export const ssr = false;
export const prerender = false;
export const trailingSlash = 'never';
