/* 政报搜 — keyword in context (/concordance?q=…&sort=year|left|right&order=asc|desc&width=&page=&year=&region=&type=&domain=).
 * Lines aligned on the match; each links to its report at the section, with the word highlighted. */
(function () {
  'use strict';
  var Z = window.ZBS, el = Z.el;

  var SIZE = 50;
  var SORTS = [{ key: 'year', label: '年份' }, { key: 'left', label: '左文' }, { key: 'right', label: '右文' }];
  /** What ascending and descending mean for each sort key, as the sort menu and the column buttons say it. */
  var ORDERS = { year: { asc: '由远到近', desc: '由近到远' }, left: { asc: '正序', desc: '倒序' }, right: { asc: '正序', desc: '倒序' } };

  var form = document.getElementById('ui-form');
  var status = document.getElementById('ui-status');
  var out = document.getElementById('ui-out');
  var inflight = null;

  function readState() {
    var p = new URLSearchParams(location.search);
    var page = parseInt(p.get('page') || '1', 10);
    var s = {
      q: (p.get('q') || '').trim(),
      sort: p.get('sort') || 'year',
      order: p.get('order') === 'desc' ? 'desc' : 'asc',
      width: p.get('width') || '',
      page: isFinite(page) && page >= 1 ? page : 1
    };
    Z.FILTERS.forEach(function (f) { s[f.key] = (p.get(f.key) || '').trim(); });
    return s;
  }

  function urlParams(s) {
    var o = { q: s.q, sort: s.sort === 'year' ? '' : s.sort, order: s.order === 'desc' ? 'desc' : '', width: s.width,
      page: s.page > 1 ? s.page : '' };
    Z.FILTERS.forEach(function (f) { o[f.key] = s[f.key]; });
    return o;
  }

  function buildForm(s) {
    Z.clear(form);
    var sort = el('select', { id: 'ui-sort', name: 'sort' });
    SORTS.forEach(function (x) {
      ['asc', 'desc'].forEach(function (o) {
        sort.appendChild(el('option', { value: x.key + ' ' + o, selected: s.sort === x.key && s.order === o,
          text: '按' + x.label + '（' + ORDERS[x.key][o] + '）' }));
      });
    });
    var width = el('select', { id: 'ui-width', name: 'width' });
    [['', '默认宽度'], ['10', '左右各 10 字'], ['20', '左右各 20 字'], ['40', '左右各 40 字']].forEach(function (x) {
      width.appendChild(el('option', { value: x[0], selected: s.width === x[0], text: x[1] }));
    });
    form.appendChild(el('div', { class: 'form-row' }, [
      el('label', { class: 'field field-wide', for: 'ui-q' }, [
        el('span', { class: 'field-label', text: '词语或短语（按字面匹配）' }),
        el('input', { id: 'ui-q', name: 'q', type: 'search', autocomplete: 'off', spellcheck: 'false', value: s.q || null,
          placeholder: '例如：放管服' })
      ])
    ]));
    form.appendChild(el('div', { class: 'form-row' }, [
      el('label', { class: 'field', for: 'ui-sort' }, [el('span', { class: 'field-label', text: '排序' }), sort]),
      el('label', { class: 'field', for: 'ui-width' }, [el('span', { class: 'field-label', text: '上下文' }), width])
    ]));
    form.appendChild(Z.filterFields('', s, '筛选（可选）'));
    form.appendChild(el('div', { class: 'form-actions' }, [
      el('button', { type: 'submit', class: 'button button-primary', id: 'ui-run', text: '查看语境' })
    ]));
    [sort, width].forEach(function (x) { x.addEventListener('change', function () { if (form.elements.q.value.trim()) submit(1); }); });
  }

  function formState(page) {
    var sortOrder = form.elements.sort.value.split(' ');
    var s = { q: form.elements.q.value.trim(), sort: sortOrder[0], order: sortOrder[1] === 'desc' ? 'desc' : 'asc',
      width: form.elements.width.value, page: page || 1 };
    var f = Z.readFilters(form, '');
    Z.FILTERS.forEach(function (x) { s[x.key] = f[x.key] || ''; });
    return s;
  }

  function submit(page) {
    var s = formState(page);
    Z.pushState('/concordance', urlParams(s));
    render(s);
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); submit(1); });

  function go(s) {
    Z.pushState('/concordance', urlParams(s));
    buildForm(s);
    render(s);
  }

  function render(s) {
    if (inflight) inflight.abort();
    inflight = typeof AbortController === 'function' ? new AbortController() : null;
    document.title = (s.q ? s.q + ' — ' : '') + '语境 — 政报搜';
    if (!s.q) {
      Z.clear(status);
      var box = Z.messageBox('输入一个词语，列出它在报告中的每一次出现。', []);
      box.appendChild(el('p', null, [el('a', { href: '/concordance?q=' + encodeURIComponent('放管服'), text: '例如：放管服' })]));
      Z.show(out, box);
      return;
    }
    var p = urlParams(s);
    p.page = String(s.page - 1);
    p.size = SIZE;
    p.sort = s.sort;
    p.order = s.order;
    Z.load({ url: '/api/concordance?' + Z.queryString(p), signal: inflight && inflight.signal, status: status, out: out,
      loading: '正在查找…', failed: '无法查看语境',
      draw: function (d) { draw(s, d); }, retry: function () { render(s); } });
  }

  function draw(s, d) {
    Z.clear(out);
    var lines = d.lines || [];
    if (!d.total) {
      out.appendChild(Z.messageBox('没有找到“' + s.q + '”。', ['按字面匹配：检查错别字，或换一种写法；也可以去掉筛选条件。']));
      return;
    }
    out.appendChild(el('div', { class: 'result-bar' }, [
      el('p', { class: 'result-count' }, ['共 ', el('strong', { text: Z.formatNumber(d.total) }), ' 处' +
        (d.total > d.pageable ? (s.sort === 'year' ? '（可翻阅' + (s.order === 'desc' ? '最新的 ' : '前 ') + Z.formatNumber(d.pageable) + ' 处）' : '（排序只在前 ' + Z.formatNumber(d.pageable) + ' 处中进行）') : '') + '，第 ' + s.page + ' 页']),
      exportLinks(s, d.total)
    ]));
    var t = el('table', { class: 'kwic', id: 'ui-kwic' });
    var head = el('tr', null, [
      el('th', { scope: 'col', class: 'kwic-year', 'aria-sort': ariaSort(s, 'year') }, [sortButton(s, 'year', '年份')]),
      el('th', { scope: 'col', class: 'kwic-left', 'aria-sort': ariaSort(s, 'left') }, [sortButton(s, 'left', '左文')]),
      el('th', { scope: 'col', text: '词语' }),
      el('th', { scope: 'col', class: 'kwic-right-h', 'aria-sort': ariaSort(s, 'right') }, [sortButton(s, 'right', '右文')]),
      el('th', { scope: 'col', class: 'kwic-source', text: '出处' })
    ]);
    t.appendChild(el('thead', null, [head]));
    var body = el('tbody');
    lines.forEach(function (l) {
      var href = Z.reportHref(l.reportId, s.q, l.sectionId);
      body.appendChild(el('tr', { class: 'kwic-line' }, [
        el('td', { class: 'kwic-year', text: l.year ? String(l.year) : '—' }),
        el('td', { class: 'kwic-left' }, [el('span', { text: l.left || '' })]),
        el('td', { class: 'kwic-match' }, [el('a', { href: href, text: l.match || s.q, title: (l.reportTitle || '') + ' — 打开报告' })]),
        el('td', { class: 'kwic-right', text: l.right || '' }),
        el('td', { class: 'kwic-source' }, [el('a', { href: href, text: (l.reportTitle || '报告') + (Z.regionText(l.region) ? '（' + Z.regionText(l.region) + '）' : '') })])
      ]));
    });
    t.appendChild(body);
    out.appendChild(el('div', { class: 'table-scroll' }, [t]));
    var pages = Math.ceil(Math.min(d.total, d.pageable) / SIZE);
    if (pages > 1) out.appendChild(pager(s, pages));
  }

  /** Every line, not just this page nor the 5000 sorted, in year order, as CSV or Excel named after the term and filters. */
  function exportLinks(s, total) {
    var p = { q: s.q, width: s.width };
    Z.FILTERS.forEach(function (f) { p[f.key] = s[f.key]; });
    var all = '全部 ' + Z.formatNumber(total) + ' 处，按年份排列';
    function link(format, text, title) {
      p.format = format;
      return el('a', { class: 'export-link', id: 'ui-export-' + format, href: '/api/concordance/export?' + Z.queryString(p),
        download: '', title: title, text: text });
    }
    return el('span', { class: 'export-links' }, [
      link('csv', '导出CSV', all), ' · ',
      link('xlsx', '导出Excel', total > 1048575 ? all + '（Excel 只收前 1,048,575 处）' : all)
    ]);
  }


  /** A column's sort button: the first press sorts by it, the next turns the order round. */
  function sortButton(s, key, label) {
    var on = s.sort === key;
    var next = on && s.order === 'asc' ? 'desc' : 'asc';
    var b = el('button', { type: 'button', class: 'sort-button', 'data-sort': key, 'aria-pressed': on ? 'true' : 'false',
      title: '按' + label + '（' + ORDERS[key][next] + '）排序',
      text: label + (on ? (s.order === 'desc' ? ' ▼' : ' ▲') : '') });
    b.addEventListener('click', function () {
      var n = copy(s); n.sort = key; n.order = next; n.page = 1; go(n);
    });
    return b;
  }

  function ariaSort(s, key) {
    return s.sort !== key ? null : s.order === 'desc' ? 'descending' : 'ascending';
  }

  function copy(s) { var n = {}; Object.keys(s).forEach(function (k) { n[k] = s[k]; }); return n; }

  function pager(s, pages) {
    var nav = el('nav', { class: 'pager', 'aria-label': '分页' });
    var ul = el('ul', { class: 'pager-list' });
    function link(page, text) {
      var n = copy(s); n.page = page;
      var a = el('a', { class: 'pager-link', href: '/concordance?' + Z.queryString(urlParams(n)), text: text });
      if (page === s.page) a.setAttribute('aria-current', 'page');
      a.addEventListener('click', function (e) {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault(); go(n); window.scrollTo(0, 0);
      });
      ul.appendChild(el('li', null, [a]));
    }
    if (s.page > 1) link(s.page - 1, '‹ 上一页');
    for (var i = Math.max(1, s.page - 3); i <= Math.min(pages, s.page + 3); i++) link(i, String(i));
    if (s.page < pages) link(s.page + 1, '下一页 ›');
    nav.appendChild(ul);
    return nav;
  }

  window.addEventListener('popstate', function () { var s = readState(); buildForm(s); render(s); });

  var initial = readState();
  buildForm(initial);
  render(initial);
})();
