// biome-ignore-all lint/a11y/useSemanticElements: a virtualised list positions rows absolutely, so it is built from divs with ARIA table roles
// biome-ignore-all lint/a11y/useFocusableInteractive: table cells and headers are not interactive
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A virtualised list with a fixed row height: only the rows in view (plus
 * an overscan) are in the DOM, so 20,000 products scroll like 20.
 */
export function VirtualList<T>({
  items,
  count,
  rowHeight,
  height,
  overscan = 8,
  renderRow,
  header,
  testId,
  label,
}: {
  /** Loaded items; rows past its length (count > items.length) render as placeholders. */
  items: readonly T[];
  count?: number;
  rowHeight: number;
  /** Height of the scrolling viewport, CSS px. */
  height: number;
  overscan?: number;
  renderRow: (item: T | undefined, index: number) => ComponentChildren;
  header?: ComponentChildren;
  testId?: string;
  label?: string;
}) {
  const total = count ?? items.length;
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  // Keep the scroll position valid when the list shrinks (a new search).
  useEffect(() => {
    const el = ref.current;
    if (el && el.scrollTop > total * rowHeight) {
      el.scrollTop = 0;
      setScrollTop(0);
    }
  }, [total, rowHeight]);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(total, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const rows: ComponentChildren[] = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div
        key={i}
        class="vrow"
        role="row"
        aria-rowindex={i + 2}
        style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}
      >
        {renderRow(items[i], i)}
      </div>,
    );
  }
  return (
    <div class="vtable" role="table" aria-rowcount={total + 1} aria-label={label} data-testid={testId}>
      {header ? (
        <div class="vhead" role="row" aria-rowindex={1}>
          {header}
        </div>
      ) : null}
      <div
        ref={ref}
        class="vscroll"
        style={{ height: `${height}px` }}
        onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      >
        <div class="vbody" style={{ height: `${total * rowHeight}px` }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
