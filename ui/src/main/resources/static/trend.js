/* 政报搜 — word trends (/trend?term=…&term=…&mode=&smooth=&split=type|level&order=desc&year=&region=&type=&domain=&at=&atTerm=).
 * One line per term (or per term and report type / level) over the years, drawn with ECharts from the
 * webjar over the years the API's axis names. The series as drawn are exposed as window.__trendSeries
 * ([{term, group, points: [[year, value], …]}]) for tests and the console. The tooltip is drawn by
 * ECharts on the canvas (renderMode richText): its HTML tooltip writes style attributes, which the
 * page's Content-Security-Policy refuses. */
(function () {
  'use strict';
  var Z = window.ZBS, el = Z.el;

  var MODES = [
    { key: 'perMillion', label: '每百万字', unit: '次/百万字' },
    { key: 'docShare', label: '报告占比', unit: '占当年报告的比例' },
    { key: 'count', label: '出现次数', unit: '次' }
  ];
  var EXAMPLE = ['改革', '创新'];
  var SPLITS = [
    { key: '', label: '不分' },
    { key: 'type', label: '按报告类型' },
    { key: 'level', label: '按层级' }
  ];
  var LEVEL_NAMES = { '国家': '国家级', '省': '省级', '市': '市级', '县': '县级', '乡镇/街道': '乡镇级', '未知': '层级未知' };

  var form = document.getElementById('ui-form');
  var status = document.getElementById('ui-status');
  var out = document.getElementById('ui-out');
  var chart = null;
  var inflight = null;
  var lastResult = null;

  function readState() {
    var p = new URLSearchParams(location.search);
    var s = {
      term: p.getAll('term').map(function (t) { return t.trim(); }).filter(Boolean),
      mode: p.get('mode') || 'perMillion',
      smooth: p.get('smooth') || '0',
      split: p.get('split') === 'type' || p.get('split') === 'level' ? p.get('split') : '',
      order: p.get('order') === 'desc' ? 'desc' : '',
      at: p.get('at') || '',
      atTerm: p.get('atTerm') || ''
    };
    Z.FILTERS.forEach(function (f) { s[f.key] = (p.get(f.key) || '').trim(); });
    return s;
  }

  function apiParams(s) {
    var o = { term: s.term, mode: s.mode, smooth: s.smooth === '0' ? '' : s.smooth, split: s.split };
    Z.FILTERS.forEach(function (f) { o[f.key] = s[f.key]; });
    return o;
  }

  function urlParams(s) {
    var o = apiParams(s);
    if (o.mode === 'perMillion') o.mode = '';
    o.order = s.order;
    o.at = s.at; o.atTerm = s.at ? s.atTerm : '';
    return o;
  }

  // ---- the form ----------------------------------------------------------------

  function buildForm(s) {
    Z.clear(form);
    var terms = el('label', { class: 'field field-wide', for: 'ui-terms' }, [
      el('span', { class: 'field-label', text: '词语（用空格或逗号分隔，最多 10 个）' }),
      el('input', { id: 'ui-terms', name: 'terms', type: 'text', autocomplete: 'off', spellcheck: 'false',
        placeholder: '例如：改革 创新 "高质量发展" 建设*强国', value: s.term.map(quoteIfNeeded).join(' ') })
    ]);
    var modes = el('fieldset', { class: 'field segmented' }, [el('legend', { class: 'field-label', text: '数值' })]);
    MODES.forEach(function (m) {
      var id = 'ui-mode-' + m.key;
      modes.appendChild(el('input', { type: 'radio', name: 'mode', id: id, value: m.key, checked: s.mode === m.key }));
      modes.appendChild(el('label', { for: id, text: m.label }));
    });
    var smooth = el('select', { id: 'ui-smooth', name: 'smooth' });
    ['0', '1', '2', '3', '4', '5'].forEach(function (v) {
      smooth.appendChild(el('option', { value: v, selected: v === s.smooth, text: v === '0' ? '不平滑' : '前后各 ' + v + ' 年平均' }));
    });
    form.appendChild(el('div', { class: 'form-row' }, [terms]));
    var split = el('select', { id: 'ui-split', name: 'split' });
    SPLITS.forEach(function (x) { split.appendChild(el('option', { value: x.key, selected: x.key === s.split, text: x.label })); });
    form.appendChild(el('div', { class: 'form-row' }, [modes,
      el('label', { class: 'field', for: 'ui-smooth' }, [el('span', { class: 'field-label', text: '平滑' }), smooth]),
      el('label', { class: 'field', for: 'ui-split' }, [el('span', { class: 'field-label', text: '分线' }), split])]));
    form.appendChild(Z.filterFields('', s, '筛选（可选）'));
    form.appendChild(el('div', { class: 'form-actions' }, [
      el('button', { type: 'submit', class: 'button button-primary', id: 'ui-draw', text: '绘制趋势' }),
      el('a', { class: 'button', id: 'ui-csv', href: '#', text: '导出 CSV', hidden: true }),
      el('button', { type: 'button', class: 'button', id: 'ui-png', text: '导出 PNG', hidden: true })
    ]));
    Array.prototype.forEach.call(form.querySelectorAll('input[name=mode], select[name=smooth], select[name=split]'), function (i) {
      i.addEventListener('change', function () { if (readState().term.length) submit(); });
    });
    document.getElementById('ui-png').addEventListener('click', exportPng);
  }

  function quoteIfNeeded(t) { return /[\s,，、]/.test(t) ? '"' + t + '"' : t; }

  /** Words split on spaces, commas and 、; "quoted strings" are kept whole. */
  function parseTerms(text) {
    var terms = [], re = /"([^"]+)"|“([^”]+)”|([^\s,，、"“”]+)/g, m;
    while ((m = re.exec(text)) !== null) {
      var t = (m[1] || m[2] || m[3] || '').trim();
      if (t && terms.indexOf(t) < 0) terms.push(t);
    }
    return terms;
  }

  function formState() {
    var s = { term: parseTerms(form.elements.terms.value), smooth: form.elements.smooth.value, split: form.elements.split.value,
      order: readState().order, at: '', atTerm: '' };
    var checked = form.querySelector('input[name=mode]:checked');
    s.mode = checked ? checked.value : 'perMillion';
    var f = Z.readFilters(form, '');
    Z.FILTERS.forEach(function (x) { s[x.key] = f[x.key] || ''; });
    return s;
  }

  function submit() {
    var s = formState();
    Z.pushState('/trend', urlParams(s));
    render(s);
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); submit(); });

  // ---- loading and drawing -------------------------------------------------------

  function render(s) {
    document.title = (s.term.length ? s.term.join('、') + ' — ' : '') + '词语趋势 — 政报搜';
    if (inflight) inflight.abort();
    inflight = typeof AbortController === 'function' ? new AbortController() : null;
    if (!s.term.length) {
      Z.clear(status);
      disposeChart();
      Z.show(out, examples());
      return;
    }
    Z.load({ url: '/api/trend?' + Z.queryString(apiParams(s)), signal: inflight && inflight.signal, status: status, out: out,
      loading: '正在统计…', failed: '无法绘制趋势',
      draw: function (data) { draw(s, data); }, retry: function () { render(s); },
      onError: function () {
        disposeChart();
        window.__trendSeries = [];
        setExports(null);
      } });
  }

  function examples() {
    var s = { term: EXAMPLE, mode: 'perMillion', smooth: '0', split: '', order: '', at: '', atTerm: '' };
    Z.FILTERS.forEach(function (f) { s[f.key] = ''; });
    var href = '/trend?' + Z.queryString(urlParams(s));
    var box = Z.messageBox('输入一个或几个词语，看它们在历年报告中出现的频率。', []);
    box.appendChild(el('p', null, [el('a', { href: href, text: '例如：“改革”与“创新”历年的频率' })]));
    return box;
  }

  function modeOf(key) {
    for (var i = 0; i < MODES.length; i++) if (MODES[i].key === key) return MODES[i];
    return MODES[0];
  }

  /** A line's name: the term, and its type or level when the lines are split. */
  function seriesName(sr) {
    if (!sr.group) return sr.term;
    return sr.term + '（' + (LEVEL_NAMES[sr.group] && sr.group !== '未知' ? LEVEL_NAMES[sr.group] : sr.group) + '）';
  }

  function draw(s, data) {
    lastResult = data;
    var years = data.years || [];
    var axis = data.axis || (years.length ? { from: years[0].year, to: years[years.length - 1].year } : null);
    var thin = {};
    years.forEach(function (y) { if (y.thin) thin[y.year] = y; });
    var series = (data.series || []).map(function (sr) {
      return { term: sr.term, group: sr.group || null, name: seriesName(sr),
        points: (sr.points || []).map(function (p) { return [p.year, p.value]; }), raw: sr.points || [] };
    });
    window.__trendSeries = series.map(function (sr) { return { term: sr.term, group: sr.group, points: sr.points }; });
    window.__trendAxis = axis;

    Z.clear(out);
    var mode = modeOf(data.mode);
    var shown = axis ? years.filter(function (y) { return y.year >= axis.from && y.year <= axis.to; }) : [];
    var total = series.reduce(function (n, sr) { return n + sr.raw.reduce(function (m, p) { return m + (p.count || 0); }, 0); }, 0);
    out.appendChild(el('p', { class: 'result-count' }, [
      axis ? axis.from + '—' + axis.to + ' 年，' : '',
      '共 ', el('strong', { text: Z.formatNumber(shown.length) }), ' 个有报告的年份，',
      el('strong', { text: Z.formatNumber(total) }), ' 次出现 · 纵轴：' + mode.unit +
      (data.smooth ? '（前后各 ' + data.smooth + ' 年平均）' : '') + ' · 空心点为报告少于 3 份的年份，数值不稳'
    ]));
    if (!years.length) {
      disposeChart();
      out.appendChild(Z.messageBox('没有符合筛选条件的报告。', ['去掉部分筛选条件再试。']));
      setExports(null);
      return;
    }
    if (!total) {
      out.appendChild(Z.messageBox('所选范围内没有找到这些词语。', ['词语按字面匹配，可换一种写法再试。']));
    }
    var notice = mixNotice(s, data, axis);
    if (notice) out.appendChild(notice);
    var box = el('div', { id: 'ui-chart', class: 'chart', role: 'img',
      'aria-label': '折线图：' + series.map(function (x) { return x.name; }).join('、') + ' ' + (axis ? axis.from + '—' + axis.to + ' 年' : '历年') + mode.label });
    out.appendChild(box);
    out.appendChild(el('p', { class: 'hint', text: '点击图上的点，或下面数据表里的数值，查看该年该词的原文语境。' }));
    var kwic = el('section', { id: 'ui-kwic', class: 'kwic-panel', 'aria-live': 'polite' });
    out.appendChild(kwic);
    out.appendChild(dataTable(s, series, shown, data.mode));

    disposeChart();
    chart = window.echarts.init(box, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      color: ['#a4161a', '#0b57a4', '#2e7d32', '#e07b00', '#6a3d9a', '#00838f', '#8d6e63', '#c2185b', '#455a64', '#9e9d24'],
      // richText: drawn on the canvas, so no style attributes for the CSP to refuse (see the top of this file)
      tooltip: { trigger: 'axis', renderMode: 'richText', confine: true, backgroundColor: '#ffffff', borderColor: '#c9ced6',
        borderWidth: 1, borderRadius: 4, padding: [6, 10], shadowColor: 'rgba(0, 0, 0, 0.15)', shadowBlur: 6,
        textStyle: { color: '#1f2328', fontSize: 13 },
        valueFormatter: function (v) { return fmt(v, data.mode); } },
      // The legend keeps the top row; the plot starts below it, so the y-axis unit above the plot is never under it.
      legend: { top: 0, left: 8, right: 8, type: 'scroll' },
      grid: { left: 56, right: 24, top: 64, bottom: 72 },
      xAxis: { type: 'value', min: axis ? axis.from : 'dataMin', max: axis ? axis.to : 'dataMax', minInterval: 1,
        name: '年份', nameLocation: 'middle', nameGap: 24,
        axisLabel: { hideOverlap: true, formatter: function (v) { return String(v); } },
        axisPointer: { label: { formatter: function (p) { return String(Math.round(p.value)); } } } },
      yAxis: { type: 'value', name: mode.unit, nameTextStyle: { align: 'left' },
        axisLabel: { formatter: function (v) { return fmt(v, data.mode); } } },
      dataZoom: [{ type: 'inside', filterMode: 'none' }, { type: 'slider', height: 16, bottom: 6, filterMode: 'none' }],
      series: series.map(function (sr) {
        return {
          name: sr.name, type: 'line', showSymbol: true, symbolSize: 7, triggerLineEvent: false, clip: true,
          data: sr.points.map(function (p) {
            return thin[p[0]] && !sr.group ? { value: p, symbol: 'emptyCircle' } : { value: p, symbol: 'circle' };
          })
        };
      })
    });
    // A click anywhere in the plot picks the nearest year and, at that year, the nearest line:
    // easier to hit than a 7-pixel symbol, and it works the same with a finger.
    chart.getZr().on('click', function (ev) {
      var at = [ev.offsetX, ev.offsetY];
      if (!chart.containPixel('grid', at) || !series.length) return;
      var x = chart.convertFromPixel({ seriesIndex: 0 }, at)[0];
      var best = null;
      shown.forEach(function (y) { if (best === null || Math.abs(y.year - x) < Math.abs(best - x)) best = y.year; });
      var hit = null, dist = Infinity;
      series.forEach(function (sr, i) {
        var p = sr.points.filter(function (q) { return q[0] === best; })[0];
        if (!p) return;
        var d = Math.abs(chart.convertToPixel({ seriesIndex: i }, p)[1] - at[1]);
        if (d < dist) { dist = d; hit = sr; }
      });
      if (hit !== null) pick(s, hit.term, best, hit.group);
    });
    window.__trendChart = chart;
    window.__trendMode = data.mode;
    setExports(s);
    if (s.at && s.atTerm) showLines(s, s.atTerm, Number(s.at));
  }

  /**
   * When the years on the axis hold different report types or levels, a line joins unlike years
   * (2025's 31 provincial reports beside the national one): say so, and offer one line per type
   * (level) or a filter to one kind. With the lines split, say what each line counts.
   */
  function mixNotice(s, data, axis) {
    var mix = (data.mix || []).filter(function (m) { return axis && m.year >= axis.from && m.year <= axis.to; });
    if (s.split) {
      var what = s.split === 'type' ? '类型' : '层级';
      return el('div', { id: 'ui-mix', class: 'notice mix-notice', role: 'note' }, [
        el('p', { text: '每条线只计该' + what + '的报告：每百万字、报告占比都在该' + what + '的报告之内计算；某' + what +
          '没有报告的年份不画点。' }),
        el('p', { class: 'mix-actions' }, [offer(s, { split: '' }, '合为一条线', 'ui-split-none')])
      ]);
    }
    var parts = [], actions = [];
    if (data.mixedLevels) {
      parts.push(describe(mix, 'levels', function (v) { return LEVEL_NAMES[v] || v; }));
      actions.push(offer(s, { split: 'level' }, '按层级分线（每个层级一条线）', 'ui-split-level'));
      if (!s.region) actions.push(offer(s, { region: '全国' }, '只看国家级（全国）报告', 'ui-preset-national'));
    }
    if (data.mixedTypes) {
      parts.push(describe(mix, 'types', function (v) { return v === '未知' ? '类型未知' : v; }));
      actions.push(offer(s, { split: 'type' }, '按报告类型分线（每种类型一条线）', 'ui-split-type'));
      var top = mostReports(mix, 'types');
      if (top && !s.type) actions.push(offer(s, { type: top }, '只看' + top, 'ui-preset-type'));
    }
    if (!parts.length) return null;
    var box = el('div', { id: 'ui-mix', class: 'notice mix-notice', role: 'note' }, [
      el('p', null, [el('strong', { text: '注意：图中各年份的报告构成不同，' }), '数值不能直接比较。']),
      el('ul', { class: 'mix-list' }, parts.map(function (t) { return el('li', { text: t }); })),
      el('p', { class: 'mix-actions' }, actions)
    ]);
    return box;
  }

  /** "省级 31 份、国家级 1 份" */
  function kinds(counts, name) {
    return Object.keys(counts).map(function (k) { return name(k) + ' ' + counts[k] + ' 份'; }).join('、');
  }

  /** The years whose kinds differ from those of most years, with their reports; the rest in a word. */
  function describe(mix, facet, name) {
    var byKey = {}, order = [];
    mix.forEach(function (m) {
      var key = Object.keys(m[facet] || {}).sort().join('|');
      if (!byKey[key]) { byKey[key] = []; order.push(key); }
      byKey[key].push(m);
    });
    var common = order.reduce(function (a, b) { return byKey[b].length > byKey[a].length ? b : a; }, order[0]);
    var odd = mix.filter(function (m) { return Object.keys(m[facet] || {}).sort().join('|') !== common; });
    var label = facet === 'levels' ? '层级' : '类型';
    var shown = odd.slice(0, 6).map(function (m) { return m.year + ' 年有' + kinds(m[facet], name); });
    var more = odd.length > shown.length ? '等 ' + odd.length + ' 个年份' : '';
    var rest = byKey[common].length + ' 个年份只有' + common.split('|').map(name).join('、');
    return label + '：' + shown.join('；') + more + '；其余 ' + rest + '。';
  }

  function mostReports(mix, facet) {
    var sum = {};
    mix.forEach(function (m) { Object.keys(m[facet] || {}).forEach(function (k) { if (k !== '未知') sum[k] = (sum[k] || 0) + m[facet][k]; }); });
    var best = null;
    Object.keys(sum).forEach(function (k) { if (best === null || sum[k] > sum[best]) best = k; });
    return best;
  }

  /** A link to the same trend with some parameters changed; followed in place. */
  function offer(s, change, text, id) {
    var n = {}; Object.keys(s).forEach(function (k) { n[k] = s[k]; });
    Object.keys(change).forEach(function (k) { n[k] = change[k]; });
    n.at = ''; n.atTerm = '';
    var a = el('a', { id: id, class: 'button button-small', href: '/trend?' + Z.queryString(urlParams(n)), text: text });
    a.addEventListener('click', function (e) {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      Z.pushState('/trend', urlParams(n));
      buildForm(n);
      render(n);
    });
    return a;
  }

  function fmt(v, mode) {
    if (typeof v !== 'number') return String(v);
    if (mode === 'docShare') return (v * 100).toFixed(v < 0.1 ? 1 : 0) + '%';
    if (mode === 'count') return Number.isInteger(v) ? String(v) : v.toFixed(1);
    return v >= 100 ? v.toFixed(0) : v.toFixed(1);
  }

  /** The years of the axis, one row each, oldest or (order=desc) newest first; the year header turns the order round. */
  function dataTable(s, series, years, mode) {
    var table = el('table', { class: 'data-table', id: 'ui-table' });
    var desc = s.order === 'desc';
    var sortYear = el('button', { type: 'button', class: 'sort-button', id: 'ui-table-order',
      title: desc ? '按年份由远到近排列' : '按年份由近到远排列', text: '年份 ' + (desc ? '▼' : '▲') });
    sortYear.addEventListener('click', function () {
      var n = {}; Object.keys(s).forEach(function (k) { n[k] = s[k]; });
      n.order = desc ? '' : 'desc';
      Z.pushState('/trend', urlParams(n));
      var details = document.getElementById('ui-table-details');
      details.parentNode.replaceChild(dataTable(n, series, years, mode), details);
      document.getElementById('ui-table-details').open = true;
    });
    var head = el('tr', null, [el('th', { scope: 'col', 'aria-sort': desc ? 'descending' : 'ascending' }, [sortYear])]);
    series.forEach(function (sr) { head.appendChild(el('th', { scope: 'col', text: sr.name })); });
    head.appendChild(el('th', { scope: 'col', text: '报告数' }));
    table.appendChild(el('thead', null, [head]));
    var body = el('tbody');
    var rows = desc ? years.slice().reverse() : years;
    rows.forEach(function (y) {
      var tr = el('tr', null, [el('th', { scope: 'row', text: String(y.year) + (y.thin ? ' *' : '') })]);
      series.forEach(function (sr) {
        var p = sr.raw.filter(function (q) { return q.year === y.year; })[0];
        if (!p) { tr.appendChild(el('td', { class: 'no-reports', text: '—', title: '这一年没有这类报告' })); return; }
        var b = el('button', { type: 'button', class: 'link-button', text: fmt(p.value, mode),
          'aria-label': y.year + '年 ' + sr.name + '：' + fmt(p.value, mode) + '，查看语境' });
        b.addEventListener('click', function () { pick(s, sr.term, y.year, sr.group); });
        tr.appendChild(el('td', null, [b]));
      });
      tr.appendChild(el('td', { text: Z.formatNumber(y.reports) }));
      body.appendChild(tr);
    });
    table.appendChild(body);
    return el('details', { class: 'data-details', id: 'ui-table-details' }, [el('summary', { text: '数据表（图中年份；* 报告少于 3 份）' }),
      el('div', { class: 'table-scroll' }, [table])]);
  }

  /** Opens the lines of a term in a year; on a line split by type, within that type's reports. */
  function pick(s, term, year, group) {
    var n = {}; Object.keys(s).forEach(function (k) { n[k] = s[k]; });
    n.at = String(year); n.atTerm = term;
    Z.pushState('/trend', urlParams(n));
    showLines(n, term, year, s.split === 'type' && group && group !== '未知' ? group : null);
  }

  function showLines(s, term, year, type) {
    var panel = document.getElementById('ui-kwic');
    if (!panel) return;
    var q = { q: term, year: String(year), region: s.region, type: type || s.type, domain: s.domain, size: 20 };
    Z.show(panel, Z.loadingBox('正在载入 ' + year + ' 年“' + term + '”的语境…'));
    Z.fetchJson('/api/concordance?' + Z.queryString(q)).then(function (d) {
      Z.clear(panel);
      var more = { q: term, year: String(year), region: s.region, type: type || s.type, domain: s.domain };
      panel.appendChild(el('h2', { class: 'panel-title' }, [
        year + ' 年“' + term + '”：' + Z.formatNumber(d.total) + ' 处',
        ' ', el('a', { class: 'panel-more', href: '/concordance?' + Z.queryString(more), text: '在语境页查看全部 →' })
      ]));
      if (!d.lines || !d.lines.length) {
        panel.appendChild(Z.messageBox('这一年没有出现。'));
        return;
      }
      panel.appendChild(kwicTable(d.lines, term));
      panel.scrollIntoView({ block: 'nearest' });
    }, function (err) {
      Z.show(panel, Z.errorBox('无法载入语境', err, function () { showLines(s, term, year, type); }));
    });
  }

  function kwicTable(lines, q) {
    var t = el('table', { class: 'kwic' });
    var body = el('tbody');
    lines.forEach(function (l) {
      body.appendChild(el('tr', { class: 'kwic-line' }, [
        el('td', { class: 'kwic-left' }, [el('span', { text: l.left || '' })]),
        el('td', { class: 'kwic-match' }, [el('a', { href: Z.reportHref(l.reportId, q, l.sectionId), text: l.match || q,
          title: l.reportTitle || '' })]),
        el('td', { class: 'kwic-right', text: l.right || '' }),
        el('td', { class: 'kwic-source' }, [el('a', { href: Z.reportHref(l.reportId, q, l.sectionId), text: l.reportTitle || '报告' })])
      ]));
    });
    t.appendChild(body);
    return el('div', { class: 'table-scroll' }, [t]);
  }

  // ---- exports -----------------------------------------------------------------

  function setExports(s) {
    var csv = document.getElementById('ui-csv'), png = document.getElementById('ui-png');
    if (!s) { csv.hidden = true; png.hidden = true; return; }
    var p = apiParams(s); p.format = 'csv';
    csv.href = '/api/trend?' + Z.queryString(p);
    csv.setAttribute('download', 'trend.csv');
    csv.hidden = false;
    png.hidden = false;
  }

  function exportPng() {
    if (!chart) return;
    var url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    window.__trendPng = url;
    Z.download(url, 'trend.png');
  }

  function disposeChart() {
    if (chart) { chart.dispose(); chart = null; window.__trendChart = null; }
  }

  window.addEventListener('resize', function () { if (chart) chart.resize(); });
  window.addEventListener('popstate', function () { var s = readState(); buildForm(s); render(s); });

  var initial = readState();
  buildForm(initial);
  render(initial);
})();
