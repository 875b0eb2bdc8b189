import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProductView } from '../../lib/messaging/protocol';
import type { ListingView } from '../../lib/messaging/view';
import type { Money } from '../../lib/model/money';
import { useI18n } from '../shared/i18n';
import { Badge } from './Badge';
import { ListingBody } from './ListingPanel';
import { PanelBody } from './Panel';
import { clamp, MARGIN, type Position } from './placement';

export type OverlayState =
  | { kind: 'loading' }
  | { kind: 'ready'; view: ProductView | null; current?: Money; title?: string }
  /** A listing page: no product of its own, the cards it showed. */
  | { kind: 'listing'; listing: ListingView }
  | { kind: 'error'; message: string; current?: Money };

/** What the overlay asks of its host (the content script); each is optional. */
export interface OverlayActions {
  onMove?: (pos: Position) => void;
  onHideSite?: () => void;
  onWatch?: (target: Money) => Promise<void>;
  onUnwatch?: () => Promise<void>;
}

export interface OverlayProps {
  state: OverlayState;
  /** Start open instead of as a badge. */
  initiallyOpen?: boolean;
  position?: Position;
  /** The clock for chart ranges (tests pass a fixed one). */
  now?: number;
  actions?: OverlayActions;
}

/** Pixels a pointer must travel before a press becomes a drag (and not a click). */
const DRAG_THRESHOLD = 4;
const KEY_STEP = 24;

export function Overlay({ state, initiallyOpen = false, position, now = Date.now(), actions }: OverlayProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(initiallyOpen);
  const [pos, setPos] = useState<Position>(position ?? { right: MARGIN, bottom: MARGIN });
  const panelRef = useRef<HTMLElement>(null);
  const badgeRef = useRef<HTMLButtonElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const dragged = useRef(false);

  useEffect(() => {
    if (position) setPos(position);
  }, [position?.right, position?.bottom]);

  useEffect(() => {
    if (open) panelRef.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    // Give focus back to the badge so keyboard users stay where they were.
    queueMicrotask(() => badgeRef.current?.focus());
  };

  const size = () => {
    const r = frameRef.current?.getBoundingClientRect();
    return { width: r?.width ?? 0, height: r?.height ?? 0 };
  };
  const moveTo = (p: Position, save: boolean) => {
    const next = clamp(p, window.innerWidth, window.innerHeight, size());
    setPos(next);
    if (save) actions?.onMove?.(next);
  };

  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    const target = e.currentTarget as HTMLElement;
    const start = { x: e.clientX, y: e.clientY, ...pos };
    dragged.current = false;
    let last = pos;
    const onMove = (ev: PointerEvent) => {
      const dx = ev.clientX - start.x;
      const dy = ev.clientY - start.y;
      if (!dragged.current && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      dragged.current = true;
      last = clamp(
        { right: start.right - dx, bottom: start.bottom - dy },
        window.innerWidth,
        window.innerHeight,
        size(),
      );
      setPos(last);
    };
    const onUp = () => {
      target.removeEventListener('pointermove', onMove);
      target.removeEventListener('pointerup', onUp);
      target.removeEventListener('pointercancel', onUp);
      if (dragged.current) actions?.onMove?.(last);
    };
    target.setPointerCapture?.(e.pointerId);
    target.addEventListener('pointermove', onMove);
    target.addEventListener('pointerup', onUp);
    target.addEventListener('pointercancel', onUp);
  };

  // Alt + arrow keys move the overlay for people who don't use a pointer.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      close();
      return;
    }
    if (!e.altKey) return;
    const d = {
      ArrowLeft: [KEY_STEP, 0],
      ArrowRight: [-KEY_STEP, 0],
      ArrowUp: [0, KEY_STEP],
      ArrowDown: [0, -KEY_STEP],
    }[e.key];
    if (!d) return;
    e.preventDefault();
    moveTo({ right: pos.right + (d[0] as number), bottom: pos.bottom + (d[1] as number) }, true);
  };

  // Keys anywhere in the overlay (badge or panel): a listener rather than a prop on a static element.
  const keyHandler = useRef(onKeyDown);
  keyHandler.current = onKeyDown;
  useEffect(() => {
    const el = frameRef.current;
    const listener = (e: KeyboardEvent) => keyHandler.current(e);
    el?.addEventListener('keydown', listener);
    return () => el?.removeEventListener('keydown', listener);
  }, []);

  const current = state.kind === 'loading' || state.kind === 'listing' ? undefined : state.current;
  const view = state.kind === 'ready' ? state.view : null;
  const price = current ?? view?.product.lastPrice;

  return (
    <div ref={frameRef} class="frame" style={{ right: `${pos.right}px`, bottom: `${pos.bottom}px` }}>
      {!open ? (
        <Badge
          view={view}
          {...(price ? { price } : {})}
          {...(state.kind === 'listing' ? { listing: state.listing } : {})}
          loading={state.kind === 'loading'}
          buttonRef={badgeRef}
          onPointerDown={onPointerDown}
          onOpen={() => {
            if (dragged.current) {
              dragged.current = false;
              return;
            }
            setOpen(true);
          }}
        />
      ) : (
        <section ref={panelRef} class="panel" role="dialog" aria-label={t('overlayTitle')} tabIndex={-1}>
          <header onPointerDown={onPointerDown} title={t('moveHint')}>
            <span class="brand">{t('overlayTitle')}</span>
            <span class="spacer" />
            {actions?.onHideSite ? (
              <button type="button" class="link" onClick={actions.onHideSite}>
                {t('hideOnSite')}
              </button>
            ) : null}
            <button type="button" class="icon" aria-label={t('overlayCollapse')} onClick={close}>
              ×
            </button>
          </header>
          {state.kind === 'loading' ? <p class="muted">{t('loading')}</p> : null}
          {state.kind === 'error' ? (
            <p class="error" role="alert">
              {t('errorSaving', state.message)}
            </p>
          ) : null}
          {state.kind === 'listing' ? <ListingBody listing={state.listing} /> : null}
          {state.kind === 'ready' || state.kind === 'error' ? (
            <PanelBody view={view} {...(price ? { price } : {})} now={now} {...(actions ? { actions } : {})} />
          ) : null}
        </section>
      )}
    </div>
  );
}
