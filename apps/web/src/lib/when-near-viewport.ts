/**
 * Calls `onNear` once, the first time `element` comes within `rootMargin` of the viewport (at once
 * where IntersectionObserver is missing). Returns a function that stops watching.
 */
export function whenNearViewport(element: Element, rootMargin: string, onNear: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    onNear();
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      onNear();
    },
    { rootMargin },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
