/** Base styles shared by the popup and the dashboard (extension pages, not the overlay). */
export const PAGE_CSS = `
:root { color-scheme: light dark; --bg:#fff; --fg:#1d1d1f; --muted:#6e6e73; --line:#e3e3e8; --accent:#d4380d; --chip:#f5f5f7; --focus:#0a66ff; }
@media (prefers-color-scheme: dark) { :root { --bg:#1f1f22; --fg:#f2f2f4; --muted:#a1a1a8; --line:#3a3a40; --chip:#2c2c31; --accent:#ff7a45; --focus:#6aa5ff; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
h1 { font-size: 15px; margin: 0 0 8px; } h2 { font-size: 13px; margin: 12px 0 6px; color: var(--muted); }
a { color: inherit; }
.muted { color: var(--muted); }
button { font: inherit; padding: 6px 10px; border-radius: 8px; border: 1px solid var(--line); background: var(--chip); color: var(--fg); cursor: pointer; }
button.primary { background: var(--accent); color: #fff; border-color: transparent; }
.popup { width: 340px; padding: 12px; display: flex; flex-direction: column; gap: 6px; }
.popup .title { font-weight: 600; }
.popup .row { display: flex; gap: 8px; align-items: center; }
.spark { color: var(--accent); }
.chip { display: inline-block; padding: 1px 7px; border-radius: 999px; font-size: 11px; font-weight: 600; background: var(--chip); }
.chip.v-low { color: #1a7f37; } .chip.v-high { color: #c62828; } .chip.v-typical { color: #b35900; }
.chip.g-A, .chip.g-B { color: #fff; background: #1a7f37; } .chip.g-C { color: #fff; background: #b35900; } .chip.g-D, .chip.g-F { color: #fff; background: #c62828; }
.switches { border: 1px solid var(--line); border-radius: 8px; margin: 8px 0 0; padding: 6px 10px; display: grid; gap: 4px; }
.recent { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
.recent li { display: flex; flex-direction: column; }
.recent a { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.dash { max-width: 1100px; margin: 0 auto; padding: 20px; }
.dash table { width: 100%; border-collapse: collapse; }
.dash th, .dash td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); }
.dash td.num, .dash th.num { text-align: right; font-variant-numeric: tabular-nums; }
`;
