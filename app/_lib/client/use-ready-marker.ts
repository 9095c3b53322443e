import { useEffect, useRef } from "react";

/**
 * Keys pressed before hydration do nothing, so the keyboard-driven screens mark their root with `data-ready`
 * once their key handlers are attached (call this after them). End-to-end tests wait on it before typing.
 */
export function useReadyMarker<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.setAttribute("data-ready", ""), []);
  return ref;
}
