/**
 * The stylesheet of the HTML report, inline in the page: a heat map with one colour per
 * status (the status word is always there as text too), and a print stylesheet for A4 that
 * keeps rows whole and prints the colours.
 */
import type { CoverageStatus } from '../types';

/** Background and text colour of each status (contrast ≥ 4.5:1 for the symbol). */
export const STATUS_COLOURS: Record<CoverageStatus, { background: string; text: string }> = {
  fulfilled: { background: '#1a7f37', text: '#ffffff' },
  partial: { background: '#f2c744', text: '#3d2e00' },
  failing: { background: '#c62828', text: '#ffffff' },
  waived: { background: '#1f5fa8', text: '#ffffff' },
  pending: { background: '#d9dde3', text: '#2f3640' },
  'not-applicable': { background: '#f4f5f7', text: '#6b7280' },
};

function statusRules(): string {
  return Object.entries(STATUS_COLOURS)
    .map(([status, { background, text }]) => `.s-${status}{background:${background};color:${text}}`)
    .join('\n');
}

export const REPORT_CSS = `
*{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;margin:24px;max-width:1400px}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
h3{font-size:15px;margin:18px 0 6px}
h4{font-size:14px;margin:14px 0 4px}
h5{font-size:13px;margin:8px 0 4px;color:#57606a}
.meta{color:#57606a;margin:0 0 16px}
table{border-collapse:collapse}
th,td{padding:4px 8px;text-align:left;vertical-align:top}
.heatmap th,.heatmap td{border:2px solid #fff}
.heatmap thead th{font-size:12px;text-align:center;color:#57606a}
.heatmap tbody th{font-weight:600;white-space:nowrap;padding-right:16px}
.heatmap tbody th small{display:block;font-weight:400;color:#57606a;max-width:320px;white-space:normal}
.heatmap td{width:44px;height:34px;text-align:center;vertical-align:middle;font-weight:700;font-size:15px}
.heatmap thead th:first-child{text-align:left}
.word{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.legend{display:flex;flex-wrap:wrap;gap:12px;margin:10px 0 0;padding:0;list-style:none}
.legend li{display:flex;align-items:center;gap:6px}
.legend .swatch{display:inline-block;min-width:26px;text-align:center;padding:2px 6px;border-radius:3px;font-weight:700}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;white-space:nowrap}
.measures,.findings,.waivers,.due{width:100%;margin:6px 0 10px}
.measures th,.findings th,.waivers th,.due th{border-bottom:2px solid #d0d7de;font-size:12px;color:#57606a}
.measures td,.findings td,.waivers td,.due td{border-bottom:1px solid #eaeef2}
.num{text-align:right}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:6px 0}
.facts dt{color:#57606a}
.facts dd{margin:0}
code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f6f8fa;padding:1px 4px;border-radius:3px}
.sev-error{color:#c62828;font-weight:600}
.sev-warning{color:#8a6100;font-weight:600}
.sev-info{color:#57606a}
.overdue{color:#c62828;font-weight:600}
footer{margin-top:32px;color:#57606a;font-size:12px}
.related{width:100%;margin:6px 0 10px;font-size:12px}
.related th{border-bottom:2px solid #d0d7de;color:#57606a}
.related td{border-bottom:1px solid #eaeef2}
.ctl{margin:0;padding:0;list-style:none}
.source{color:#57606a;font-size:12px}
${statusRules()}
@page{size:A4;margin:14mm 12mm}
@media print{
body{margin:0;font-size:10.5px;max-width:none}
h2{break-after:avoid}
h3{break-after:avoid}
tr,.legend,.facts{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
.heatmap{width:100%;table-layout:fixed}
.heatmap thead th:first-child{width:26%}
.heatmap th,.heatmap td{padding:2px 1px;border-width:1px}
.heatmap thead th{font-size:9px}
.heatmap tbody th{white-space:normal;padding-right:4px;font-size:9.5px}
.heatmap tbody th small{max-width:none}
.heatmap td{width:auto;height:20px;font-size:10px}
.measures,.findings,.waivers,.due{font-size:9.5px}
h1{font-size:17px}
h2{font-size:14px}
h3,h4{font-size:12px}
code,.badge{font-size:8.5px}
.measures th,.findings th,.waivers th,.due th{font-size:9px}
.engagement,.controls{break-before:page}
.related{font-size:8.5px}
a{color:inherit;text-decoration:none}
}
`;
