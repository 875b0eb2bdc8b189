/**
 * The overlay's CSS, applied inside its shadow root. `:host` resets
 * everything the page might have set (all: initial), so the page's styles
 * can't reach in, and nothing here can leak out.
 */
export const OVERLAY_CSS = `
:host {
  /* Only !important rules on the host win over the page's own !important rules. */
  all: initial !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483646 !important;
  display: block !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
}
.root {
  position: fixed;
  right: 16px;
  bottom: 16px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  color: var(--fg);
  text-align: left;
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1d1d1f; --muted: #6e6e73; --line: #e3e3e8; --accent: #d4380d;
  --good: #1a7f37; --warn: #b35900; --bad: #c62828; --chip: #f5f5f7; --focus: #0a66ff;
}
@media (prefers-color-scheme: dark) {
  .root { --bg: #1f1f22; --fg: #f2f2f4; --muted: #a1a1a8; --line: #3a3a40; --chip: #2c2c31; --accent: #ff7a45; --focus: #6aa5ff; }
}
* { box-sizing: border-box; }
button { font: inherit; color: inherit; cursor: pointer; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.badge {
  display: flex; align-items: center; gap: 8px; padding: 6px 10px; border-radius: 999px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line);
  box-shadow: 0 4px 16px rgba(0,0,0,.18);
}
.brand { font-weight: 700; color: var(--accent); }
.badge-price { font-variant-numeric: tabular-nums; font-weight: 600; }
.spark { color: var(--accent); display: block; }
.panel {
  width: 300px; max-height: 70vh; overflow: auto; padding: 12px 14px; border-radius: 12px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line);
  box-shadow: 0 8px 32px rgba(0,0,0,.22);
}
.panel header { display: flex; justify-content: space-between; align-items: center; margin-bottom: 6px; }
.icon { border: 0; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 6px; }
.title { font-size: 13px; font-weight: 600; margin: 0 0 8px; overflow: hidden; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }
.prices { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6px; margin: 0 0 8px; }
.prices div { background: var(--chip); border-radius: 8px; padding: 6px 8px; }
.prices dt { color: var(--muted); font-size: 11px; }
.prices dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
.muted { color: var(--muted); margin: 4px 0; }
.error { color: var(--bad); margin: 4px 0; }
@media (prefers-reduced-motion: no-preference) {
  .panel { animation: zin .14s ease-out; }
  @keyframes zin { from { opacity: 0; transform: translateY(6px); } to { opacity: 1; transform: none; } }
}
`;
