/**
 * The page's only script: filters, diagram ⇄ findings links and the diagram zoom. It is a constant
 * (its CSP hash never changes) and reads everything from the markup's data attributes, so no model
 * text is ever placed inside a script. The page is complete without it: the script only hides rows.
 * Plain ES2017 so that it runs in any current browser from file://.
 */
export const SCRIPT = `
(function () {
  'use strict';
  var d = document;
  d.documentElement.classList.add('js');
  var $ = function (sel, root) { return Array.prototype.slice.call((root || d).querySelectorAll(sel)); };
  var byId = function (id) { return d.getElementById(id); };
  var rows = $('tr.frow');
  // Each row knows its details article through its title link, and its list through its table.
  rows.forEach(function (tr) {
    var link = tr.querySelector('a.title');
    tr._article = link ? byId(link.getAttribute('href').slice(1)) : null;
    tr._list = tr.closest('table').id;
  });
  var state = { level: '', stride: '', cat: '', status: '', ctl: '', q: '', el: '', elName: '', members: null, cell: '', cellName: '' };
  var haystack = new Map();
  var form = byId('filters');
  var chips = byId('chips');
  var shown = byId('shown');
  $('[data-js]').forEach(function (el) { el.hidden = false; });

  function words(s) { return ' ' + (s || '') + ' '; }
  function text(tr) {
    var t = haystack.get(tr);
    if (t === undefined) {
      var art = tr._article;
      t = (tr.textContent + ' ' + (art ? art.textContent : '')).toLowerCase();
      haystack.set(tr, t);
    }
    return t;
  }
  function matches(tr) {
    var r = tr.dataset;
    if (state.level && r.level !== state.level) return false;
    if (state.stride && words(r.stride).indexOf(words(state.stride)) < 0) return false;
    if (state.cat && r.cat !== state.cat) return false;
    if (state.status && r.status !== state.status) return false;
    if (state.ctl && r.ctl !== state.ctl) return false;
    if (state.cell && r.cell !== state.cell) return false;
    if (state.el) {
      if (state.members) { if (!state.members.has(r.el)) return false; }
      else if (r.el !== state.el && words(r.in).indexOf(words(state.el)) < 0) return false;
    }
    if (state.q && text(tr).indexOf(state.q) < 0) return false;
    return true;
  }
  function chip(label, clear) {
    var span = d.createElement('span');
    span.className = 'chip';
    span.textContent = label;
    var b = d.createElement('button');
    b.type = 'button';
    b.setAttribute('aria-label', 'Remove filter: ' + label);
    b.textContent = '\\u00d7';
    b.addEventListener('click', function () { clear(); apply(); });
    span.appendChild(b);
    return span;
  }
  function apply() {
    var counts = {};
    rows.forEach(function (tr) {
      var ok = matches(tr);
      tr.hidden = !ok;
      if (tr._article) tr._article.hidden = !ok;
      var t = tr._list;
      counts[t] = counts[t] || [0, 0];
      counts[t][1]++;
      if (ok) counts[t][0]++;
    });
    $('[data-count]').forEach(function (el) {
      var c = counts[el.dataset.count] || [0, 0];
      el.textContent = c[0] === c[1] ? String(c[1]) : c[0] + ' of ' + c[1];
    });
    var a = counts['findings-table'] || [0, 0], s = counts['suppressed-table'] || [0, 0];
    if (shown) shown.textContent = 'Showing ' + a[0] + ' of ' + a[1] + ' findings and ' + s[0] + ' of ' + s[1] + ' suppressed.';
    if (chips) {
      chips.textContent = '';
      if (state.el) chips.appendChild(chip('Diagram: ' + state.elName, function () { select(null); }));
      if (state.cell) chips.appendChild(chip('Risk matrix: ' + state.cellName, function () { pickCell(null); }));
    }
    $('.dfd .sel').forEach(function (g) { g.classList.remove('sel'); });
    if (state.el) $('.dfd [data-el]').forEach(function (g) { if (g.dataset.el === state.el) g.classList.add('sel'); });
    $('.heat td.sel').forEach(function (td) { td.classList.remove('sel'); });
    $('.heat button[data-cell]').forEach(function (b) {
      var on = b.dataset.cell === state.cell;
      b.setAttribute('aria-pressed', on ? 'true' : 'false');
      if (on) b.parentNode.classList.add('sel');
    });
  }
  function select(g) {
    if (!g || state.el === g.dataset.el) { state.el = ''; state.members = null; state.elName = ''; }
    else {
      state.el = g.dataset.el;
      state.elName = g.dataset.name || state.el;
      state.members = g.dataset.members ? new Set(g.dataset.members.split(' ')) : null;
    }
    apply();
  }
  function pickCell(b) {
    if (!b || state.cell === b.dataset.cell) { state.cell = ''; state.cellName = ''; }
    else { state.cell = b.dataset.cell; state.cellName = b.dataset.name || ''; }
    apply();
  }

  $('.dfd [data-el]').forEach(function (g) {
    g.setAttribute('tabindex', '0');
    g.setAttribute('role', 'button');
    g.addEventListener('click', function (ev) { ev.stopPropagation(); select(g); });
    g.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); ev.stopPropagation(); select(g); }
    });
  });
  $('.heat button[data-cell]').forEach(function (b) { b.addEventListener('click', function () { pickCell(b); }); });
  $('a.loc').forEach(function (a) {
    a.addEventListener('click', function (ev) {
      var target = byId(a.getAttribute('href').slice(1));
      if (!target) return;
      ev.preventDefault();
      $('.dfd .hl').forEach(function (g) { g.classList.remove('hl'); });
      target.classList.add('hl');
      target.scrollIntoView({ block: 'center', inline: 'center' });
      target.focus({ preventScroll: true });
    });
  });
  if (form) {
    var timer = 0;
    var read = function () {
      var v = function (name) { var el = form.elements.namedItem(name); return el ? el.value : ''; };
      state.level = v('level'); state.stride = v('stride'); state.cat = v('cat');
      state.status = v('status'); state.ctl = v('ctl'); state.q = v('q').trim().toLowerCase();
      apply();
    };
    form.addEventListener('change', read);
    form.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(read, 150); });
    form.addEventListener('submit', function (ev) { ev.preventDefault(); read(); });
    form.addEventListener('reset', function () {
      setTimeout(function () { state.el = ''; state.members = null; state.cell = ''; read(); }, 0);
    });
  }
  var wrap = byId('dfd-wrap'), zoom = byId('dfd-zoom');
  if (wrap && zoom) {
    var setFit = function (fit) {
      wrap.classList.toggle('fit', fit);
      zoom.textContent = fit ? 'Actual size' : 'Fit to width';
      zoom.setAttribute('aria-pressed', fit ? 'false' : 'true');
    };
    zoom.addEventListener('click', function () { setFit(!wrap.classList.contains('fit')); });
    // A diagram shrunk below half size is unreadable: start it at actual size, scrollable.
    var svg = wrap.querySelector('svg');
    if (svg && svg.width.baseVal.value > 2 * wrap.clientWidth) setFit(false);
  }
  apply();
})();
`;
