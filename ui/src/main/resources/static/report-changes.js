/* 政报搜 — the reader's "与上年相比" tab (/report/{id}?tab=changes): what changed since the author's report
 * of the year before. Kept apart from report.js: it only adds a tab bar and a panel beside the text. */
(function () {
  'use strict';
  var Z = window.ZBS, el = Z.el;
  var box = document.getElementById('ui-report');
  var layout = box && box.querySelector('.reader-layout');
  if (!layout) return;

  var m = /^\/report\/([^\/]+)\/?$/.exec(location.pathname);
  if (!m) return;
  var id;
  try { id = decodeURIComponent(m[1]); } catch (e) { id = m[1]; }

  var textTab = el('button', { type: 'button', role: 'tab', id: 'ui-tab-text', 'aria-selected': 'true', text: '正文' });
  var changesTab = el('button', { type: 'button', role: 'tab', id: 'ui-tab-changes', 'aria-selected': 'false', text: '与上年相比' });
  var bar = el('div', { class: 'report-tabs', role: 'tablist', 'aria-label': '报告视图' }, [textTab, changesTab]);
  var panel = el('section', { id: 'ui-changes', class: 'changes', role: 'tabpanel', 'aria-labelledby': 'ui-tab-changes' });
  var status = el('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  var out = el('div', { id: 'ui-changes-out' });
  panel.appendChild(status);
  panel.appendChild(out);
  panel.hidden = true;
  box.insertBefore(bar, layout);
  box.insertBefore(panel, layout.nextSibling);
  var loaded = false;

  function select(changes) {
    textTab.setAttribute('aria-selected', changes ? 'false' : 'true');
    changesTab.setAttribute('aria-selected', changes ? 'true' : 'false');
    layout.hidden = changes;
    panel.hidden = !changes;
    var p = new URLSearchParams(location.search);
    if (changes) p.set('tab', 'changes'); else p.delete('tab');
    var qs = p.toString();
    history.replaceState(history.state, '', location.pathname + (qs ? '?' + qs : '') + location.hash);
    if (changes && !loaded) { loaded = true; load(); }
  }

  function load() {
    Z.load({ url: '/api/reports/' + encodeURIComponent(id) + '/changes', status: status, out: out,
      loading: '正在与上年报告比较…', failed: '无法比较', draw: draw, retry: load });
  }

  textTab.addEventListener('click', function () { select(false); });
  changesTab.addEventListener('click', function () { select(true); });

  var BADGES = { added: '新增', gone: '删去', reworded: '改写' };

  function outlineList(headings, reportId) {
    var ul = el('ul', { class: 'outline-cmp' });
    headings.forEach(function (h) {
      var li = el('li', { class: 'mark-' + h.mark, 'data-mark': h.mark }, [
        el('a', { href: Z.reportHref(reportId, null, h.sectionId), text: (h.number || '') + (h.title || '') })
      ]);
      li.style.paddingLeft = (6 + 14 * Math.max(0, h.level - 1)) + 'px'; // CSSOM: the CSP forbids style attributes
      if (BADGES[h.mark]) li.appendChild(el('span', { class: 'mark-badge ' + h.mark, text: BADGES[h.mark] }));
      ul.appendChild(li);
    });
    return ul;
  }

  function sentence(f) {
    var s = el('span', { class: 'formulation-sentence' });
    var text = f.sentence || '', at = text.indexOf(f.text);
    if (at < 0) { s.appendChild(document.createTextNode(text)); return s; }
    s.appendChild(document.createTextNode(text.slice(0, at)));
    s.appendChild(el('mark', { text: f.text }));
    s.appendChild(document.createTextNode(text.slice(at + f.text.length)));
    return s;
  }

  function formulationList(list, reportId, listId, count) {
    var ul = el('ul', { class: 'formulations', id: listId });
    list.forEach(function (f) {
      var li = el('li', { 'data-text': f.text }, [
        el('a', { class: 'formulation-text', href: Z.reportHref(reportId, f.text, f.sectionId), text: f.text }),
        el('span', { class: 'formulation-count', text: count(f) })
      ]);
      if (f.firstInCorpus === true) li.appendChild(el('span', { class: 'mark-badge first-corpus', text: '语料库首次' }));
      else if (f.firstForAuthor === true) li.appendChild(el('span', { class: 'mark-badge first-author', text: '本地区首次' }));
      li.appendChild(sentence(f));
      ul.appendChild(li);
    });
    return ul;
  }

  function draw(d) {
    Z.clear(out);
    if (!d.previous) {
      out.appendChild(Z.messageBox('没有可比较的上年报告', [d.note || '']));
      return;
    }
    var prev = d.previous;
    out.appendChild(el('p', { class: 'changes-head' }, ['与 ',
      el('a', { id: 'ui-previous', href: Z.reportHref(prev.id), text: prev.title || '上年报告' }),
      '（' + (prev.year || '') + '）相比：新提法 ' + d.addedTotal + ' 个，不再提及 ' + d.droppedTotal + ' 个，延续 ' + d.continuedTotal + ' 个；'
        + '目录新增 ' + d.outline.added + ' 项、删去 ' + d.outline.gone + ' 项、改写 ' + d.outline.reworded + ' 项。']));
    out.appendChild(el('div', { class: 'changes-outline' }, [
      el('div', null, [el('h3', { text: '今年目录（' + (d.report.year || '') + '）' }), outlineList(d.outline.current, d.report.id)]),
      el('div', null, [el('h3', { text: '上年目录（' + (prev.year || '') + '）' }), outlineList(d.outline.previous, prev.id)])
    ]));
    out.appendChild(el('div', { class: 'changes-lists' }, [
      el('div', null, [el('h3', { text: '新提法' + (d.addedTotal > d.added.length ? '（前 ' + d.added.length + ' 个）' : '') }),
        formulationList(d.added, d.report.id, 'ui-added', function (f) { return f.count + ' 次'; })]),
      el('div', null, [el('h3', { text: '不再提及' + (d.droppedTotal > d.dropped.length ? '（前 ' + d.dropped.length + ' 个）' : '') }),
        formulationList(d.dropped, prev.id, 'ui-dropped', function (f) { return '上年 ' + f.lastYearCount + ' 次'; })])
    ]));
    var chips = el('ul', { class: 'continued-chips', id: 'ui-continued' });
    d.continued.forEach(function (f) {
      var li = el('li', { 'data-text': f.text, title: f.sentence || '' }, [
        el('a', { href: Z.reportHref(d.report.id, f.text, f.sectionId), text: f.text }),
        el('span', { class: 'formulation-count', text: f.lastYearCount + '→' + f.count })
      ]);
      if (f.newLastYear) li.appendChild(el('span', { class: 'mark-badge new-last-year', text: '上年新提法' }));
      chips.appendChild(li);
    });
    out.appendChild(el('h3', { text: '延续的提法（上年新提法在前）' }));
    out.appendChild(chips);
    if (d.targets && d.targets.length) out.appendChild(targetTable(d.targets));
  }

  var CHANGE = { raised: '调高', lowered: '调低', same: '持平', added: '今年新设', dropped: '今年未设' };

  /** This year's expected targets against last year's, one row per indicator, each value with its words as written. */
  function targetTable(rows) {
    var t = el('table', { class: 'target-changes', id: 'ui-target-changes' });
    t.appendChild(el('thead', null, [el('tr', null, [
      el('th', { scope: 'col', text: '指标' }), el('th', { scope: 'col', text: '上年目标' }),
      el('th', { scope: 'col', text: '今年目标' }), el('th', { scope: 'col', text: '变化' })])]));
    var body = el('tbody');
    rows.forEach(function (r) {
      body.appendChild(el('tr', { 'data-indicator': r.indicator, 'data-change': r.change }, [
        el('td', { text: r.indicator }),
        el('td', { text: r.before ? r.before.quote : '—' }),
        el('td', { text: r.now ? r.now.quote : '—' }),
        el('td', { class: 'target-change-' + r.change, text: CHANGE[r.change] || r.change })
      ]));
    });
    t.appendChild(body);
    return el('div', null, [el('h3', { text: '预期目标的变化' }), el('div', { class: 'table-scroll' }, [t])]);
  }

  if (new URLSearchParams(location.search).get('tab') === 'changes') select(true);
})();
