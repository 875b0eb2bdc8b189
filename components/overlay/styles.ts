/**
 * The overlay's CSS, applied inside its shadow root. `:host` resets
 * everything the page might have set (all: initial), so the page's styles
 * can't reach in, and nothing here can leak out.
 */
export const OVERLAY_CSS = `
:host {
  /* Only !important rules on the host win over the page's own !important rules. */
  all: initial !important;
  /*
   * The host covers the viewport, lets every pointer through, and is fully contained: the page's
   * own relayouts (a live room adds chat lines many times a second) never lay out or repaint the
   * overlay, and the overlay's updates never lay out the page. The frame inside is placed against it.
   */
  position: fixed !important;
  /* Insets, not 100vw/100vh: the viewport without its scrollbars, as the frame's offsets expect. */
  inset: 0 !important;
  width: auto !important;
  height: auto !important;
  contain: strict !important;
  pointer-events: none !important;
  overflow: visible !important;
  z-index: 2147483646 !important;
  display: block !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
}
.root {
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
.frame { position: absolute; max-width: calc(100vw - 8px); pointer-events: auto; }
button, input, select { font: inherit; color: inherit; }
button { cursor: pointer; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.badge {
  display: flex; align-items: center; gap: 8px; padding: 6px 10px; border-radius: 999px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line);
  /* A small shadow: a wide blur costs paint time on every page the badge sits on. */
  box-shadow: 0 1px 4px rgba(0,0,0,.22); touch-action: none; user-select: none;
}
.brand { font-weight: 700; color: var(--accent); }
.badge-price { font-variant-numeric: tabular-nums; font-weight: 600; }
.chip { display: inline-block; padding: 1px 7px; border-radius: 999px; font-size: 11px; font-weight: 600; background: var(--chip); color: var(--fg); }
.v-low, .chip.v-low { color: var(--good); } .chip.v-low { background: color-mix(in srgb, var(--good) 14%, transparent); }
.v-high, .chip.v-high { color: var(--bad); } .chip.v-high { background: color-mix(in srgb, var(--bad) 14%, transparent); }
.chip.v-typical { color: var(--warn); background: color-mix(in srgb, var(--warn) 14%, transparent); }
.chip.v-insufficient { color: var(--muted); }
.chip.g-A, .chip.g-B { color: #fff; background: var(--good); }
.chip.g-C { color: #fff; background: var(--warn); }
.chip.g-D, .chip.g-F { color: #fff; background: var(--bad); }
.spark { color: var(--accent); display: block; }
.panel {
  width: 330px; max-height: min(560px, calc(100vh - 32px)); overflow: auto; padding: 10px 14px 14px; border-radius: 12px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line);
  box-shadow: 0 8px 32px rgba(0,0,0,.22);
}
.panel header { display: flex; align-items: center; gap: 6px; margin: 0 -4px 6px; cursor: move; touch-action: none; user-select: none; }
.spacer { flex: 1; }
.icon { border: 0; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 6px; }
.link { border: 0; background: transparent; color: var(--muted); font-size: 11px; text-decoration: underline; padding: 2px 4px; }
.title { font-size: 13px; font-weight: 600; margin: 0 0 8px; overflow: hidden; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }
h3 { font-size: 12px; margin: 12px 0 4px; }
.prices { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6px; margin: 0 0 8px; }
.prices div, .facts div { background: var(--chip); border-radius: 8px; padding: 6px 8px; }
.prices dt, .facts dt { color: var(--muted); font-size: 11px; }
.prices dd, .facts dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
.facts { display: grid; gap: 6px; margin: 8px 0; }
.verdict { margin: 4px 0; }
.muted { color: var(--muted); }
p.muted { margin: 4px 0; }
.error { color: var(--bad); margin: 4px 0; }
.list { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
.list a { color: inherit; }
.check .chip { margin-right: 4px; }
.s-ok .chip { color: var(--good); } .s-misleading .chip { color: #fff; background: var(--bad); } .s-unknown .chip { color: var(--muted); }
.reasons li::before { content: "•"; margin-right: 6px; color: var(--muted); }
.reasons .r-fail::before { content: "✕"; color: var(--bad); }
.reasons .r-warn::before { content: "!"; color: var(--warn); font-weight: 700; }
.reasons .r-pass::before { content: "✓"; color: var(--good); }
.chart { margin: 8px 0 0; }
.chart svg { display: block; }
.chart-controls { border: 0; padding: 0; min-width: 0; display: flex; gap: 4px; margin-bottom: 4px; flex-wrap: wrap; }
.seg { border: 1px solid var(--line); background: transparent; border-radius: 6px; padding: 1px 6px; font-size: 11px; }
.seg.on { background: var(--accent); border-color: var(--accent); color: #fff; }
.chart select { font-size: 11px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); }
.price-line { stroke: var(--accent); stroke-width: 1.8; }
.list-line { stroke: var(--muted); stroke-width: 1; stroke-dasharray: 3 3; }
.band { fill: color-mix(in srgb, var(--good) 12%, transparent); }
.axis { fill: var(--muted); font-size: 10px; }
.timeline li { padding: 6px 0; border-bottom: 1px solid var(--line); }
.timeline li:last-child { border-bottom: 0; }
.timeline li.now { background: color-mix(in srgb, var(--good) 8%, transparent); border-radius: 6px; padding: 6px; }
.timeline .title { margin: 0 0 2px; }
.timeline s { margin: 0 6px 0 4px; }
.watch { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; margin-top: 10px; }
.watch button { border: 1px solid var(--line); background: var(--chip); border-radius: 8px; padding: 5px 10px; }
.watch button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
.watch input { width: 84px; padding: 4px 6px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); }
@media (prefers-reduced-motion: no-preference) {
  .panel { animation: zin .14s ease-out; }
  @keyframes zin { from { opacity: 0; transform: translateY(6px); } to { opacity: 1; transform: none; } }
}
`;
