/** Dashboard styles, on top of the shared page CSS (colours and base come from there). */
export const DASHBOARD_CSS = `
.dash { max-width: 1200px; margin: 0 auto; padding: 16px 20px; }
.dash-head { display: flex; align-items: baseline; gap: 24px; flex-wrap: wrap; border-bottom: 1px solid var(--line); margin-bottom: 12px; }
.dash-head h1 { margin: 0; }
.dash-head nav { display: flex; gap: 4px; }
.dash-head nav a { padding: 8px 12px; text-decoration: none; border-bottom: 2px solid transparent; }
.dash-head nav a[aria-current=page] { border-bottom-color: var(--accent); font-weight: 600; }
.badge-count { margin-left: 6px; background: var(--accent); color: #fff; border-radius: 9px; padding: 0 6px; font-size: 11px; }
.dash h2 { font-size: 15px; color: var(--fg); margin: 8px 0; }
.dash h3 { font-size: 13px; margin: 16px 0 6px; }
.toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
.toolbar .grow, .grow { flex: 1 1 220px; }
input, select { font: inherit; padding: 5px 8px; border-radius: 6px; border: 1px solid var(--line); background: var(--bg); color: var(--fg); }
label.button { padding: 6px 10px; border-radius: 8px; border: 1px solid var(--line); background: var(--chip); cursor: pointer; }
label.button:focus-within { outline: 2px solid var(--focus); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.vtable { border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
.vhead, .vrow { display: grid; grid-template-columns: minmax(0, 1fr) 110px 110px 110px 90px 56px 64px 160px; gap: 8px; align-items: center; padding: 0 10px; }
[data-testid=observation-table] .vhead, [data-testid=observation-table] .vrow { grid-template-columns: 150px 120px 100px 100px minmax(0, 1fr) 56px 90px; }
.vhead { font-weight: 600; color: var(--muted); height: 32px; border-bottom: 1px solid var(--line); background: var(--chip); }
.vscroll { overflow-y: auto; position: relative; }
.vbody { position: relative; }
.vrow { position: absolute; left: 0; right: 0; border-bottom: 1px solid var(--line); }
.vrow > span, .clip { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.star { color: var(--accent); }
.chip { display: inline-block; padding: 0 6px; border-radius: 8px; background: var(--chip); font-size: 12px; }
.verdict-low, .state-pass, .check-ok, .decision-confirmed, .reason-pass { background: #d9f7be; color: #135200; }
.verdict-high, .state-warn, .check-misleading, .reason-warn, .reason-fail, .decision-rejected { background: #ffe7ba; color: #873800; }
.grid { width: 100%; border-collapse: collapse; }
.grid th, .grid td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
.grid th.num, .grid td.num { text-align: right; }
.grid tr.unseen td { font-weight: 600; }
.scroll-x { overflow-x: auto; }
.side td.clip { max-width: 320px; }
.plain { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.product-head { display: flex; justify-content: space-between; gap: 16px; flex-wrap: wrap; }
.product-title { font-size: 17px !important; }
.stats { display: flex; gap: 18px; align-items: center; flex-wrap: wrap; }
.stats > div { display: flex; flex-direction: column; }
.chart { margin: 0; }
.chart-box { position: relative; }
.chart svg { width: 100%; height: auto; display: block; }
.chart .chart-box:focus-visible { outline: 2px solid var(--focus); }
.chart .tick line { stroke: var(--line); }
.chart .tick, .chart text { fill: var(--muted); font-size: 11px; }
.chart .axis { stroke: var(--muted); }
.chart .cursor { stroke: var(--fg); stroke-dasharray: 3 3; }
.ranges { display: flex; gap: 4px; margin-bottom: 6px; }
.ranges button[aria-pressed=true] { background: var(--accent); color: #fff; border-color: transparent; }
.tooltip { position: absolute; top: 8px; transform: translateX(-50%); background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: 6px 8px; pointer-events: none; box-shadow: 0 2px 8px rgba(0,0,0,.12); white-space: nowrap; }
.legend { display: flex; gap: 12px; flex-wrap: wrap; color: var(--muted); margin-top: 4px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; vertical-align: middle; }
.review-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.reviews li { border-bottom: 1px solid var(--line); padding-bottom: 6px; }
.watch { border: 1px solid var(--line); border-radius: 8px; padding: 10px; }
.watch-form { display: flex; flex-wrap: wrap; gap: 10px; align-items: flex-end; margin-top: 8px; }
.watch-form label { display: flex; flex-direction: column; gap: 2px; color: var(--muted); }
.watch-form label.inline { flex-direction: row; align-items: center; gap: 4px; }
.watch-form input:not([type=checkbox]) { width: 120px; }
.watch-form label.grow input { width: 100%; }
.actions { display: flex; gap: 8px; align-items: center; }
.error { color: #cf1322; }
.listing { border-top: 1px solid var(--line); margin-top: 12px; }
.checklist { grid-auto-flow: row; }
.progress-row { display: flex; gap: 10px; align-items: center; margin: 8px 0; }
.progress-row progress { width: 320px; height: 14px; }
.settings fieldset { border: 1px solid var(--line); border-radius: 8px; margin: 10px 0; padding: 10px 12px; display: flex; flex-direction: column; gap: 6px; align-items: flex-start; }
.settings fieldset .grid { width: auto; min-width: 420px; }
button.danger { border-color: #cf1322; color: #cf1322; }
fieldset.danger { border-color: #ffa39e; }
`;
