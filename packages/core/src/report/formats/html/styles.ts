/**
 * The page's only stylesheet. It is a constant, so its CSP hash is stable; everything model-specific
 * is expressed through classes (`lv-high`, `st-gap` …), never through style attributes, which the
 * Content-Security-Policy blocks.
 */
export const STYLES = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--panel:#f6f8fa;--accent:#0b57d0;--focus:#0b57d0;
--critical:#7f1d1d;--high:#c2410c;--medium:#f5b50a;--low:#2f7d32;--info:#5b6673;
--t-critical:#fbd5d5;--t-high:#fde2cc;--t-medium:#fdf1c7;--t-low:#dcefdc;--t-info:#eceff3}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--fg);background:#fff;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em;overflow-wrap:break-word}
h1{font-size:1.7rem;line-height:1.25;margin:0 0 .3rem}
h2{font-size:1.3rem;margin:2.2rem 0 .6rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
p{margin:.4rem 0}
.wrap{max-width:1280px;margin:0 auto;padding:0 1.25rem 3rem}
header.top{background:var(--panel);border-bottom:1px solid var(--line);padding:1.2rem 0 1rem}
.sub{color:var(--muted);margin:0}
nav.toc{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line)}
nav.toc ul{list-style:none;margin:0 auto;padding:.35rem 1.25rem;max-width:1280px;display:flex;flex-wrap:wrap;gap:.2rem 1rem;font-size:.9rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;z-index:10;background:#fff;padding:.3rem .6rem}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.muted{color:var(--muted)}
.kv{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.6rem 0}
.kv dt{color:var(--muted)}.kv dd{margin:0}
.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:0 2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:.3rem .45rem;text-align:left;vertical-align:top}
thead th{background:var(--panel);position:sticky;top:2.1rem;z-index:1}
caption{text-align:left;color:var(--muted);font-size:.85rem;padding:.2rem 0;caption-side:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
table.narrow{width:auto;min-width:18rem}
td.id,td.nw{white-space:nowrap}
/* Fixed layout: with thousands of rows, automatic table layout makes every filter change slow. */
table.findings,table.stride{table-layout:fixed}
table.findings th:nth-child(1){width:6.5rem}table.findings th:nth-child(3){width:22%}
table.findings th:nth-child(4){width:7.5rem}table.findings th:nth-child(5){width:11.5rem}
table.findings th:nth-child(6){width:6.5rem}table.findings th:nth-child(7){width:7rem}table.findings th:nth-child(8){width:4.5rem}
table.stride th:first-child{width:40%}
.cards{display:flex;flex-wrap:wrap;gap:.6rem;margin:.6rem 0;padding:0;list-style:none}
.cards li{border:1px solid var(--line);border-radius:8px;padding:.45rem .8rem;min-width:8.5rem;background:#fff}
.cards b{display:block;font-size:1.5rem;line-height:1.2}
.alert{border:2px solid var(--critical);background:var(--t-critical);border-radius:6px;padding:.6rem .9rem;margin:.8rem 0}
.note{border:1px solid #b6c9f0;background:#f3f7ff;border-radius:6px;padding:.5rem .9rem;margin:.6rem 0}
.ok{border:1px solid var(--line);background:var(--t-low);border-radius:6px;padding:.4rem .8rem;margin:.6rem 0}
.lvl{display:inline-block;min-width:4.6rem;text-align:center;border-radius:999px;padding:0 .5rem;font-size:.8rem;font-weight:600;color:#fff;white-space:nowrap}
.lvl.lv-critical{background:var(--critical)}.lvl.lv-high{background:var(--high)}.lvl.lv-medium{background:var(--medium);color:#1b1f24}
.lvl.lv-low{background:var(--low)}.lvl.lv-info{background:var(--info)}
.tag{display:inline-block;border:1px solid var(--line);border-radius:4px;padding:0 .35rem;font-size:.78rem;color:var(--muted);white-space:nowrap}
table.heat{width:auto}
.heat td{min-width:7.5rem}
.heat td,.heat th{text-align:center;border:1px solid #fff;padding:0}
.heat .lv{display:block;font-size:.75rem;text-transform:uppercase;letter-spacing:.04em}
.heat th[scope=row]{text-align:right;vertical-align:middle;white-space:nowrap;padding:0 .6rem;background:var(--panel)}
.heat td button,.heat td span.cell{display:block;width:100%;min-height:3.2rem;border:0;margin:0;padding:.35rem;font:inherit;color:var(--fg);background:none;cursor:pointer}
.heat td span.cell{cursor:default}
.heat td.lv-critical{background:var(--t-critical)}.heat td.lv-high{background:var(--t-high)}.heat td.lv-medium{background:var(--t-medium)}.heat td.lv-low{background:var(--t-low)}
.heat td.unacceptable{box-shadow:inset 0 0 0 2px rgba(127,29,29,.35)}
.heat .count{display:block;font-size:1.25rem;font-weight:700}
.heat .count.zero{font-weight:400;color:var(--muted)}
.heat td.sel{outline:3px solid var(--focus);outline-offset:-3px}
figure.diagram{margin:.6rem 0}
.dfd-wrap{border:1px solid var(--line);border-radius:8px;overflow:auto;max-height:85vh;background:#fff}
.dfd-wrap.fit svg.dfd{max-width:100%;height:auto}
svg.dfd{display:block;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
svg text{fill:var(--fg)}
.dfd .lbl{font-size:12px}.dfd .det{font-size:10px;fill:var(--muted)}
.dfd .n .sh,.dfd .n .bg{fill:#fff;stroke:#3b4450;stroke-width:1.4}
.dfd .n .bg{stroke:none}
.dfd .s-data-store .sh{fill:none;stroke-width:1.8}
.dfd .box>.sh{fill:rgba(0,0,0,.015)}
.dfd .s-boundary>.sh,.dfd .s-group>.sh{fill:rgba(11,87,208,.03);stroke:#8a3ffc;stroke-width:1.6;stroke-dasharray:8 5}
.dfd .s-group.outside>.sh{fill:#fff;stroke:#6e7781;stroke-dasharray:2 4}
.dfd .s-boundary>.lbl{font-weight:600;fill:#5a24b8}
.dfd .badge rect{stroke:#fff;stroke-width:1}
.dfd .badge text,.icon .badge text{font-size:10px;font-weight:700;fill:#fff}
.badge.lv-critical rect{fill:var(--critical)}.badge.lv-high rect{fill:var(--high)}.badge.lv-medium rect{fill:var(--medium)}
.badge.lv-medium text{fill:#1b1f24!important}.badge.lv-low rect{fill:var(--low)}.badge.lv-info rect{fill:var(--info)}
.dfd .e .ln{fill:none;stroke:#4b5563;stroke-width:1.3}
.dfd .e.x .ln{stroke:#1b1f24;stroke-width:2.8}
.dfd .e .hit{fill:none;stroke:transparent;stroke-width:12}
.dfd .e .el>rect{fill:#fff;fill-opacity:.94;stroke:#d0d7de;stroke-width:.6}
.dfd .e .el text{font-size:10.5px}
.dfd-summary .e .ln{stroke-opacity:.55}
#dfd-arrow path{fill:#1b1f24}
.js .dfd .n,.js .dfd .e{cursor:pointer}
.dfd .n:hover>.sh,.dfd .n:focus>.sh{stroke:var(--focus);stroke-width:2.6}
.dfd .e:hover .ln,.dfd .e:focus .ln{stroke:var(--focus)}
.dfd .sel>.sh,.dfd .hl>.sh,.dfd g:target>.sh{stroke:var(--focus);stroke-width:4}
.dfd .e.sel .ln,.dfd .e.hl .ln,.dfd .e:target .ln{stroke:var(--focus);stroke-width:4}
.dfd .hl>.sh{animation:pulse 1.2s ease-in-out 2}
@keyframes pulse{50%{stroke-width:8}}
@media (prefers-reduced-motion:reduce){.dfd .hl>.sh{animation:none}}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;list-style:none;padding:0;margin:.5rem 0;font-size:.85rem;align-items:center}
.legend li{display:flex;gap:.4rem;align-items:center}
.icon{display:inline-block;vertical-align:middle}
.icon .sh{fill:#fff;stroke:#3b4450;stroke-width:1.4}.icon .b{fill:none;stroke:#8a3ffc;stroke-width:1.6;stroke-dasharray:6 4}
.icon .ln{stroke:#4b5563;stroke-width:1.3}.icon .x{stroke:#1b1f24;stroke-width:2.8}
.toolbar{display:flex;gap:.5rem;align-items:center;margin:.3rem 0}
button{font:inherit;font-size:.85rem;border:1px solid var(--line);background:#fff;border-radius:6px;padding:.2rem .6rem;cursor:pointer}
button:hover{background:var(--panel)}
.filters{display:flex;flex-wrap:wrap;gap:.5rem .8rem;align-items:flex-end;background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem;margin:.6rem 0}
.filters label{display:flex;flex-direction:column;font-size:.78rem;color:var(--muted);gap:.1rem}
.filters select,.filters input{font:inherit;font-size:.9rem;padding:.2rem .3rem;border:1px solid #afb8c1;border-radius:5px;background:#fff;color:var(--fg)}
.filters input[type=search]{min-width:14rem}
.chips{display:flex;flex-wrap:wrap;gap:.4rem;margin:.3rem 0;align-items:center}
.chip{background:#e7efff;border:1px solid #b6c9f0;border-radius:999px;padding:0 .2rem 0 .6rem;font-size:.85rem}
.chip button{border:0;background:none;padding:0 .35rem;font-size:1rem;line-height:1}
tr.frow.suppressed td{color:var(--muted)}
a.loc{font-size:.78rem;white-space:nowrap;border:1px solid #b6c9f0;border-radius:4px;padding:0 .3rem;text-decoration:none;background:#f3f7ff}
a.loc:hover{background:#e7efff}
td .title{font-weight:500}
.finding,.rule{content-visibility:auto;contain-intrinsic-size:auto 240px}
.finding{border:1px solid var(--line);border-left:6px solid var(--info);border-radius:6px;padding:.5rem .9rem .7rem;margin:.8rem 0;background:#fff}
.finding.lv-critical{border-left-color:var(--critical)}.finding.lv-high{border-left-color:var(--high)}
.finding.lv-medium{border-left-color:var(--medium)}.finding.lv-low{border-left-color:var(--low)}
.finding h4{margin:.2rem 0 .3rem;font-size:1rem}
.rule{border-top:1px solid var(--line);padding:.2rem 0 .6rem}
.rule h3{margin:.6rem 0 .2rem;font-size:1rem}
.rule .meta{font-size:.85rem;color:var(--muted)}
.rule dl,.finding dl{display:grid;grid-template-columns:9.5rem 1fr;gap:.25rem .9rem;margin:.5rem 0 0}
.finding .meta{font-size:.85rem;color:var(--muted);margin:.1rem 0 .3rem}
.finding dt,.rule dt{font-weight:600;font-size:.85rem;color:var(--muted)}
.finding dd,.rule dd{margin:0}
.finding ul{margin:.1rem 0;padding-left:1.1rem}
.finding .chain{font-variant-numeric:tabular-nums}
.problem{color:var(--critical);font-weight:600}
.stride td,.stride th{text-align:center}
.stride td:first-child,.stride th:first-child{text-align:left}
.st{display:inline-block;min-width:2rem;border-radius:4px;font-weight:700}
.st-finding{background:var(--t-critical);color:var(--critical)}.st-checked{background:var(--t-low);color:var(--low)}
.st-not-applicable{background:var(--t-info)}.st-gap{background:var(--t-medium);color:#7a4d00;outline:2px dashed #b7791f}
.st-not-expected{color:#9aa4ae}
.st a{color:inherit;text-decoration:none}
.origin-default{background:var(--t-info)}.origin-edited{background:var(--t-medium)}.origin-added{background:#e7efff}
ul.plain{padding-left:1.1rem}
footer{margin-top:3rem;border-top:1px solid var(--line);padding-top:.6rem;color:var(--muted);font-size:.85rem}
[hidden]{display:none!important}
@media (max-width:720px){.finding dl,.rule dl{grid-template-columns:1fr}thead th{position:static}}
@media print{
.finding,.rule{content-visibility:visible}
@page{margin:14mm 12mm}
body{font-size:9.5pt}
nav.toc,.filters,.chips,.toolbar,.skip,.no-print,[data-js],a.loc{display:none!important}
table{font-size:8.5pt}
table.heat,table.narrow{break-inside:avoid}
.wrap{max-width:none;padding:0}
header.top{background:none}
thead th{position:static}
a{color:inherit;text-decoration:none}
.dfd-wrap{overflow:visible;max-height:none;border:0}
.dfd-wrap svg.dfd{max-width:100%;height:auto}
h2{break-after:avoid}h3,h4{break-after:avoid}
tr,.finding,.rule,.cards li,figure.diagram{break-inside:avoid}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
