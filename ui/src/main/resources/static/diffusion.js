/* 政报搜 — how a policy spreads (/diffusion?term=…|cites=…&level=province|city&region=&sort=year|region&dir=asc|desc).
 * The year each province (or city) first used a string or cited a document: a cumulative curve and a
 * table sortable by year, each row linking to the first occurrence in its report. */
(function () {
  'use strict';
  var Z = window.ZBS, el = Z.el;
  var SVG = 'http://www.w3.org/2000/svg';

  var form = document.getElementById('ui-form');
  var status = document.getElementById('ui-status');
  var out = document.getElementById('ui-out');
  var inflight = null;
  var last = null;

  function readState() {
    var p = new URLSearchParams(location.search);
    return {
      term: (p.get('term') || '').trim(), cites: (p.get('cites') || '').trim(),
      level: p.get('level') === 'city' ? 'city' : 'province', region: (p.get('region') || '').trim(),
      sort: p.get('sort') === 'region' ? 'region' : 'year', dir: p.get('dir') === 'desc' ? 'desc' : 'asc'
    };
  }

  function urlParams(s) {
    return { term: s.term, cites: s.cites, level: s.level === 'city' ? 'city' : '', region: s.region,
      sort: s.sort === 'year' ? '' : s.sort, dir: s.dir === 'asc' ? '' : s.dir };
  }

  function buildForm(s) {
    Z.clear(form);
    var kind = el('select', { id: 'ui-kind', name: 'kind' }, [
      el('option', { value: 'term', selected: !s.cites, text: '提法（按字面匹配）' }),
      el('option', { value: 'cites', selected: !!s.cites, text: '被引用的文件（标题或文号）' })
    ]);
    var level = el('select', { id: 'ui-level', name: 'level' }, [
      el('option', { value: 'province', selected: s.level === 'province', text: '省级报告，按省' }),
      el('option', { value: 'city', selected: s.level === 'city', text: '市级报告，按市' })
    ]);
    form.appendChild(el('div', { class: 'form-row' }, [
      el('label', { class: 'field', for: 'ui-kind' }, [el('span', { class: 'field-label', text: '查什么' }), kind]),
      el('label', { class: 'field field-wide', for: 'ui-value' }, [
        el('span', { class: 'field-label', text: '提法或文件' }),
        el('input', { id: 'ui-value', name: 'value', type: 'search', autocomplete: 'off', spellcheck: 'false',
          value: s.cites || s.term || null, placeholder: '例如：新质生产力' })
      ])
    ]));
    form.appendChild(el('div', { class: 'form-row' }, [
      el('label', { class: 'field', for: 'ui-level' }, [el('span', { class: 'field-label', text: '层级' }), level]),
      el('label', { class: 'field', for: 'ui-region' }, [el('span', { class: 'field-label', text: '范围（市级时填省份，可选）' }),
        el('input', { id: 'ui-region', name: 'region', type: 'search', autocomplete: 'off', value: s.region || null, placeholder: '例如：河南省' })])
    ]));
    form.appendChild(el('div', { class: 'form-actions' }, [
      el('button', { type: 'submit', class: 'button button-primary', id: 'ui-run', text: '查看扩散' })
    ]));
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var v = form.elements.value.value.trim(), cites = form.elements.kind.value === 'cites';
    var s = { term: cites ? '' : v, cites: cites ? v : '', level: form.elements.level.value,
      region: form.elements.region.value.trim(), sort: 'year', dir: 'asc' };
    Z.pushState('/diffusion', urlParams(s));
    render(s);
  });

  function render(s) {
    if (inflight) inflight.abort();
    inflight = typeof AbortController === 'function' ? new AbortController() : null;
    var what = s.term || s.cites;
    document.title = (what ? what + ' — ' : '') + '政策扩散 — 政报搜';
    if (!what) {
      Z.clear(status);
      var box = Z.messageBox('输入一个提法或一份文件，看各地何时开始使用它。', []);
      box.appendChild(el('p', null, [el('a', { href: '/diffusion?term=' + encodeURIComponent('新质生产力'), text: '例如：新质生产力' })]));
      Z.show(out, box);
      return;
    }
    var p = { term: s.term, cites: s.cites, level: s.level, region: s.region };
    Z.load({ url: '/api/diffusion?' + Z.queryString(p), signal: inflight && inflight.signal, status: status, out: out,
      loading: '正在查找各地首次使用…', failed: '无法查看扩散',
      draw: function (d) { last = d; draw(s, d); }, retry: function () { render(s); } });
  }

  function draw(s, d) {
    Z.clear(out);
    var unit = s.level === 'city' ? '个市' : '个省份';
    if (!d.rows.length) {
      out.appendChild(Z.messageBox('没有' + (s.level === 'city' ? '市级' : '省级') + '报告用到“' + (s.term || s.cites) + '”。',
        ['按字面匹配：检查错别字，或换一种写法；也可以换一个层级。']));
      return;
    }
    out.appendChild(el('p', { class: 'result-count', id: 'ui-summary' }, [
      el('strong', { text: String(d.rows.length) }), ' / ' + d.regions + ' ' + unit + '用到，最早 ' + d.rows[0].year + ' 年']));
    out.appendChild(chart(d));
    out.appendChild(el('div', { class: 'table-scroll' }, [table(s, d)]));
  }

  function svg(tag, attrs, text) {
    var n = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) n.textContent = text;
    return n;
  }

  /** A step curve of cumulative adopters per year, from the first year to the last. */
  function chart(d) {
    var W = 760, H = 240, L = 40, R = 16, T = 12, B = 28;
    var years = d.curve.map(function (p) { return p.year; });
    var y0 = years[0], y1 = Math.max(years[years.length - 1], y0 + 1);
    var max = Math.max(d.regions || 0, d.rows.length, 1);
    function x(y) { return L + (W - L - R) * (y - y0) / (y1 - y0); }
    function y(n) { return H - B - (H - T - B) * n / max; }
    var g = svg('svg', { class: 'adoption-chart', id: 'ui-chart', viewBox: '0 0 ' + W + ' ' + H, role: 'img',
      'aria-label': '累计采用曲线：' + d.curve.map(function (p) { return p.year + '年' + p.cumulative; }).join('，') });
    g.appendChild(svg('line', { class: 'axis', x1: L, y1: H - B, x2: W - R, y2: H - B }));
    g.appendChild(svg('line', { class: 'axis', x1: L, y1: T, x2: L, y2: H - B }));
    g.appendChild(svg('text', { x: L - 6, y: y(max) + 4, 'text-anchor': 'end' }, String(max)));
    g.appendChild(svg('text', { x: L - 6, y: H - B + 4, 'text-anchor': 'end' }, '0'));
    var path = 'M' + x(y0) + ' ' + y(0), prev = 0;
    d.curve.forEach(function (p) {
      path += ' L' + x(p.year) + ' ' + y(prev) + ' L' + x(p.year) + ' ' + y(p.cumulative);
      prev = p.cumulative;
      var dot = svg('circle', { class: 'dot', cx: x(p.year), cy: y(p.cumulative), r: 3.5 });
      dot.appendChild(svg('title', {}, p.year + '年：新增 ' + p.adopted + '，累计 ' + p.cumulative));
      g.appendChild(dot);
      g.appendChild(svg('text', { x: x(p.year), y: H - B + 16, 'text-anchor': 'middle' }, String(p.year)));
    });
    path += ' L' + x(y1) + ' ' + y(prev);
    g.insertBefore(svg('path', { class: 'curve', d: path }), g.firstChild);
    return g;
  }

  function sorted(s, rows) {
    var r = rows.slice();
    r.sort(function (a, b) {
      // by year the API's order is kept within a year (a stable sort)
      var c = s.sort === 'region' ? a.region.localeCompare(b.region, 'zh-CN') || a.year - b.year : a.year - b.year;
      return s.dir === 'desc' ? -c : c;
    });
    return r;
  }

  function sortButton(s, key, label) {
    var on = s.sort === key;
    var b = el('button', { type: 'button', id: 'ui-sort-' + key, 'aria-pressed': on ? 'true' : 'false',
      title: '按' + label + '排序', text: label + (on ? (s.dir === 'asc' ? ' ▴' : ' ▾') : '') });
    b.addEventListener('click', function () {
      var n = {}; Object.keys(s).forEach(function (k) { n[k] = s[k]; });
      n.dir = on && s.dir === 'asc' ? 'desc' : 'asc';
      n.sort = key;
      Z.pushState('/diffusion', urlParams(n));
      draw(n, last);
    });
    return b;
  }

  function table(s, d) {
    var what = s.term || s.cites;
    var t = el('table', { class: 'adoption', id: 'ui-adoption' });
    t.appendChild(el('thead', null, [el('tr', null, [
      el('th', { scope: 'col' }, [sortButton(s, 'year', '首次年份')]),
      el('th', { scope: 'col' }, [sortButton(s, 'region', s.level === 'city' ? '市' : '省份')]),
      el('th', { scope: 'col', text: '首次出处' }),
      el('th', { scope: 'col', text: '句子' })
    ])]));
    var body = el('tbody');
    sorted(s, d.rows).forEach(function (r) {
      var href = Z.reportHref(r.reportId, what, r.sectionId);
      body.appendChild(el('tr', { class: 'adoption-row', 'data-region': r.region, 'data-year': String(r.year) }, [
        el('td', { text: String(r.year) }),
        el('td', { text: r.region }),
        el('td', null, [el('a', { class: 'adoption-link', href: href, text: r.reportTitle || '报告' })]),
        el('td', { class: 'adoption-sentence', text: r.sentence || '' })
      ]));
    });
    t.appendChild(body);
    return t;
  }

  window.addEventListener('popstate', function () { var s = readState(); buildForm(s); render(s); });

  var initial = readState();
  buildForm(initial);
  render(initial);
})();
