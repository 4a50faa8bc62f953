/* 政报搜 — 新提法 (/first-uses?year=2024&region=全国&type=&domain=): strings a sub-corpus first wrote in a
 * year and kept using, ranked by later uses; each links to its first occurrence and to its trend. */
(function () {
  'use strict';
  var Z = window.ZBS, el = Z.el;

  var form = document.getElementById('ui-form');
  var status = document.getElementById('ui-status');
  var out = document.getElementById('ui-out');
  var inflight = null;
  var KEYS = ['region', 'type', 'domain'];

  function readState() {
    var p = new URLSearchParams(location.search);
    var s = { year: (p.get('year') || '').trim() };
    KEYS.forEach(function (k) { s[k] = (p.get(k) || '').trim(); });
    return s;
  }

  function buildForm(s) {
    Z.clear(form);
    form.appendChild(el('div', { class: 'form-row' }, [
      el('label', { class: 'field', for: 'ui-year' }, [
        el('span', { class: 'field-label', text: '年份' }),
        el('input', { id: 'ui-year', name: 'year', type: 'text', inputmode: 'numeric', autocomplete: 'off',
          value: s.year || null, placeholder: '例如：2024' })
      ])
    ]));
    form.appendChild(Z.filterFields('', s, '范围（例如地区填“全国”只看国务院政府工作报告）', KEYS));
    form.appendChild(el('div', { class: 'form-actions' }, [
      el('button', { type: 'submit', class: 'button button-primary', id: 'ui-run', text: '列出新提法' })
    ]));
  }

  function formState() {
    var s = { year: form.elements.year.value.trim() };
    var f = Z.readFilters(form, '');
    KEYS.forEach(function (k) { s[k] = f[k] || ''; });
    return s;
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var s = formState();
    Z.pushState('/first-uses', s);
    render(s);
  });

  function render(s) {
    if (inflight) inflight.abort();
    inflight = typeof AbortController === 'function' ? new AbortController() : null;
    document.title = (s.year ? s.year + '年 ' : '') + '新提法 — 政报搜';
    if (!s.year) {
      Z.clear(status);
      var box = Z.messageBox('输入一个年份，列出那一年首次出现、之后仍在使用的说法。', []);
      box.appendChild(el('p', null, [el('a', { href: '/first-uses?year=2024&region=' + encodeURIComponent('全国'),
        text: '例如：2024 年国务院政府工作报告的新提法' })]));
      Z.show(out, box);
      return;
    }
    var p = { year: s.year, limit: '100' };
    KEYS.forEach(function (k) { p[k] = s[k]; });
    Z.load({ url: '/api/first-uses?' + Z.queryString(p), signal: inflight && inflight.signal, status: status, out: out,
      loading: '正在比较各年的文字…', failed: '无法列出新提法',
      draw: function (d) { draw(s, d); }, retry: function () { render(s); } });
  }

  function draw(s, d) {
    Z.clear(out);
    var entries = d.entries || [];
    if (!entries.length) {
      out.appendChild(Z.messageBox(s.year + ' 年没有此后仍在使用的新说法。', ['换一个年份，或放宽范围（地区、类型）。']));
      return;
    }
    out.appendChild(el('p', { class: 'result-count' }, [s.year + ' 年首次出现、此后仍在使用的说法 ',
      el('strong', { text: Z.formatNumber(entries.length) }), ' 条，按此后使用次数排列']));
    var t = el('table', { class: 'first-uses', id: 'ui-first-uses' });
    t.appendChild(el('thead', null, [el('tr', null, [
      el('th', { scope: 'col', text: '说法' }),
      el('th', { scope: 'col', class: 'num', text: '当年' }),
      el('th', { scope: 'col', class: 'num', text: '此后' }),
      el('th', { scope: 'col', class: 'num', text: '此后年数' }),
      el('th', { scope: 'col', text: '最近一年' }),
      el('th', { scope: 'col', text: '首次出现' }),
      el('th', { scope: 'col', text: '趋势' })
    ])]));
    var body = el('tbody');
    entries.forEach(function (e) {
      var trend = { term: e.string };
      KEYS.forEach(function (k) { trend[k] = s[k]; });
      body.appendChild(el('tr', { class: 'first-use' }, [
        el('td', { class: 'first-use-string', text: e.string }),
        el('td', { class: 'num', text: Z.formatNumber(e.usesThatYear) }),
        el('td', { class: 'num', text: Z.formatNumber(e.usesAfter) }),
        el('td', { class: 'num', text: String(e.yearsAfter) }),
        el('td', { text: String(e.lastYear) }),
        el('td', null, [el('a', { class: 'first-use-source', href: Z.reportHref(e.reportId, '"' + e.string + '"', e.sectionId),
          text: e.reportTitle || '报告' })]),
        el('td', null, [el('a', { class: 'first-use-trend', href: '/trend?' + Z.queryString(trend), text: '看趋势' })])
      ]));
    });
    t.appendChild(body);
    out.appendChild(el('div', { class: 'table-scroll' }, [t]));
  }

  window.addEventListener('popstate', function () { var s = readState(); buildForm(s); render(s); });

  var initial = readState();
  buildForm(initial);
  render(initial);
})();
