/**
 * Keeps what the person types into the overlay away from the page.
 *
 * Events from inside a shadow root still travel through the page: keydown,
 * input and the like are "composed", so the page's capture listeners on
 * window and document see them (retargeted to our host, but with the key
 * or data intact). A closed shadow root does not stop that.
 *
 * So, from document_start — before any page script can add a listener —
 * one capture listener on window stops such events when they come from our
 * host, and hands a copy to the element inside the shadow root that had
 * focus, with `composed: false` so the copy never leaves the shadow tree.
 * The original event's default action (the character appearing in the
 * input, Tab moving focus) still happens: only propagation is stopped, and
 * a copy's preventDefault() is carried back to the original.
 */
const GUARDED = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'textInput',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'paste',
  'copy',
  'cut',
] as const;

const protectedHosts = new Map<EventTarget, ShadowRoot>();
let installed = false;

export function installEventGuard(win: Window): void {
  if (installed) return;
  installed = true;
  for (const type of GUARDED) {
    win.addEventListener(
      type,
      (e) => {
        const shadow = e.target ? protectedHosts.get(e.target) : undefined;
        if (!shadow) return;
        e.stopImmediatePropagation();
        const inner = (shadow.activeElement as Element | null) ?? shadow.firstElementChild;
        if (!inner) return;
        const copy = copyEvent(e);
        inner.dispatchEvent(copy);
        if (copy.defaultPrevented) e.preventDefault();
      },
      true,
    );
  }
}

export function protect(host: HTMLElement, shadow: ShadowRoot): () => void {
  protectedHosts.set(host, shadow);
  return () => protectedHosts.delete(host);
}

function copyEvent(e: Event): Event {
  const base = { bubbles: true, cancelable: e.cancelable, composed: false };
  if (e instanceof KeyboardEvent) {
    return new KeyboardEvent(e.type, {
      ...base,
      key: e.key,
      code: e.code,
      location: e.location,
      repeat: e.repeat,
      isComposing: e.isComposing,
      altKey: e.altKey,
      ctrlKey: e.ctrlKey,
      metaKey: e.metaKey,
      shiftKey: e.shiftKey,
    });
  }
  if (typeof InputEvent !== 'undefined' && e instanceof InputEvent) {
    return new InputEvent(e.type, { ...base, data: e.data, inputType: e.inputType, isComposing: e.isComposing });
  }
  return new Event(e.type, base);
}
