import { useEffect, useRef, type RefObject } from 'react';

/**
 * Calls `onVisible` whenever the returned element scrolls within `rootMargin` of the viewport.
 * Without IntersectionObserver (old browsers, jsdom) nothing fires; callers keep a button as fallback.
 */
export function useOnVisible<Element extends HTMLElement>(
  onVisible: () => void,
  { enabled = true, rootMargin = '0px' }: { enabled?: boolean; rootMargin?: string } = {},
): RefObject<Element | null> {
  const ref = useRef<Element>(null);
  const callback = useRef(onVisible);
  useEffect(() => {
    callback.current = onVisible;
  }, [onVisible]);

  // Re-observing when `enabled` flips back on re-checks a sentinel that never left the viewport.
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) callback.current();
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled, rootMargin]);

  return ref;
}
