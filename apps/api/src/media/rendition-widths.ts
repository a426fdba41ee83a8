/** The widths every upload is re-encoded to, when the source is at least that wide. */
export const RENDITION_WIDTHS = [320, 640, 1080] as const;

// A source only a little wider than the last standard width would add a near-duplicate file.
const WORTH_ITS_OWN_RENDITION = 1.2;

/**
 * Widths to encode a source of `sourceWidth` pixels at, smallest first. Never upscales: standard
 * widths wider than the source are dropped, and the source's own width takes the top slot when it
 * is clearly wider than the last standard width kept (or when none fits). Always at least one.
 */
export function planRenditionWidths(sourceWidth: number): number[] {
  const fitting = RENDITION_WIDTHS.filter((width) => width <= sourceWidth);
  const largest = fitting.at(-1);
  if (largest === undefined) return [sourceWidth];
  if (fitting.length < RENDITION_WIDTHS.length && sourceWidth >= largest * WORTH_ITS_OWN_RENDITION)
    return [...fitting, sourceWidth];
  return fitting;
}
