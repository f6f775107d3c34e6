/**
 * Puts text into an element, wrapping case-insensitive matches of a search term in <mark>.
 * Built from text nodes only: the data is never parsed as HTML.
 */
export function setHighlightedText(el: HTMLElement, text: string, needle: string): void {
  const lower = needle ? text.toLowerCase() : '';
  let at = needle ? lower.indexOf(needle) : -1;
  if (at < 0) {
    el.textContent = text;
    return;
  }
  el.textContent = '';
  let from = 0;
  while (at >= 0) {
    if (at > from) el.appendChild(document.createTextNode(text.slice(from, at)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(at, at + needle.length);
    el.appendChild(mark);
    from = at + needle.length;
    at = lower.indexOf(needle, from);
  }
  if (from < text.length) el.appendChild(document.createTextNode(text.slice(from)));
}
