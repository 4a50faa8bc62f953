/* 政报搜 — precedent phrasing (/phrasing?text=…&phrase=…&year=&region=&type=); no domain: the API's sentences have none.
 * text: the closest corpus sentences to a draft, with the wording that differs marked (from the API's
 * diff segments); phrase: the variants of a fixed phrase over the years. */
(function () {
  'use strict';
  var Z = window.ZBS, el = Z.el;

  var form = document.getElementById('ui-form');
  var status = document.getElementById('ui-status');
  var out = document.getElementById('ui-out');
  var inflight = null;

  function readState() {
    var p = new URLSearchParams(location.search);
    var s = { text: (p.get('text') || '').trim(), phrase: (p.get('phrase') || '').trim() };
    Z.FILTERS.forEach(function (f) { s[f.key] = (p.get(f.key) || '').trim(); });
    return s;
  }

  function buildForm(s) {
    Z.clear(form);
    var ta = el('textarea', { id: 'ui-text', name: 'text', rows: '3', maxlength: '500', spellcheck: 'false',
      placeholder: '粘贴一句草稿，例如：坚持稳中求进工作总基调，推动高质量发展' });
    ta.value = s.text;
    form.appendChild(el('div', { class: 'form-row' }, [
      el('label', { class: 'field field-wide', for: 'ui-text' }, [el('span', { class: 'field-label', text: '草稿句子（最多 500 字）' }), ta])
    ]));
    form.appendChild(el('div', { class: 'form-row' }, [
      el('label', { class: 'field field-wide', for: 'ui-phrase' }, [
        el('span', { class: 'field-label', text: '或：固定说法（最多 50 字），看它历年的不同写法' }),
        el('input', { id: 'ui-phrase', name: 'phrase', type: 'text', autocomplete: 'off', value: s.phrase || null, placeholder: '例如：稳中求进' })
      ])
    ]));
    form.appendChild(Z.filterFields('', s, '只在这些报告中找（可选）', ['year', 'region', 'type']));
    form.appendChild(el('div', { class: 'form-actions' }, [
      el('button', { type: 'submit', class: 'button button-primary', id: 'ui-run', text: '查找先例' }),
      el('span', { class: 'hint', text: 'Ctrl+Enter 也可提交' })
    ]));
    ta.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); submit(); }
    });
  }

  function formState() {
    var s = { text: form.elements.text.value.trim(), phrase: form.elements.phrase.value.trim() };
    var f = Z.readFilters(form, '');
    Z.FILTERS.forEach(function (x) { s[x.key] = f[x.key] || ''; });
    return s;
  }

  function submit() {
    var s = formState();
    Z.pushState('/phrasing', s);
    render(s);
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); submit(); });

  function filters(s) {
    var o = {};
    Z.FILTERS.forEach(function (f) { if (f.key !== 'domain') o[f.key] = s[f.key]; });
    return o;
  }

  function render(s) {
    if (inflight) inflight.abort();
    inflight = typeof AbortController === 'function' ? new AbortController() : null;
    var signal = inflight && inflight.signal;
    document.title = (s.text || s.phrase ? (s.text || s.phrase).slice(0, 20) + ' — ' : '') + '措辞先例 — 政报搜';
    Z.clear(out);
    if (!s.text && !s.phrase) {
      Z.clear(status);
      var box = Z.messageBox('粘贴一句草稿，找出历年报告中措辞最接近的句子。', []);
      box.appendChild(el('p', null, [el('a', { href: '/phrasing?' + Z.queryString({ text: '坚持稳中求进工作总基调', phrase: '稳中求进' }),
        text: '例如：坚持稳中求进工作总基调' })]));
      out.appendChild(box);
      return;
    }
    var jobs = [];
    var precedents = el('section', { id: 'ui-precedents', class: 'tool-section' });
    var variants = el('section', { id: 'ui-variants', class: 'tool-section' });
    if (s.text) out.appendChild(precedents);
    if (s.phrase) out.appendChild(variants);
    Z.show(status, Z.loadingBox('正在查找…'));
    if (s.text) {
      var p = filters(s); p.text = s.text; p.size = 20;
      jobs.push(Z.fetchJson('/api/phrasing?' + Z.queryString(p), signal).then(function (d) { drawPrecedents(s, d, precedents); },
        function (err) { if (!Z.isAbort(err)) Z.show(precedents, Z.errorBox('无法查找先例', err, function () { render(s); })); }));
    }
    if (s.phrase) {
      var v = filters(s); v.phrase = s.phrase;
      jobs.push(Z.fetchJson('/api/phrasing/variants?' + Z.queryString(v), signal).then(function (d) { drawVariants(s, d, variants); },
        function (err) { if (!Z.isAbort(err)) Z.show(variants, Z.errorBox('无法查找不同写法', err, function () { render(s); })); }));
    }
    Promise.all(jobs).then(function () { if (!signal || !signal.aborted) Z.clear(status); });
  }

  function drawPrecedents(s, d, box) {
    Z.clear(box);
    box.appendChild(el('h2', { class: 'panel-title', text: '措辞最接近的句子' }));
    var matches = d.matches || [];
    if (!matches.length) {
      box.appendChild(Z.messageBox('没有找到相近的句子。', ['换一种说法，或去掉筛选条件再试。']));
      return;
    }
    var clauses = Array.isArray(d.clauses) ? d.clauses : [];
    box.appendChild(el('p', { class: 'hint' }, [clauses.length > 1 ? '草稿有 ' + clauses.length + ' 个分句：先看覆盖了几个分句，再看相似度排序；' : '',
      '相似度按字的两两组合计算；', el('span', { class: 'diff', text: '标红' }), '的是草稿里没有的字词。']));
    var ol = el('ol', { class: 'precedents' });
    matches.forEach(function (m) {
      var text = el('p', { class: 'precedent-text' });
      var segs = Array.isArray(m.diff) && m.diff.length ? m.diff : [{ text: m.sentence, same: true }];
      segs.forEach(function (g) {
        text.appendChild(g.same ? el('span', { class: 'same', text: g.text }) : el('mark', { class: 'diff', text: g.text, title: '草稿中没有' }));
      });
      var copyBtn = el('button', { type: 'button', class: 'button copy-button', text: '复制', 'aria-label': '复制这句：' + m.sentence });
      var done = el('span', { class: 'copy-done', role: 'status' });
      copyBtn.addEventListener('click', function () {
        Z.copyText(m.sentence).then(function (ok) { done.textContent = ok ? '已复制' : '复制失败，请手动选择文字'; });
      });
      var path = Array.isArray(m.sectionPath) ? m.sectionPath.join(' › ') : '';
      ol.appendChild(el('li', { class: 'precedent' }, [text, clauses.length > 1 ? drawClauses(m) : null, el('div', { class: 'precedent-meta' }, [
        el('span', { class: 'score', text: '相似度 ' + Math.round((m.score || 0) * 100) + '%' }),
        Z.badges({ year: m.year, region: m.region }),
        el('a', { href: Z.reportHref(m.reportId, null, m.sectionId), text: (m.reportTitle || '报告') + (path ? ' · ' + path : '') }),
        copyBtn, done
      ])]));
    });
    box.appendChild(ol);
  }

  /* Which clauses of the draft the precedent covers: ✓ for each covered one, the others struck through. */
  function drawClauses(m) {
    var cs = Array.isArray(m.clauses) ? m.clauses : [];
    var n = cs.filter(function (c) { return c.covered; }).length;
    var line = el('p', { class: 'precedent-clauses' }, [el('span', { class: 'clause-count', text: '覆盖分句 ' + n + '/' + cs.length + '：' })]);
    cs.forEach(function (c) {
      line.appendChild(el(c.covered ? 'span' : 'del', { class: 'clause ' + (c.covered ? 'clause-covered' : 'clause-missing'),
        text: (c.covered ? '✓ ' : '✗ ') + c.text, title: c.covered ? '这句覆盖了这个分句' : '这句没有覆盖这个分句' }));
    });
    return line;
  }

  function drawVariants(s, d, box) {
    Z.clear(box);
    box.appendChild(el('h2', { class: 'panel-title', text: '“' + (d.phrase || s.phrase) + '”的不同写法' }));
    var vs = d.variants || [];
    if (!vs.length) {
      box.appendChild(Z.messageBox('没有找到这个说法或相近的写法。'));
      return;
    }
    var t = el('table', { class: 'data-table variants' });
    t.appendChild(el('thead', null, [el('tr', null, ['写法', '相似度', '出现次数', '最早年份', '历年分布'].map(function (h) {
      return el('th', { scope: 'col', text: h });
    }))]));
    var body = el('tbody');
    vs.forEach(function (v) {
      var years = v.years || {};
      var keys = Object.keys(years).map(Number).sort(function (a, b) { return a - b; });
      var max = keys.reduce(function (m, k) { return Math.max(m, years[k]); }, 1);
      var spark = el('span', { class: 'variant-years', title: keys.map(function (k) { return k + '年 ' + years[k] + ' 次'; }).join('\n') });
      keys.forEach(function (k) {
        var b = el('span');
        b.style.height = Math.max(2, Math.round(years[k] / max * 24)) + 'px';
        spark.appendChild(b);
      });
      var conc = el('a', { href: '/concordance?' + Z.queryString({ q: v.text }), text: v.text, title: '查看这种写法的语境' });
      body.appendChild(el('tr', null, [el('td', null, [conc]), el('td', { text: Math.round((v.similarity || 0) * 100) + '%' }),
        el('td', { text: Z.formatNumber(v.total) }), el('td', { text: v.firstYear ? String(v.firstYear) : '—' }), el('td', null, [spark])]));
    });
    t.appendChild(body);
    box.appendChild(el('div', { class: 'table-scroll' }, [t]));
  }

  window.addEventListener('popstate', function () { var s = readState(); buildForm(s); render(s); });

  var initial = readState();
  buildForm(initial);
  render(initial);
})();
