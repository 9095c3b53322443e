import type { ReactNode } from "react";

/**
 * A table that may be wider than a phone: it scrolls sideways inside this box, which shows a shadow on the side
 * where more columns wait, and which the keyboard can reach and scroll (a region with a name, in the tab order).
 */
export function TableScroll({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className ? `table-wrap ${className}` : "table-wrap"} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
