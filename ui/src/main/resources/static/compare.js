/* 政报搜 — compare two sub-corpora (/compare?left.year=…&left.region=…&right.year=…&term=…).
 * Two columns of distinctive terms with bars, the shared terms, and one chosen term on both sides. */
(function () {
  'use strict';
  var Z = window.ZBS, el = Z.el;

  var SIDES = [{ key: 'left', label: '甲组' }, { key: 'right', label: '乙组' }];
  var SHOWN = 30;

  var form = document.getElementById('ui-form');
  var status = document.getElementById('ui-status');
  var out = document.getElementById('ui-out');
  var inflight = null;

  function readState() {
    var p = new URLSearchParams(location.search);
    var s = { term: (p.get('term') || '').trim(), words: p.get('words') === 'all' ? 'all' : '' };
    SIDES.forEach(function (side) {
      Z.FILTERS.forEach(function (f) { s[side.key + '.' + f.key] = (p.get(side.key + '.' + f.key) || '').trim(); });
    });
    return s;
  }

  function hasSide(s, side) {
    return Z.FILTERS.some(function (f) { return !!s[side + '.' + f.key]; });
  }

  function buildForm(s) {
    Z.clear(form);
    var cols = el('div', { class: 'compare-fields' });
    SIDES.forEach(function (side) { cols.appendChild(Z.filterFields(side.key + '.', s, side.label)); });
    form.appendChild(cols);
    form.appendChild(el('div', { class: 'form-row' }, [
      el('label', { class: 'field', for: 'ui-term' }, [
        el('span', { class: 'field-label', text: '关注的词语（可选，显示两组各自的每百万字频率）' }),
        el('input', { id: 'ui-term', name: 'term', type: 'text', autocomplete: 'off', value: s.term || null })
      ])
    ]));
    form.appendChild(el('div', { class: 'form-row' }, [
      el('label', { class: 'field', for: 'ui-words' }, [
        el('input', { id: 'ui-words', name: 'words', type: 'checkbox', value: 'all', checked: s.words === 'all' ? 'checked' : null }),
        el('span', { text: ' 显示全部词语（含虚词、数字和词的片段；默认只列实词）' })
      ])
    ]));
    form.appendChild(el('div', { class: 'form-actions' }, [
      el('button', { type: 'submit', class: 'button button-primary', id: 'ui-run', text: '开始对比' }),
      el('button', { type: 'button', class: 'button', id: 'ui-swap', text: '⇄ 交换两组' })
    ]));
    document.getElementById('ui-swap').addEventListener('click', function () {
      var cur = formState(), n = { term: cur.term, words: cur.words };
      Z.FILTERS.forEach(function (f) { n['left.' + f.key] = cur['right.' + f.key]; n['right.' + f.key] = cur['left.' + f.key]; });
      buildForm(n);
    });
  }

  function formState() {
    var s = { term: form.elements.term.value.trim(), words: form.elements.words.checked ? 'all' : '' };
    SIDES.forEach(function (side) {
      var v = Z.readFilters(form, side.key + '.');
      Z.FILTERS.forEach(function (f) { s[side.key + '.' + f.key] = v[side.key + '.' + f.key] || ''; });
    });
    return s;
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var s = formState();
    Z.pushState('/compare', s);
    render(s);
  });

  function render(s) {
    if (inflight) inflight.abort();
    inflight = typeof AbortController === 'function' ? new AbortController() : null;
    if (!hasSide(s, 'left') && !hasSide(s, 'right')) {
      Z.clear(status);
      var ex = { 'left.year': '1954-1990', 'right.year': '2015-2025' };
      var box = Z.messageBox('给两组各选至少一个条件，例如年份或地区。', []);
      box.appendChild(el('p', null, [el('a', { href: '/compare?' + Z.queryString(ex), text: '例如：1954–1990 年与 2015–2025 年的报告' })]));
      Z.show(out, box);
      document.title = '对比 — 政报搜';
      return;
    }
    document.title = describe(s, 'left') + ' 与 ' + describe(s, 'right') + ' — 对比 — 政报搜';
    Z.load({ url: '/api/compare?' + Z.queryString(s), signal: inflight && inflight.signal, status: status, out: out,
      loading: '正在对比两组报告（较大的范围可能需要几秒）…', failed: '无法对比',
      draw: function (d) { draw(s, d); }, retry: function () { render(s); } });
  }

  function describe(s, side) {
    var parts = [];
    Z.FILTERS.forEach(function (f) { if (s[side + '.' + f.key]) parts.push(s[side + '.' + f.key]); });
    return parts.length ? parts.join(' ') : '全部报告';
  }

  function draw(s, d) {
    Z.clear(out);
    if (d.term && d.left && d.right) out.appendChild(termFocus(s, d));
    var cols = el('div', { class: 'compare-cols' });
    SIDES.forEach(function (side) { cols.appendChild(sideColumn(s, side, d[side.key] || {})); });
    out.appendChild(cols);
    out.appendChild(sharedList(s, d.shared || []));
    if (d.keyness) out.appendChild(el('p', { class: 'hint', text: '排序方法：' + d.keyness }));
  }

  function sideColumn(s, side, data) {
    var col = el('section', { class: 'compare-side ' + side.key, 'aria-label': side.label + '特有的词语' });
    col.appendChild(el('h2', { text: side.label + '：' + describe(s, side.key) }));
    col.appendChild(el('p', { class: 'side-note', text: Z.formatNumber(data.reports) + ' 份报告，' +
      Z.formatNumber(data.chars) + ' 字' + (data.sampledChars && data.sampledChars < data.chars ? '（抽样 ' + Z.formatNumber(data.sampledChars) + ' 字）' : '') }));
    var terms = (data.terms || []).slice(0, SHOWN);
    if (!data.reports) {
      col.appendChild(Z.messageBox('这一组没有报告。', ['放宽这一组的条件再试。']));
      return col;
    }
    if (!terms.length) {
      col.appendChild(Z.messageBox('没有显著多用的词语。'));
      return col;
    }
    // The bar draws the number printed beside it (per million characters); the order is the keyness score.
    var max = terms.reduce(function (m, t) { return Math.max(m, t.perMillion || 0); }, 0) || 1;
    col.appendChild(el('p', { class: 'side-note list-label', text: '按特有程度排序；数字和条长：每百万字出现的次数' }));
    var ul = el('ol', { class: 'term-bars' });
    terms.forEach(function (t) {
      ul.appendChild(el('li', null, [termButton(s, t.term, (t.perMillion || 0) / max, Z.formatNumber(Math.round(t.perMillion)),
        t.term + '：每百万字 ' + t.perMillion + ' 次，共 ' + t.count + ' 次，G² ' + t.logLikelihood)]));
    });
    col.appendChild(ul);
    return col;
  }

  function termButton(s, term, share, num, title) {
    var b = el('button', { type: 'button', class: 'term-bar', title: title, 'aria-pressed': s.term === term ? 'true' : 'false' }, [
      el('span', { class: 'term-name', text: term }),
      el('span', { class: 'bar-track' }, [el('span', { class: 'bar', style: null })]),
      el('span', { class: 'num', text: num })
    ]);
    b.querySelector('.bar').style.width = Math.max(1, Math.round(share * 100)) + '%';
    b.querySelector('.bar').style.display = 'block';
    b.addEventListener('click', function () { chooseTerm(s, term); });
    return b;
  }

  function chooseTerm(s, term) {
    var n = {}; Object.keys(s).forEach(function (k) { n[k] = s[k]; });
    n.term = term;
    form.elements.term.value = term;
    Z.pushState('/compare', n);
    render(n);
  }

  function sharedList(s, shared) {
    var sec = el('section', { class: 'compare-shared' }, [el('h2', { text: '两组都常用的词语' })]);
    if (!shared.length) {
      sec.appendChild(el('p', { class: 'side-note', text: '没有。' }));
      return sec;
    }
    var t = el('table', { class: 'data-table' });
    t.appendChild(el('thead', null, [el('tr', null, [el('th', { scope: 'col', text: '词语' }),
      el('th', { scope: 'col', text: '甲组 每百万字' }), el('th', { scope: 'col', text: '乙组 每百万字' })])]));
    var body = el('tbody');
    shared.slice(0, SHOWN).forEach(function (x) {
      var b = el('button', { type: 'button', class: 'link-button', text: x.term });
      b.addEventListener('click', function () { chooseTerm(s, x.term); });
      body.appendChild(el('tr', null, [el('td', null, [b]), el('td', { text: Z.formatNumber(Math.round(x.leftPerMillion)) }),
        el('td', { text: Z.formatNumber(Math.round(x.rightPerMillion)) })]));
    });
    t.appendChild(body);
    sec.appendChild(el('div', { class: 'table-scroll' }, [t]));
    return sec;
  }

  function termFocus(s, d) {
    var l = d.left.termPerMillion || 0, r = d.right.termPerMillion || 0, max = Math.max(l, r) || 1;
    var box = el('section', { id: 'ui-term-focus', class: 'term-focus', 'aria-live': 'polite' },
      [el('h2', { text: '“' + d.term + '”每百万字出现的次数' })]);
    [['甲组', l, 'left'], ['乙组', r, 'right']].forEach(function (x) {
      var bar = el('span', { class: 'bar' });
      bar.style.display = 'block';
      bar.style.height = '12px';
      bar.style.width = Math.max(1, Math.round(x[1] / max * 100)) + '%';
      bar.style.background = x[2] === 'left' ? 'var(--brand)' : 'var(--link)';
      box.appendChild(el('div', { class: 'row' }, [el('span', { text: x[0] }), el('span', null, [bar]),
        el('span', { class: 'num', 'data-side': x[2], text: (Math.round(x[1] * 10) / 10) + ' 次' })]));
    });
    var links = el('p', { class: 'side-note' });
    SIDES.forEach(function (side, i) {
      var q = { q: d.term };
      Z.FILTERS.forEach(function (f) { q[f.key] = s[side.key + '.' + f.key]; });
      if (i) links.appendChild(document.createTextNode(' · '));
      links.appendChild(el('a', { href: '/concordance?' + Z.queryString(q), text: side.label + '的语境' }));
    });
    box.appendChild(links);
    return box;
  }

  window.addEventListener('popstate', function () { var s = readState(); buildForm(s); render(s); });

  var initial = readState();
  buildForm(initial);
  render(initial);
})();
