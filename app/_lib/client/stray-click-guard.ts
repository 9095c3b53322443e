import { useRef, type MouseEvent } from "react";

/** A click or tap this soon after a grade by pointer is the rest of a double click, not a new request. */
const DOUBLE_TAP_MS = 500;

/**
 * The second click of a double click (or tap) on a button that replaces itself (a grade) lands on whatever
 * took its place: "Show answer" of the next card, or Undo. Put `onClickCapture` on the screen's root and call
 * `pressed(event)` from the replacing button: the stray click is dropped; a key press clicks with detail 0
 * and passes.
 */
export function useStrayClickGuard() {
  const pressedAt = useRef(Number.NEGATIVE_INFINITY);
  return {
    onClickCapture(event: MouseEvent) {
      if (event.detail === 0 || event.timeStamp - pressedAt.current >= DOUBLE_TAP_MS) return;
      event.preventDefault();
      event.stopPropagation();
    },
    pressed(event: MouseEvent) {
      if (event.detail > 0) pressedAt.current = event.timeStamp;
    },
  };
}
