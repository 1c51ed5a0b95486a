/**
 * The dashboard (`check --format html`, `progress --format html`): one
 * self-contained page, scripts and styles inline, no request to any network
 * (a Content-Security-Policy forbids them), so that it opens from a USB stick
 * on an offline office PC. It shows a headline, a unit × task heatmap per
 * notice and period with a period switcher, a bar per unit (sortable), the
 * trend of the share completed, and the findings, filterable. Charts are SVG
 * written by the page's script; statuses are told by colour (a palette that
 * colour-blind readers can tell apart) and by a symbol.
 */
import type { CheckResult, EntryRecord } from '../check/check.js';
import type { Finding } from '../check/findings.js';
import { diagnosticMessage, severityWord, type Lang } from '../i18n.js';
import { orderPeriods, progressView } from '../check/progress.js';
import { locationText } from '../check/report.js';

type CellState = 'completed' | 'in_progress' | 'not_started' | 'blocked' | 'unread' | 'missing' | 'none';

const WORDS = {
  zh: {
    title: '政策落实进展',
    notices: '份通知',
    units: '个单位',
    periods: '个报告期',
    done: '已完成任务占比',
    gaps: '问题',
    period: '报告期',
    heatmap: '单位 × 任务',
    bars: '各单位完成情况',
    trend: '完成率走势',
    findings: '问题清单',
    unit: '单位',
    code: '类别',
    severity: '级别',
    all: '全部',
    share: '完成率',
    task: '任务',
    where: '位置',
    message: '说明',
    progress: '进展',
    noFindings: '没有问题',
    notAssigned: '未分配',
    sortByShare: '按完成率排序',
    sortByName: '按单位排序',
    legend: '图例',
    generated: '由 policy-check 生成',
    states: { completed: '已完成', in_progress: '推进中', not_started: '未启动', blocked: '受阻', unread: '状态不明', missing: '未填报', none: '未报送' },
  },
  en: {
    title: 'Progress on the notices',
    notices: 'notices',
    units: 'units',
    periods: 'periods',
    done: 'tasks completed',
    gaps: 'findings',
    period: 'Period',
    heatmap: 'Unit × task',
    bars: 'Each unit',
    trend: 'Share completed over time',
    findings: 'Findings',
    unit: 'Unit',
    code: 'Code',
    severity: 'Severity',
    all: 'all',
    share: 'completed',
    task: 'Task',
    where: 'Where',
    message: 'Finding',
    progress: 'Progress',
    noFindings: 'no findings',
    notAssigned: 'not assigned',
    sortByShare: 'sort by share',
    sortByName: 'sort by unit',
    legend: 'Legend',
    generated: 'made by policy-check',
    states: { completed: 'completed', in_progress: 'in progress', not_started: 'not started', blocked: 'blocked', unread: 'status unread', missing: 'missing', none: 'no report' },
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** Colours told apart by colour-blind readers (Okabe–Ito), each with a symbol as well. */
const STATE_STYLE: Record<CellState, { color: string; symbol: string }> = {
  completed: { color: '#009E73', symbol: '✓' },
  in_progress: { color: '#56B4E9', symbol: '▶' },
  not_started: { color: '#F0E442', symbol: '○' },
  blocked: { color: '#D55E00', symbol: '✕' },
  unread: { color: '#CC79A7', symbol: '?' },
  missing: { color: '#999999', symbol: '!' },
  none: { color: '#E5E5E5', symbol: '–' },
};

/** Tasks in id order, numbers compared as numbers (2.1.10 after 2.1.9). */
function byId(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** The page's data: everything the script draws, computed here, so that the script only lays it out. */
export function dashboardData(r: CheckResult, lang: Lang) {
  const findings = r.findings.map((f: Finding) => ({
    severity: f.severity,
    severityWord: severityWord(lang, f.severity),
    code: f.code,
    unit: f.unit ?? '',
    document: f.document ?? '',
    period: f.period ?? '',
    task: f.task ?? '',
    message: diagnosticMessage(f, lang),
    at: locationText(f.file, f),
  }));
  const entries = new Map<string, EntryRecord>(r.entries.map((e) => [`${e.document}\u0000${e.period}\u0000${e.unit}\u0000${e.task}`, e]));
  // findings and unit summaries by their key, built once: every cell looks them up
  const findingsAt = new Map<string, number[]>();
  findings.forEach((f, i) => {
    const key = `${f.document}\u0000${f.period}\u0000${f.unit}\u0000${f.task}`;
    const list = findingsAt.get(key);
    if (list) list.push(i);
    else findingsAt.set(key, [i]);
  });
  const summaryAt = new Map(r.units.map((u) => [`${u.document}\u0000${u.period}\u0000${u.unit}`, u]));
  const views = progressView(r);
  const notices = views.map((view) => {
    const units = r.units.filter((u) => u.document === view.document);
    const tasks = new Map<string, string>();
    for (const u of units) for (const t of u.tasks) tasks.set(t.id, t.title);
    const taskIds = [...tasks.keys()].sort(byId);
    const unitNames = view.units.map((u) => u.unit);
    const periods = orderPeriods(view.periods);
    const cells: Record<string, Record<string, Record<string, { s: CellState; p?: string; at?: string; f?: number[] }>>> = {};
    for (const p of periods) {
      cells[p] = {};
      for (const name of unitNames) {
        const u = summaryAt.get(`${view.document}\u0000${p}\u0000${name}`);
        const row: Record<string, { s: CellState; p?: string; at?: string; f?: number[] }> = {};
        for (const t of u?.tasks ?? []) {
          const e = entries.get(`${view.document}\u0000${p}\u0000${name}\u0000${t.id}`);
          const mine = findingsAt.get(`${view.document}\u0000${p}\u0000${name}\u0000${t.id}`) ?? [];
          const state: CellState = !u?.reports.length ? 'none' : e ? (e.status ?? 'unread') : 'missing';
          row[t.id] = { s: state, ...(e?.progress ? { p: e.progress } : {}), ...(e ? { at: locationText(e.file, e.locate()) } : {}), ...(mine.length ? { f: mine } : {}) };
        }
        cells[p][name] = row;
      }
    }
    const bars = Object.fromEntries(
      periods.map((p) => [
        p,
        unitNames.map((name) => {
          const u = summaryAt.get(`${view.document}\u0000${p}\u0000${name}`);
          const assigned = u?.assigned ?? 0;
          const reported = u?.reports.length ? u.reported : 0;
          return { unit: name, assigned, completed: u?.completed ?? 0, inProgress: (u?.inProgress ?? 0) + (u?.blocked ?? 0), notStarted: u?.notStarted ?? 0, missing: assigned - reported };
        }),
      ]),
    );
    const trend = {
      notice: view.total.map((c) => c.share),
      units: Object.fromEntries(view.units.map((u) => [u.unit, u.cells.map((c) => (c ? c.share : null))])),
    };
    return { document: view.document, periods, tasks: taskIds.map((id) => ({ id, title: tasks.get(id)! })), units: unitNames, cells, bars, trend };
  });
  const assigned = r.units.reduce((n, u) => n + u.assigned, 0);
  const completed = r.units.reduce((n, u) => n + u.completed, 0);
  const byCode = Object.entries(r.summary.byCode).sort((a, b) => b[1] - a[1]);
  return {
    lang,
    words: WORDS[lang],
    states: STATE_STYLE,
    headline: { notices: r.summary.notices, units: r.summary.units, periods: new Set(r.units.map((u) => u.period)).size, share: assigned ? completed / assigned : 0, byCode, errors: r.summary.errors, warnings: r.summary.warnings },
    notices,
    findings,
  };
}

/** JSON inside a script element: `<` escaped, so that no text from a report can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const STYLE = `
:root { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", sans-serif; color: #1b1b1b; }
body { margin: 0 auto; padding: 1rem; max-width: 1400px; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; border-bottom: 2px solid #ddd; }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
.headline { display: flex; flex-wrap: wrap; gap: .75rem; }
.stat { border: 1px solid #ccc; border-radius: 6px; padding: .5rem .8rem; min-width: 7rem; }
.stat b { display: block; font-size: 1.4rem; }
.controls { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .5rem 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: .85rem; }
th, td { border: 1px solid #ccc; padding: .2rem .4rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
.heat td.cell { width: 1.6rem; height: 1.6rem; text-align: center; padding: 0; cursor: pointer; font-weight: bold; }
.heat th.task { writing-mode: vertical-rl; white-space: nowrap; font-weight: normal; font-size: .75rem; }
.heat td.na { background: repeating-linear-gradient(45deg, #fff, #fff 3px, #eee 3px, #eee 6px); }
.legend { display: flex; flex-wrap: wrap; gap: .6rem; font-size: .85rem; }
.legend span.swatch { display: inline-block; width: 1.1rem; text-align: center; margin-right: .2rem; font-weight: bold; }
#detail { border: 1px solid #999; border-radius: 6px; padding: .5rem .8rem; margin: .5rem 0; background: #fafafa; min-height: 2rem; white-space: pre-wrap; }
.bar { display: flex; height: 1rem; min-width: 12rem; border: 1px solid #aaa; }
.bar span { display: block; height: 100%; }
svg text { font-size: 10px; }
.sev-error { color: #B00020; font-weight: bold; }
.sev-warning { color: #8a5a00; }
footer { margin-top: 2rem; font-size: .8rem; color: #666; }
@media (max-width: 640px) { body { padding: .5rem; } .stat { min-width: 40%; } }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  .controls select, .controls button { display: none; }
  .scroll { overflow: visible; }
  h2 { break-after: avoid; }
  table { break-inside: auto; }
  tr { break-inside: avoid; }
}
`;

/** The page's script: builds the sections from the data with DOM calls (text is set as text, never as HTML). */
const SCRIPT = `
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('data').textContent);
  var W = D.words;
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) { if (k === 'text') e.textContent = attrs[k]; else if (k === 'class') e.className = attrs[k]; else e.setAttribute(k, attrs[k]); }
    (children || []).forEach(function (c) { if (c) e.appendChild(c); });
    return e;
  }
  function pct(x) { return Math.round(x * 100) + '%'; }
  var SVG = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs) { var e = document.createElementNS(SVG, tag); for (var k in attrs) e.setAttribute(k, attrs[k]); return e; }
  var root = document.getElementById('app');

  // headline
  var h = D.headline;
  var head = el('div', { class: 'headline', id: 'headline' }, [
    el('div', { class: 'stat' }, [el('b', { text: String(h.notices) }), document.createTextNode(W.notices)]),
    el('div', { class: 'stat' }, [el('b', { text: String(h.units) }), document.createTextNode(W.units)]),
    el('div', { class: 'stat' }, [el('b', { text: String(h.periods) }), document.createTextNode(W.periods)]),
    el('div', { class: 'stat' }, [el('b', { text: pct(h.share) }), document.createTextNode(W.done)]),
    el('div', { class: 'stat' }, [el('b', { text: String(h.errors + h.warnings) }), document.createTextNode(W.gaps + ': ' + h.byCode.map(function (c) { return c[0] + ' ' + c[1]; }).join(', '))])
  ]);
  root.appendChild(head);

  var legend = el('div', { class: 'legend', id: 'legend' });
  Object.keys(D.states).forEach(function (s) {
    legend.appendChild(el('span', {}, [el('span', { class: 'swatch', style: 'background:' + D.states[s].color, text: D.states[s].symbol }), document.createTextNode(W.states[s])]));
  });

  var detail = el('div', { id: 'detail', 'aria-live': 'polite' });

  D.notices.forEach(function (n, ni) {
    var section = el('section', { 'data-notice': n.document });
    section.appendChild(el('h2', { text: n.document }));
    var select = el('select', { id: 'period-' + ni, 'aria-label': W.period });
    n.periods.forEach(function (p) { select.appendChild(el('option', { value: p, text: p })); });
    if (n.periods.length) select.value = n.periods[n.periods.length - 1];
    section.appendChild(el('div', { class: 'controls' }, [el('label', { for: 'period-' + ni, text: W.period + ' ' }), select]));

    // the heatmap
    section.appendChild(el('h3', { text: W.heatmap }));
    var heatBox = el('div', { class: 'scroll' });
    section.appendChild(heatBox);
    section.appendChild(ni === 0 ? legend : legend.cloneNode(true));
    if (ni === 0) section.appendChild(detail);

    // the bars
    section.appendChild(el('h3', { text: W.bars }));
    var sortButton = el('button', { type: 'button', text: W.sortByShare });
    section.appendChild(el('div', { class: 'controls' }, [sortButton]));
    var barBox = el('div', { class: 'scroll' });
    section.appendChild(barBox);
    var byShare = false;
    sortButton.addEventListener('click', function () { byShare = !byShare; sortButton.textContent = byShare ? W.sortByName : W.sortByShare; drawBars(); });

    // the trend
    section.appendChild(el('h3', { text: W.trend }));
    section.appendChild(trend(n));
    root.appendChild(section);

    function drawHeat() {
      var p = select.value;
      var rows = n.cells[p] || {};
      var table = el('table', { class: 'heat', 'data-period': p });
      var hr = el('tr', {}, [el('th', { text: W.unit })]);
      n.tasks.forEach(function (t) { hr.appendChild(el('th', { class: 'task', title: t.id + ' ' + t.title, text: t.id })); });
      table.appendChild(el('thead', {}, [hr]));
      var body = el('tbody');
      n.units.forEach(function (u) {
        var tr = el('tr', {}, [el('th', { text: u })]);
        var row = rows[u] || {};
        n.tasks.forEach(function (t) {
          var c = row[t.id];
          if (!c) { tr.appendChild(el('td', { class: 'na', title: W.notAssigned })); return; }
          var st = D.states[c.s];
          var lines = [u + ' · ' + t.id + ' ' + t.title, W.states[c.s]];
          if (c.p) lines.push(W.progress + ': ' + c.p);
          (c.f || []).forEach(function (i) { var f = D.findings[i]; lines.push('[' + f.code + '] ' + f.message); });
          if (c.at) lines.push(c.at);
          var td = el('td', { class: 'cell', style: 'background:' + st.color, title: lines.join('\\n'), 'data-state': c.s, 'data-unit': u, 'data-task': t.id, tabindex: '0', text: st.symbol });
          var show = function () { detail.textContent = lines.join('\\n'); };
          td.addEventListener('click', show);
          td.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') show(); });
          tr.appendChild(td);
        });
        body.appendChild(tr);
      });
      table.appendChild(body);
      heatBox.textContent = '';
      heatBox.appendChild(table);
    }
    function drawBars() {
      var list = (n.bars[select.value] || []).slice();
      if (byShare) list.sort(function (a, b) { return (b.assigned ? b.completed / b.assigned : 0) - (a.assigned ? a.completed / a.assigned : 0); });
      var table = el('table', { class: 'bars' }, [el('tr', {}, [el('th', { text: W.unit }), el('th', { text: W.share }), el('th', { text: W.states.completed + ' / ' + W.states.in_progress + ' / ' + W.states.not_started + ' / ' + W.states.missing })])]);
      list.forEach(function (b) {
        var parts = [['completed', b.completed], ['in_progress', b.inProgress], ['not_started', b.notStarted], ['missing', b.missing]];
        var bar = el('div', { class: 'bar', role: 'img', 'aria-label': parts.map(function (x) { return W.states[x[0]] + ' ' + x[1]; }).join(', ') });
        parts.forEach(function (x) { if (x[1] > 0 && b.assigned) bar.appendChild(el('span', { style: 'width:' + (100 * x[1] / b.assigned) + '%;background:' + D.states[x[0]].color, title: W.states[x[0]] + ' ' + x[1] })); });
        table.appendChild(el('tr', { 'data-unit': b.unit }, [el('td', { text: b.unit }), el('td', { text: b.assigned ? pct(b.completed / b.assigned) + ' (' + b.completed + '/' + b.assigned + ')' : '–' }), el('td', {}, [bar])]));
      });
      barBox.textContent = '';
      barBox.appendChild(table);
    }
    select.addEventListener('change', function () { drawHeat(); drawBars(); });
    drawHeat();
    drawBars();
  });

  function line(values, width, height, color) {
    var g = svg('svg', { width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, role: 'img' });
    var pts = [];
    values.forEach(function (v, i) {
      if (v === null) return;
      var x = values.length > 1 ? 4 + (i * (width - 8)) / (values.length - 1) : width / 2;
      pts.push([x, height - 4 - v * (height - 8)]);
    });
    if (pts.length > 1) g.appendChild(svg('polyline', { points: pts.map(function (p) { return p.join(','); }).join(' '), fill: 'none', stroke: color, 'stroke-width': 2 }));
    pts.forEach(function (p) { g.appendChild(svg('circle', { cx: p[0], cy: p[1], r: 2.5, fill: color })); });
    return g;
  }
  function trend(n) {
    var table = el('table', { class: 'trend' }, [el('tr', {}, [el('th', { text: W.unit }), el('th', { text: n.periods.join(' → ') }), el('th', { text: W.share })])]);
    var add = function (name, values, color) {
      var last = values.filter(function (v) { return v !== null; }).pop();
      var cell = el('td');
      cell.appendChild(line(values, Math.max(60, 40 * values.length), 28, color));
      table.appendChild(el('tr', { 'data-trend': name }, [el('td', { text: name }), cell, el('td', { text: values.map(function (v) { return v === null ? '–' : pct(v); }).join(' → ') + (last === undefined ? '' : '') })]));
    };
    add(n.document, n.trend.notice, '#000000');
    Object.keys(n.trend.units).forEach(function (u) { add(u, n.trend.units[u], '#0072B2'); });
    return el('div', { class: 'scroll' }, [table]);
  }

  // the findings, filterable
  var fs = el('section', { id: 'findings' });
  fs.appendChild(el('h2', { text: W.findings }));
  function options(values, label) {
    var s = el('select', { 'aria-label': label });
    s.appendChild(el('option', { value: '', text: label + ': ' + W.all }));
    values.forEach(function (v) { s.appendChild(el('option', { value: v, text: v })); });
    return s;
  }
  function distinct(key) { var seen = {}; D.findings.forEach(function (f) { if (f[key]) seen[f[key]] = 1; }); return Object.keys(seen).sort(); }
  var fu = options(distinct('unit'), W.unit), fc = options(distinct('code'), W.code), fsv = options(['error', 'warning', 'info'], W.severity);
  fs.appendChild(el('div', { class: 'controls' }, [fu, fc, fsv]));
  var ft = el('tbody');
  var table = el('table', { id: 'findings-table' }, [el('thead', {}, [el('tr', {}, [W.severity, W.unit, W.period, W.task, W.message, W.code, W.where].map(function (x) { return el('th', { text: x }); }))]), ft]);
  fs.appendChild(el('div', { class: 'scroll' }, [table]));
  function drawFindings() {
    ft.textContent = '';
    var shown = D.findings.filter(function (f) { return (!fu.value || f.unit === fu.value) && (!fc.value || f.code === fc.value) && (!fsv.value || f.severity === fsv.value); });
    shown.forEach(function (f) {
      ft.appendChild(el('tr', { 'data-code': f.code }, [el('td', { class: 'sev-' + f.severity, text: f.severityWord }), el('td', { text: f.unit }), el('td', { text: f.period }), el('td', { text: f.task }), el('td', { text: f.message }), el('td', { text: f.code }), el('td', { text: f.at })]));
    });
    if (!shown.length) ft.appendChild(el('tr', {}, [el('td', { colspan: '7', text: W.noFindings })]));
  }
  [fu, fc, fsv].forEach(function (s) { s.addEventListener('change', drawFindings); });
  drawFindings();
  root.appendChild(fs);
})();
`;

export function dashboardHtml(r: CheckResult, lang: Lang): string {
  const data = dashboardData(r, lang);
  const w = WORDS[lang];
  const csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.title}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${w.title}</h1>
<main id="app"></main>
<footer>${w.generated}</footer>
<script type="application/json" id="data">${scriptJson(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
