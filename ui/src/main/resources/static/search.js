/* 政报搜 — search page (/). All state lives in the URL: /?q=&year=&region=&type=&domain=&issuer=&cites=&page=
 * (page is 1-based in the browser URL, as people read it; the API's page is 0-based). */
(function () {
  'use strict';
  var Z = window.ZBS, el = Z.el;

  var PAGE_SIZE = 10;        // reports per search page (the API's default)
  var LATEST_SIZE = 20;      // reports per page of the newest-reports list
  var FACET_SHOWN = 12;      // facet values shown before "显示全部"
  var FILTERS = [
    { key: 'year', label: '年份' },
    { key: 'region', label: '地区', tree: true },
    { key: 'type', label: '类型' },
    { key: 'domain', label: '领域' },
    { key: 'issuer', label: '发布机构' },
    // Set from a report's list of cited documents; a chip, no facet.
    { key: 'cites', label: '引用文件', noFacet: true }
  ];
  var CLEARED = { year: '', region: '', type: '', domain: '', issuer: '', cites: '', page: 1 };
  var yearChart = null;
  var EXAMPLES = ['乡村振兴', '"营商环境" year=2018-2023', '新型城镇化 -试点', '大气污染防治 year=2014'];

  var form = document.getElementById('ui-search-form');
  var input = document.getElementById('ui-q');
  var main = document.getElementById('ui-results');
  var chips = document.getElementById('ui-chips');
  var status = document.getElementById('ui-status');
  var list = document.getElementById('ui-list');
  var pager = document.getElementById('ui-pager');
  var facets = document.getElementById('ui-facets');
  var expandedFacets = {};   // facet key -> true when "显示全部" was pressed
  var openRegions = {};      // region path -> true/false as the user opened or closed it (view state, not a filter)
  var focusRegion = null;    // region path whose button had focus when it was clicked: focused again after rendering
  var inflight = null;       // AbortController of the request under way

  // ---- state <-> URL -------------------------------------------------------

  function readState() {
    var p = new URLSearchParams(location.search);
    var page = parseInt(p.get('page') || '1', 10);
    return {
      q: (p.get('q') || '').trim(),
      year: (p.get('year') || '').trim(),
      region: (p.get('region') || '').trim(),
      type: (p.get('type') || '').trim(),
      domain: (p.get('domain') || '').trim(),
      issuer: (p.get('issuer') || '').trim(),
      cites: (p.get('cites') || '').trim(),
      page: isFinite(page) && page >= 1 ? page : 1
    };
  }

  function stateUrl(s) {
    var p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    FILTERS.forEach(function (f) { if (s[f.key]) p.set(f.key, s[f.key]); });
    if (s.page > 1) p.set('page', String(s.page));
    var qs = p.toString();
    return '/' + (qs ? '?' + qs : '');
  }

  function with_(s, changes) {
    var n = { q: s.q, year: s.year, region: s.region, type: s.type, domain: s.domain, issuer: s.issuer, cites: s.cites, page: s.page };
    Object.keys(changes).forEach(function (k) { n[k] = changes[k]; });
    return n;
  }

  function go(s, opts) {
    var url = stateUrl(s);
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
    render(s);
    if (opts && opts.toTop) {
      window.scrollTo(0, 0);
      main.focus({ preventScroll: true });
    }
  }

  function hasFilters(s) {
    return FILTERS.some(function (f) { return !!s[f.key]; });
  }

  // ---- rendering -----------------------------------------------------------

  function render(s) {
    input.value = s.q;
    document.title = s.q ? s.q + ' — 政报搜' : '政报搜 — 政府工作报告检索';
    if (inflight) inflight.abort();
    inflight = typeof AbortController === 'function' ? new AbortController() : null;
    renderChips(s);
    if (!s.q && !hasFilters(s)) loadLatest(s, inflight);
    else loadSearch(s, inflight);
  }

  function startLoading(text) {
    Z.clear(status);
    status.appendChild(Z.loadingBox(text));
    list.classList.add('is-stale');
    main.setAttribute('aria-busy', 'true');
  }

  function stopLoading() {
    Z.clear(status);
    list.classList.remove('is-stale');
    main.removeAttribute('aria-busy');
  }

  function showError(title, err, s) {
    stopLoading();
    Z.clear(list); Z.clear(pager); Z.clear(facets);
    list.appendChild(Z.errorBox(title, err, function () { render(s); }));
    facets.hidden = true;
  }

  function loadSearch(s, ctrl) {
    startLoading('正在搜索…');
    var p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    FILTERS.forEach(function (f) { if (s[f.key]) p.set(f.key, s[f.key]); });
    p.set('page', String(s.page - 1));
    p.set('size', String(PAGE_SIZE));
    Z.fetchJson('/api/search?' + p.toString(), ctrl && ctrl.signal).then(function (data) {
      stopLoading();
      renderResults(s, data);
      renderFacets(s, data.facets || {});
    }, function (err) {
      if (err && err.name === 'AbortError') return;
      showError('搜索失败', err, s);
    });
  }

  function renderChips(s) {
    Z.clear(chips);
    var active = FILTERS.filter(function (f) { return !!s[f.key]; });
    if (!active.length) { chips.hidden = true; return; }
    chips.hidden = false;
    chips.appendChild(el('span', { class: 'chips-label', text: '筛选：' }));
    active.forEach(function (f) {
      var shown = f.tree ? regionLabel(s[f.key]) : s[f.key];
      var b = el('button', { type: 'button', class: 'chip', 'aria-label': '移除筛选 ' + f.label + ' ' + shown }, [
        el('span', { class: 'chip-key', text: f.label + '：' }), shown, el('span', { class: 'chip-x', 'aria-hidden': 'true', text: '×' })
      ]);
      b.addEventListener('click', function () {
        var c = {}; c[f.key] = ''; c.page = 1;
        go(with_(s, c));
      });
      chips.appendChild(b);
    });
    if (active.length > 1) {
      var all = el('button', { type: 'button', class: 'chip chip-clear', text: '清除全部' });
      all.addEventListener('click', function () { go(with_(s, CLEARED)); });
      chips.appendChild(all);
    }
  }

  /** Hits of one report are adjacent; group them in order. */
  function groupHits(hits) {
    var groups = [];
    (hits || []).forEach(function (h) {
      var last = groups[groups.length - 1];
      if (last && last.reportId === h.reportId) last.hits.push(h);
      else groups.push({ reportId: h.reportId, first: h, hits: [h] });
    });
    return groups;
  }

  /** Every matching section, not just this page, as a CSV or Excel file named after the query and filters. */
  function exportLink(s, total) {
    var p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    FILTERS.forEach(function (f) { if (s[f.key]) p.set(f.key, s[f.key]); });
    function link(format, text, title) {
      p.set('format', format);
      return el('a', { class: 'export-link', id: 'ui-export-' + format, href: '/api/search/export?' + p.toString(),
        download: '', title: title, text: text });
    }
    var all = '全部 ' + Z.formatNumber(total) + ' 个匹配章节';
    return el('span', { class: 'export-links' }, [
      link('csv', '导出CSV', all), ' · ',
      link('xlsx', '导出Excel', total > 1048575 ? all + '（Excel 只收前 1,048,575 个）' : all)
    ]);
  }

  /** How the server read the query where it differs from what was typed (a quote left open, closed at the end). */
  function queryNotes(data) {
    var notes = Array.isArray(data.notes) ? data.notes.filter(function (n) { return n && n.message; }) : [];
    if (!notes.length) return null;
    var box = el('div', { class: 'message query-notes', id: 'ui-query-notes', role: 'status' });
    notes.forEach(function (n) { box.appendChild(el('p', { text: n.message })); });
    return box;
  }

  function renderResults(s, data) {
    Z.clear(list); Z.clear(pager);
    var reports = data.reports || 0, total = data.total || 0;
    var groups = groupHits(data.hits);
    var notes = queryNotes(data);
    if (notes) list.appendChild(notes);

    if (!reports && !groups.length) {
      var tips = ['检查是否有错别字，或换用更常见的说法；', '减少词语，或去掉引号和排除词；'];
      if (hasFilters(s)) tips.push('去掉部分筛选条件。');
      var box = Z.messageBox(s.q ? '没有找到与“' + s.q + '”相匹配的报告。' : '没有符合筛选条件的报告。', tips);
      if (hasFilters(s)) {
        var b = el('button', { type: 'button', class: 'button', text: '清除全部筛选' });
        b.addEventListener('click', function () { go(with_(s, CLEARED)); });
        box.appendChild(b);
      }
      list.appendChild(box);
      return;
    }

    list.appendChild(el('div', { class: 'result-bar' }, [
      el('p', { class: 'result-count' }, [
        '共 ', el('strong', { text: Z.formatNumber(reports) }), ' 个报告，',
        el('strong', { text: Z.formatNumber(total) }), ' 个章节，用时 ',
        Z.formatNumber(data.tookMs), ' 毫秒'
      ]),
      analysisLinks(s),
      exportLink(s, total),
      facetsJump()
    ]));

    if (!groups.length) {
      list.appendChild(Z.messageBox('这一页没有结果。', ['页码超出了结果范围。']));
    }

    var ol = el('ol', { class: 'result-list', start: String((s.page - 1) * PAGE_SIZE + 1) });
    groups.forEach(function (g) { ol.appendChild(renderGroup(s, g)); });
    list.appendChild(ol);
    renderPager(s, Math.ceil(reports / PAGE_SIZE));
  }

  /** The query's words on the analysis pages: their trend over the years and their concordance. */
  function analysisLinks(s) {
    var terms = Z.queryTerms(s.q).slice(0, 10);
    if (!terms.length) return null;
    var f = { region: s.region, type: s.type, domain: s.domain };
    var trend = Z.queryString({ term: terms, region: f.region, type: f.type, domain: f.domain });
    var conc = Z.queryString({ q: terms[0], year: s.year, region: f.region, type: f.type, domain: f.domain });
    return el('span', { class: 'analysis-links' }, [
      el('a', { href: '/trend?' + trend, text: '历年趋势' }), ' · ',
      el('a', { href: '/concordance?' + conc, text: '“' + terms[0] + '”的语境' })
    ]);
  }

  /** On narrow screens the facets sit below the results: a link down to them. */
  function facetsJump() {
    var a = el('a', { class: 'facets-jump', href: '#ui-facets', text: '筛选 ↓' });
    a.addEventListener('click', function (e) {   // no hash navigation: it would fire popstate
      e.preventDefault();
      facets.setAttribute('tabindex', '-1');
      facets.scrollIntoView({ block: 'start' });
      facets.focus({ preventScroll: true });
    });
    return a;
  }

  function renderGroup(s, g) {
    var f = g.first;
    var title = f.reportTitle || '（无标题报告）';
    var head = el('div', { class: 'result-head' }, [
      el('h2', { class: 'result-title' }, [el('a', { href: Z.reportHref(g.reportId, s.q, f.sectionId), text: title })]),
      Z.badges(f)
    ]);
    var src = Z.safeUrl(f.url);
    if (src) {
      head.appendChild(el('a', { class: 'source-link', href: src, rel: 'noopener noreferrer', target: '_blank',
        title: '在新窗口打开原文网页', text: '原文' }));
    }
    var hits = el('ul', { class: 'hit-list' });
    g.hits.forEach(function (h) { hits.appendChild(renderHit(s, h)); });
    return el('li', { class: 'result' }, [head, hits]);
  }

  function renderHit(s, h) {
    var path = Array.isArray(h.sectionPath) ? h.sectionPath.filter(function (x) { return typeof x === 'string' && x; }) : [];
    var stitle = h.sectionTitle || '';
    if (path.length && path[path.length - 1] === stitle) path = path.slice(0, -1);
    var li = el('li', { class: 'hit' });
    var line = el('div', { class: 'hit-head' });
    if (path.length) line.appendChild(el('span', { class: 'hit-path', text: path.join(' › ') + ' › ' }));
    line.appendChild(el('a', { class: 'hit-title', href: Z.reportHref(h.reportId, s.q, h.sectionId), text: stitle || '开头部分' }));
    li.appendChild(line);
    if (h.snippet) {
      var p = el('p', { class: 'snippet' });
      p.innerHTML = Z.sanitizeSnippet(h.snippet); // only escaped text and <em> remain
      li.appendChild(p);
    }
    return li;
  }

  function pageHref(s, page) { return stateUrl(with_(s, { page: page })); }

  function renderPager(s, pages) {
    Z.clear(pager);
    if (pages <= 1 && s.page <= 1) return;
    var cur = s.page;
    function link(page, text, label, rel) {
      var a = el('a', { class: 'pager-link', href: pageHref(s, page), 'aria-label': label || ('第 ' + page + ' 页'), rel: rel, text: text });
      if (page === cur) a.setAttribute('aria-current', 'page');
      a.addEventListener('click', function (e) {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        go(with_(s, { page: page }), { toTop: true });
      });
      return a;
    }
    var ul = el('ul', { class: 'pager-list' });
    function add(node) { ul.appendChild(el('li', null, [node])); }
    if (cur > 1) add(link(cur - 1, '‹ 上一页', '上一页', 'prev'));
    var nums = [];
    for (var i = 1; i <= pages; i++) {
      if (i === 1 || i === pages || Math.abs(i - cur) <= 2) nums.push(i);
    }
    var prev = 0;
    nums.forEach(function (n) {
      if (n - prev > 1) add(el('span', { class: 'pager-gap', 'aria-hidden': 'true', text: '…' }));
      add(link(n, String(n)));
      prev = n;
    });
    if (cur < pages) add(link(cur + 1, '下一页 ›', '下一页', 'next'));
    pager.appendChild(ul);
  }

  // ---- facets --------------------------------------------------------------

  function renderFacets(s, data) {
    Z.clear(facets);
    if (yearChart) { yearChart.dispose(); yearChart = null; }
    facets.hidden = false;
    var any = false;
    FILTERS.forEach(function (f) {
      if (f.noFacet) return;
      if (f.key === 'year') {
        var years = (data.year || []).filter(function (v) { return v && /^\d{4}$/.test(String(v.value)); });
        if (years.length || s.year) { any = true; facets.appendChild(renderYearFacet(s, years)); }
        return;
      }
      if (f.tree) {
        var tree = renderRegionFacet(s, data);
        if (tree) { any = true; facets.appendChild(tree); }
        return;
      }
      var values = (data[f.facet || f.key] || []).filter(function (v) {
        return v && v.value !== null && v.value !== undefined && String(v.value) !== '';
      });
      if (f.key === 'domain' && s.domain) {
        // The other domains count reports whose matching sections share them with the chosen one;
        // picking one would replace the choice and find more. Show the choice alone, as for type.
        values = values.filter(function (v) { return String(v.value) === s.domain; });
      }
      if (!values.length && !s[f.key]) return;
      any = true;
      facets.appendChild(renderFacet(s, f, values));
    });
    var levels = (data.level || []).filter(function (v) { return v && v.value; });
    if (levels.length) {
      any = true;
      facets.appendChild(renderStaticFacet('level', '行政级别', levels, '按地区筛选可限定级别，如“全国”或某省、某市。'));
    }
    if (!any) facets.hidden = true;
    if (focusRegion !== null) {
      var again = regionButton(focusRegion);
      focusRegion = null;
      if (again) again.focus();
    }
  }

  /** Counts only: the API has no level filter (a region picks the level). */
  function renderStaticFacet(key, label, values, note) {
    var id = 'ui-facet-' + key;
    var ul = el('ul', { class: 'facet-list' });
    values.forEach(function (v) {
      ul.appendChild(el('li', { class: 'facet-static' }, [el('span', { class: 'facet-name', text: String(v.value) }),
        el('span', { class: 'facet-count', text: Z.formatNumber(v.count) })]));
    });
    return el('section', { class: 'facet facet-' + key, 'aria-labelledby': id }, [el('h2', { id: id, text: label }), ul,
      el('p', { class: 'facet-note', text: note })]);
  }

  /**
   * Years as a histogram (ECharts): drag across bars to pick a range, click a bar for one year;
   * the two number boxes do the same from the keyboard.
   */
  function renderYearFacet(s, values) {
    var sorted = values.slice().sort(function (a, b) { return Number(a.value) - Number(b.value); });
    var years = sorted.map(function (v) { return Number(v.value); });
    var cur = /^(\d{4})(?:-(\d{4}))?$/.exec(s.year || '');
    var lo = cur ? cur[1] : (years.length ? String(years[0]) : '');
    var hi = cur ? (cur[2] || cur[1]) : (years.length ? String(years[years.length - 1]) : '');
    var box = el('section', { class: 'facet facet-year year-hist', 'aria-labelledby': 'ui-facet-year' }, [
      el('h2', { id: 'ui-facet-year', text: '年份' })]);
    var chartBox = el('div', { id: 'ui-year-chart', class: 'chart', role: 'img',
      'aria-label': '各年份的报告数' + (years.length ? '：' + years[0] + '–' + years[years.length - 1] + '年' : '') });
    if (years.length) box.appendChild(chartBox);
    var from = el('input', { id: 'ui-year-from', type: 'number', min: '1900', max: '2100', inputmode: 'numeric', value: lo, 'aria-label': '起始年份' });
    var to = el('input', { id: 'ui-year-to', type: 'number', min: '1900', max: '2100', inputmode: 'numeric', value: hi, 'aria-label': '截止年份' });
    var range = el('form', { class: 'year-range' }, [from, '–', to, el('button', { type: 'submit', class: 'button', text: '限定' })]);
    if (s.year) {
      var clr = el('button', { type: 'button', class: 'link-button', text: '不限年份' });
      clr.addEventListener('click', function () { go(with_(s, { year: '', page: 1 })); });
      range.appendChild(clr);
    }
    range.addEventListener('submit', function (e) {
      e.preventDefault();
      var a = parseInt(from.value, 10), b = parseInt(to.value, 10);
      if (!isFinite(a) && !isFinite(b)) return;
      if (!isFinite(a)) a = b;
      if (!isFinite(b)) b = a;
      if (a > b) { var t = a; a = b; b = t; }
      go(with_(s, { year: a === b ? String(a) : a + '-' + b, page: 1 }));
    });
    box.appendChild(range);
    box.appendChild(el('p', { class: 'facet-note', text: '在柱形图上拖动选取年份范围，点击柱子只看那一年。' }));
    if (years.length && window.echarts) {
      window.requestAnimationFrame(function () { drawYears(s, sorted, chartBox); });
    }
    return box;
  }

  function drawYears(s, sorted, node) {
    if (!node.isConnected) return;
    var years = sorted.map(function (v) { return String(v.value); });
    yearChart = window.echarts.init(node);
    yearChart.setOption({
      animation: false,
      grid: { left: 4, right: 4, top: 8, bottom: 20, containLabel: false },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: years, axisTick: { show: false }, axisLabel: { interval: 'auto', fontSize: 10 } },
      yAxis: { type: 'value', show: false },
      brush: { xAxisIndex: 0, brushType: 'lineX', brushMode: 'single', throttleType: 'debounce', throttleDelay: 300,
        brushStyle: { color: 'rgba(164,22,26,0.15)', borderColor: '#a4161a' } },
      toolbox: { show: false },
      series: [{ type: 'bar', name: '报告数', data: sorted.map(function (v) { return v.count; }), itemStyle: { color: '#a4161a' },
        barMaxWidth: 14 }]
    });
    yearChart.dispatchAction({ type: 'takeGlobalCursor', key: 'brush', brushOption: { brushType: 'lineX', brushMode: 'single' } });
    yearChart.on('brushEnd', function (e) {
      var area = e.areas && e.areas[0];
      if (!area || !area.coordRange) return;
      var a = Math.max(0, Math.min(area.coordRange[0], area.coordRange[1]));
      var b = Math.min(years.length - 1, Math.max(area.coordRange[0], area.coordRange[1]));
      var ya = years[a], yb = years[b];
      go(with_(s, { year: ya === yb ? ya : ya + '-' + yb, page: 1 }));
    });
    yearChart.on('click', function (e) {
      if (e.componentType === 'series' && e.name) go(with_(s, { year: e.name, page: 1 }));
    });
  }

  function renderFacet(s, f, values) {
    var id = 'ui-facet-' + f.key;
    var box = el('section', { class: 'facet facet-' + f.key, 'aria-labelledby': id }, [el('h2', { id: id, text: f.label })]);
    var ul = el('ul', { class: 'facet-list' });
    var expanded = expandedFacets[f.key] || f.key === 'year';
    var activeValue = s[f.key];
    values.forEach(function (v, i) {
      var value = String(v.value);
      var active = value === activeValue;
      if (!expanded && i >= FACET_SHOWN && !active) return;
      var b = el('button', { type: 'button', class: 'facet-value' + (active ? ' is-active' : ''), 'aria-pressed': active ? 'true' : 'false',
        title: active ? '取消筛选' : '只看' + f.label + '为“' + value + '”的结果' }, [
        el('span', { class: 'facet-name', text: f.key === 'year' ? value + '年' : value }),
        el('span', { class: 'facet-count', text: Z.formatNumber(v.count) })
      ]);
      b.addEventListener('click', function () {
        var c = { page: 1 }; c[f.key] = active ? '' : value;
        go(with_(s, c));
      });
      ul.appendChild(el('li', null, [b]));
    });
    box.appendChild(ul);
    if (activeValue && !values.some(function (v) { return String(v.value) === activeValue; })) {
      box.appendChild(el('p', { class: 'facet-note', text: '当前：' + activeValue }));
    }
    if (!expandedFacets[f.key] && f.key !== 'year' && values.length > FACET_SHOWN) {
      var more = el('button', { type: 'button', class: 'link-button', text: '显示全部（' + values.length + '）' });
      more.addEventListener('click', function () {
        expandedFacets[f.key] = true;
        var fresh = renderFacet(s, f, values);
        box.parentNode.replaceChild(fresh, box);
        var first = fresh.querySelectorAll('.facet-value')[FACET_SHOWN];
        if (first) first.focus();
      });
      box.appendChild(more);
    }
    return box;
  }

  // ---- region tree: province → city → county ------------------------------------

  var SEP = '/';

  /** "河南省 › 漯河市 › 舞阳县" for a region path; a name (广西, 漯河市) as it is. */
  function regionLabel(region) {
    return String(region).split(SEP).join(' › ');
  }

  /**
   * The province, city and county facets as one tree. City and county values are paths from the
   * province down (河南省/漯河市/舞阳县; a county under its province directly has two names), so a
   * node's parent is its path without the last name — never a guess from a name: 鼓楼区 is in four
   * cities. Values arrive most reports first, and keep that order under their parent.
   */
  function regionTree(data) {
    var byPath = {}, roots = [];
    function values(list) {
      return (list || []).filter(function (v) { return v && typeof v.value === 'string' && v.value; });
    }
    function node(v) {
      var names = v.value.split(SEP);
      return { path: v.value, name: names[names.length - 1], depth: names.length, count: v.count, children: [] };
    }
    values(data.province).forEach(function (v) {
      var n = node(v);
      byPath[n.path] = n;
      roots.push(n);
    });
    values(data.city).concat(values(data.county)).forEach(function (v) {
      var parent = byPath[v.value.slice(0, v.value.lastIndexOf(SEP))];
      if (!parent || byPath[v.value]) return;
      var n = node(v);
      byPath[n.path] = n;
      parent.children.push(n);
    });
    return { roots: roots, byPath: byPath };
  }

  function renderRegionFacet(s, data) {
    var tree = regionTree(data);
    if (!tree.roots.length && !s.region) return null;
    var selected = tree.byPath[s.region] ? s.region : '';
    // The selected node and the nodes above it are open, so the selection is in view with its children.
    var open = {};
    if (selected) {
      var names = selected.split(SEP);
      for (var i = 1; i <= names.length; i++) open[names.slice(0, i).join(SEP)] = true;
    }
    Object.keys(openRegions).forEach(function (p) { open[p] = openRegions[p]; });
    var box = el('section', { class: 'facet facet-region', 'aria-labelledby': 'ui-facet-region' }, [
      el('h2', { id: 'ui-facet-region', text: '地区' })]);
    var all = !!expandedFacets.region;
    var top = selected.split(SEP)[0];
    var roots = tree.roots.filter(function (n, i) { return all || i < FACET_SHOWN || n.path === top; });
    box.appendChild(regionList(s, roots, selected, open, 'ui-region-tree'));
    if (s.region && !selected) {
      box.appendChild(el('p', { class: 'facet-note', text: '当前：' + regionLabel(s.region) }));
    }
    if (!all && tree.roots.length > FACET_SHOWN) {
      var more = el('button', { type: 'button', class: 'link-button', text: '显示全部（' + tree.roots.length + '）' });
      more.addEventListener('click', function () {
        expandedFacets.region = true;
        var fresh = renderRegionFacet(s, data);
        box.parentNode.replaceChild(fresh, box);
        var first = fresh.querySelectorAll('#ui-region-tree > li > .region-row .region-value')[FACET_SHOWN];
        if (first) first.focus();
      });
      box.appendChild(more);
    }
    if (tree.roots.some(function (n) { return n.children.length; })) {
      box.appendChild(el('p', { class: 'facet-note', text: '点 ▸ 展开下属市、县，点名称只看该地区。' }));
    }
    return box;
  }

  function regionList(s, nodes, selected, open, id) {
    var ul = el('ul', { class: 'facet-list region-tree', id: id });
    nodes.forEach(function (n) { ul.appendChild(regionNode(s, n, selected, open)); });
    return ul;
  }

  var regionIds = 0;

  /** One node: a disclosure button for its children (when it has any) and a button that filters by it. */
  function regionNode(s, n, selected, open) {
    var active = n.path === selected;
    var row = el('div', { class: 'region-row' });
    var li = el('li', { class: 'region-node region-depth-' + n.depth }, [row]);
    if (n.children.length) {
      var childId = 'ui-region-' + (++regionIds);
      var isOpen = !!open[n.path];
      var kids = regionList(s, n.children, selected, open, childId);
      kids.hidden = !isOpen;
      var toggle = el('button', { type: 'button', class: 'region-toggle', 'aria-controls': childId });
      var show = function (opened) {
        kids.hidden = !opened;
        toggle.setAttribute('aria-expanded', opened ? 'true' : 'false');
        toggle.setAttribute('aria-label', (opened ? '收起' : '展开') + n.name + '下属的' + (n.depth === 1 ? '市、县' : '县、区'));
      };
      show(isOpen);
      toggle.addEventListener('click', function () {
        var opened = kids.hidden;
        openRegions[n.path] = opened;
        show(opened);
      });
      row.appendChild(toggle);
      li.appendChild(kids);
    } else {
      row.appendChild(el('span', { class: 'region-toggle-space', 'aria-hidden': 'true' }));
    }
    var b = el('button', { type: 'button', class: 'facet-value region-value' + (active ? ' is-active' : ''),
      'aria-pressed': active ? 'true' : 'false', 'data-path': n.path,
      title: active ? '取消筛选' : '只看' + regionLabel(n.path) + '的结果' }, [
      el('span', { class: 'facet-name', text: n.name }),
      el('span', { class: 'facet-count', text: Z.formatNumber(n.count) })
    ]);
    b.addEventListener('click', function () {
      focusRegion = n.path;
      go(with_(s, { region: active ? '' : n.path, page: 1 }));
    });
    row.appendChild(b);
    return li;
  }

  function regionButton(path) {
    var buttons = facets.querySelectorAll('.region-value');
    for (var i = 0; i < buttons.length; i++) {
      if (buttons[i].getAttribute('data-path') === path) return buttons[i];
    }
    return null;
  }

  // ---- starting point: newest reports ---------------------------------------

  function loadLatest(s, ctrl) {
    startLoading('正在载入最新报告…');
    renderExamples();
    var p = new URLSearchParams();
    p.set('page', String(s.page - 1));
    p.set('size', String(LATEST_SIZE));
    Z.fetchJson('/api/reports?' + p.toString(), ctrl && ctrl.signal).then(function (data) {
      stopLoading();
      renderLatest(s, data);
    }, function (err) {
      if (err && err.name === 'AbortError') return;
      showError('无法载入报告列表', err, s);
      renderExamples();
    });
  }

  function renderLatest(s, data) {
    Z.clear(list); Z.clear(pager);
    var total = data.total || 0, items = data.reports || [];
    if (!total && !items.length) {
      list.appendChild(Z.messageBox('还没有收录任何报告。', ['报告抓取和索引完成后，这里会列出最新的报告。']));
      return;
    }
    list.appendChild(el('h1', { class: 'list-heading', text: '最新收录的报告' }));
    list.appendChild(el('p', { class: 'result-count' }, ['共收录 ', el('strong', { text: Z.formatNumber(total) }), ' 份报告。在上方输入词语开始检索。']));
    var ol = el('ol', { class: 'result-list latest-list' });
    items.forEach(function (r) {
      var head = el('div', { class: 'result-head' }, [
        el('h2', { class: 'result-title' }, [el('a', { href: Z.reportHref(r.id), text: r.title || '（无标题报告）' })]),
        Z.badges(r)
      ]);
      ol.appendChild(el('li', { class: 'result' }, [head]));
    });
    list.appendChild(ol);
    if (!items.length) list.appendChild(Z.messageBox('这一页没有报告。', ['页码超出了范围。']));
    renderPager(s, Math.ceil(total / LATEST_SIZE));
  }

  function renderExamples() {
    Z.clear(facets);
    facets.hidden = false;
    var ul = el('ul', { class: 'example-list' });
    EXAMPLES.forEach(function (q) {
      var a = el('a', { href: stateUrl(with_(CLEARED, { q: q })), text: q });
      a.addEventListener('click', function (e) {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        go(with_(CLEARED, { q: q }));
      });
      ul.appendChild(el('li', null, [a]));
    });
    facets.appendChild(el('section', { class: 'facet' }, [el('h2', { text: '检索示例' }), ul]));
  }

  // ---- events --------------------------------------------------------------

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var s = readState();
    go(with_(s, { q: input.value.trim(), page: 1 }));
  });

  window.addEventListener('popstate', function () { render(readState()); });

  document.addEventListener('keydown', function (e) {
    if (e.key === '/' && !Z.isTyping(e) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });

  render(readState());
})();
