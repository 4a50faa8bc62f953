/* 政报搜 — expected targets (/targets?indicator=&year=&region=&type=&chart=).
 * A table of regions × years, each cell the target the region's report set for that year and the
 * outcome the next year's report gave, the quote on hover (title) and a link to the section; and
 * a chart of target against outcome over the years for one region. The series as drawn are exposed
 * as window.__targetsSeries ({region, target: [[year, value], …], outcome: […]}) for tests. */
(function () {
  'use strict';
  var Z = window.ZBS, el = Z.el;

  var INDICATORS = [
    { key: 'gdp_growth', label: '地区生产总值（GDP）增长' },
    { key: 'unemployment_surveyed', label: '城镇调查失业率' },
    { key: 'unemployment_registered', label: '城镇登记失业率' },
    { key: 'new_urban_jobs', label: '城镇新增就业' },
    { key: 'cpi', label: '居民消费价格涨幅' },
    { key: 'income_growth', label: '居民收入增长' },
    { key: 'grain_output', label: '粮食产量' },
    { key: 'energy_intensity', label: '单位GDP能耗降低' },
    { key: 'deficit_ratio', label: '赤字率' },
    { key: 'fixed_investment', label: '固定资产投资增长' },
    { key: 'retail_sales', label: '社会消费品零售总额增长' },
    { key: 'fiscal_revenue', label: '一般公共预算收入增长' },
    { key: 'industrial_output', label: '规模以上工业增加值增长' },
    { key: 'foreign_trade', label: '进出口增长' }
  ];
  var FILTER_KEYS = ['year', 'region', 'type'];

  var form = document.getElementById('ui-form');
  var status = document.getElementById('ui-status');
  var out = document.getElementById('ui-out');
  var chart = null;
  var inflight = null;

  function readState() {
    var p = new URLSearchParams(location.search);
    var s = { indicator: p.get('indicator') || 'gdp_growth', chart: (p.get('chart') || '').trim() };
    FILTER_KEYS.forEach(function (k) { s[k] = (p.get(k) || '').trim(); });
    return s;
  }

  function apiParams(s) {
    var o = { indicator: s.indicator };
    FILTER_KEYS.forEach(function (k) { o[k] = s[k]; });
    return o;
  }

  function urlParams(s) {
    var o = apiParams(s);
    o.chart = s.chart;
    return o;
  }

  function buildForm(s) {
    Z.clear(form);
    var select = el('select', { id: 'ui-indicator', name: 'indicator' });
    INDICATORS.forEach(function (i) {
      select.appendChild(el('option', { value: i.key, selected: i.key === s.indicator, text: i.label }));
    });
    select.addEventListener('change', submit);
    form.appendChild(el('div', { class: 'form-row' }, [
      el('label', { class: 'field', for: 'ui-indicator' }, [el('span', { class: 'field-label', text: '指标' }), select])]));
    form.appendChild(Z.filterFields('', s, '筛选（可选）', FILTER_KEYS));
    form.appendChild(el('div', { class: 'form-actions' }, [
      el('button', { type: 'submit', class: 'button button-primary', id: 'ui-show', text: '查看' }),
      el('a', { class: 'button', id: 'ui-csv', href: '#', text: '导出 CSV', hidden: true })
    ]));
  }

  function formState() {
    var s = { indicator: form.elements.indicator.value, chart: '' };
    var f = Z.readFilters(form, '');
    FILTER_KEYS.forEach(function (k) { s[k] = f[k] || ''; });
    return s;
  }

  function submit(e) {
    if (e && e.preventDefault) e.preventDefault();
    var s = formState();
    Z.pushState('/targets', urlParams(s));
    render(s);
  }

  form.addEventListener('submit', submit);

  function render(s) {
    var ind = indicatorOf(s.indicator);
    document.title = ind.label + ' — 预期目标 — 政报搜';
    if (inflight) inflight.abort();
    inflight = typeof AbortController === 'function' ? new AbortController() : null;
    Z.load({ url: '/api/targets?' + Z.queryString(apiParams(s)), signal: inflight && inflight.signal, status: status, out: out,
      loading: '正在从报告中读取目标…', failed: '无法读取预期目标',
      draw: function (data) { draw(s, data); }, retry: function () { render(s); },
      onError: function () { disposeChart(); setCsv(null); window.__targetsSeries = null; } });
  }

  function indicatorOf(key) {
    for (var i = 0; i < INDICATORS.length; i++) if (INDICATORS[i].key === key) return INDICATORS[i];
    return { key: key, label: key };
  }

  /** 5%左右, 4.5–5%, 5%以上, 5%以内, 按5%安排, 与经济增长同步. */
  function valueText(r) {
    if (r.qualifier === '同步') return '与经济增长同步';
    if (r.qualifier === '高于') return '高于经济增长';
    var u = r.unit || '';
    var num = function (v) { return String(Math.round(v * 1000) / 1000); };
    if (r.qualifier === '按…安排') return '按' + num(r.low) + u + '安排';
    if (r.low !== null && r.high !== null && r.low !== r.high) return num(r.low) + '–' + num(r.high) + u;
    if (r.low === null && r.high !== null) return num(r.high) + u + (r.qualifier || '');
    return num(r.low) + u + (r.qualifier && r.qualifier !== '区间' ? r.qualifier : '');
  }

  /** The number a chart draws for a value: the middle of a range, the bound of an open one. */
  function pointOf(r) {
    if (r.low !== null && r.high !== null) return (r.low + r.high) / 2;
    return r.low !== null ? r.low : r.high;
  }

  function unitOf(key) {
    if (key === 'new_urban_jobs') return '万人';
    if (key === 'grain_output') return '万吨';
    return '%';
  }

  function regionName(r) { return r.region || '（地区未知）'; }

  function draw(s, data) {
    var rows = data.rows || [];
    Z.clear(out);
    var ind = indicatorOf(s.indicator);
    var cells = {}, regions = [], years = [];
    rows.forEach(function (r) {
      if (r.year === null || r.year === undefined) return;
      var region = regionName(r);
      if (regions.indexOf(region) < 0) regions.push(region);
      if (years.indexOf(r.year) < 0) years.push(r.year);
      var key = region + '|' + r.year;
      cells[key] = cells[key] || {};
      if (!cells[key][r.kind]) cells[key][r.kind] = r;
    });
    years.sort(function (a, b) { return a - b; });
    regions.sort(function (a, b) { return a === '全国' ? -1 : b === '全国' ? 1 : a.localeCompare(b, 'zh-CN'); });
    out.appendChild(el('p', { class: 'result-count' }, [
      ind.label + '：', el('strong', { text: Z.formatNumber(regions.length) }), ' 个地区，',
      el('strong', { text: Z.formatNumber(years.length) }), ' 个年份，',
      el('strong', { text: Z.formatNumber(rows.length) }), ' 个数值（读了 ' + Z.formatNumber(data.reportsRead) + ' 份报告）'
    ]));
    if (!rows.length) {
      disposeChart();
      setCsv(null);
      window.__targetsSeries = null;
      out.appendChild(Z.messageBox('所选范围内的报告没有提出这项目标。', ['换一个指标，或去掉部分筛选条件再试。']));
      return;
    }
    var chartRegion = regions.indexOf(s.chart) >= 0 ? s.chart : regions[0];
    out.appendChild(chartControls(s, regions, chartRegion));
    var box = el('div', { id: 'ui-chart', class: 'chart', role: 'img',
      'aria-label': '折线图：' + chartRegion + ' 历年' + ind.label + '的目标与实际' });
    out.appendChild(box);
    out.appendChild(el('p', { class: 'hint', text: '表中每格上为当年目标，下为实际完成（取自下一年报告）。鼠标停留看原文，点击打开出处。' }));
    out.appendChild(table(regions, years, cells));
    drawChart(box, chartRegion, years, cells, ind);
    setCsv(s);
  }

  function chartControls(s, regions, chartRegion) {
    var select = el('select', { id: 'ui-chart-region', name: 'chart' });
    regions.forEach(function (r) { select.appendChild(el('option', { value: r, selected: r === chartRegion, text: r })); });
    select.addEventListener('change', function () {
      var n = {}; Object.keys(s).forEach(function (k) { n[k] = s[k]; });
      n.chart = select.value;
      Z.pushState('/targets', urlParams(n));
      render(n);
    });
    return el('div', { class: 'form-row targets-chart-controls' }, [
      el('label', { class: 'field', for: 'ui-chart-region' }, [el('span', { class: 'field-label', text: '图中地区' }), select])]);
  }

  function drawChart(box, region, years, cells, ind) {
    var target = [], outcome = [];
    years.forEach(function (y) {
      var c = cells[region + '|' + y] || {};
      if (c.target && pointOf(c.target) !== null) target.push([y, pointOf(c.target)]);
      if (c.outcome && pointOf(c.outcome) !== null) outcome.push([y, pointOf(c.outcome)]);
    });
    window.__targetsSeries = { region: region, target: target, outcome: outcome };
    // a year without a value is a gap in the line, not a straight line across it
    var gaps = function (points) {
      var at = {};
      points.forEach(function (p) { at[p[0]] = p[1]; });
      var first = years[0], last = years[years.length - 1], out = [];
      for (var y = first; y <= last; y++) out.push([y, at[y] === undefined ? null : at[y]]);
      return out;
    };
    disposeChart();
    chart = window.echarts.init(box, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      color: ['#0b57a4', '#a4161a'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 56, right: 24, top: 40, bottom: 48 },
      xAxis: { type: 'value', min: 'dataMin', max: 'dataMax', minInterval: 1, name: '年份', nameLocation: 'middle', nameGap: 24,
        axisLabel: { formatter: function (v) { return String(v); } } },
      yAxis: { type: 'value', name: unitOf(ind.key), scale: true },
      series: [
        { name: '目标', type: 'line', symbol: 'rect', symbolSize: 7, lineStyle: { type: 'dashed' }, data: gaps(target) },
        { name: '实际', type: 'line', symbol: 'circle', symbolSize: 7, data: gaps(outcome) }
      ]
    });
    window.__targetsChart = chart;
  }

  function table(regions, years, cells) {
    var t = el('table', { class: 'data-table targets-table', id: 'ui-targets-table' });
    var head = el('tr', null, [el('th', { scope: 'col', text: '地区' })]);
    years.forEach(function (y) { head.appendChild(el('th', { scope: 'col', text: String(y) })); });
    t.appendChild(el('thead', null, [head]));
    var body = el('tbody');
    regions.forEach(function (region) {
      var tr = el('tr', null, [el('th', { scope: 'row', text: region })]);
      years.forEach(function (y) {
        var c = cells[region + '|' + y] || {};
        tr.appendChild(el('td', { class: 'targets-cell' }, [value(c.target, 'target', region, y), value(c.outcome, 'outcome', region, y)]));
      });
      body.appendChild(tr);
    });
    t.appendChild(body);
    return el('div', { class: 'table-scroll' }, [t]);
  }

  function value(r, kind, region, year) {
    if (!r) return null;
    var label = (kind === 'target' ? '目标 ' : '实际 ') + valueText(r);
    return el('a', { class: 'target-value target-' + kind, href: Z.reportHref(r.reportId, null, r.sectionId),
      title: '“' + r.quote + '” — ' + (r.reportTitle || ''), 'data-kind': kind,
      'aria-label': region + ' ' + year + '年' + label + '，原文：' + r.quote, text: label });
  }

  function setCsv(s) {
    var csv = document.getElementById('ui-csv');
    if (!s) { csv.hidden = true; return; }
    var p = apiParams(s); p.format = 'csv';
    csv.href = '/api/targets?' + Z.queryString(p);
    csv.setAttribute('download', 'targets.csv');
    csv.hidden = false;
  }

  function disposeChart() {
    if (chart) { chart.dispose(); chart = null; window.__targetsChart = null; }
  }

  window.addEventListener('resize', function () { if (chart) chart.resize(); });
  window.addEventListener('popstate', function () { var s = readState(); buildForm(s); render(s); });

  var initial = readState();
  buildForm(initial);
  render(initial);
})();
