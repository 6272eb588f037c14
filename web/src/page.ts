/**
 * What a screen reader hears when a route changes: the page title names the view, and one small
 * polite status region says that it loaded. <main> itself is not live, so re-rendering a view
 * does not read the whole page aloud.
 */
const APP_NAME = 'Triangulate';

export function setPageTitle(...parts: string[]): void {
  document.title = [...parts.filter(Boolean), APP_NAME].join(' · ');
}

export function announce(message: string): void {
  const status = document.getElementById('route-status');
  if (status) status.textContent = message;
}
