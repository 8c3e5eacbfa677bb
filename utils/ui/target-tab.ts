/**
 * The tab a UI page reports on when it names one (`popup.html?tabId=12`: the popup opened as a
 * tab, as end-to-end tests do), or null for "the active tab".
 */
export function tabIdFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}
