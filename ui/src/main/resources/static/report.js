/* 政报搜 — report reader (/report/{id}?q=…#sectionId). */
(function () {
  'use strict';
  var Z = window.ZBS, el = Z.el;

  var status = document.getElementById('ui-status');
  var box = document.getElementById('ui-report');
  var titleEl = document.getElementById('ui-title');
  var meta = document.getElementById('ui-meta');
  var tree = document.getElementById('ui-outline-tree');
  var outlineNav = document.getElementById('ui-outline');
  var outlineBox = document.getElementById('ui-outline-box');
  var text = document.getElementById('ui-text');
  var hitbar = document.getElementById('ui-hitbar');
  var hitinfo = document.getElementById('ui-hitinfo');
  var input = document.getElementById('ui-q');
  var backLink = document.getElementById('ui-back');

  var q = (new URLSearchParams(location.search).get('q') || '').trim();
  var terms = Z.queryTerms(q);
  var matcher = terms.length ? new RegExp(terms.map(Z.escapeRegExp).join('|'), 'gi') : null;
  var marks = [];
  var current = -1;

  function reportId() {
    var m = /^\/report\/([^\/]+)\/?$/.exec(location.pathname);
    if (!m) return null;
    try { return decodeURIComponent(m[1]); } catch (e) { return m[1]; }
  }

  // ---- loading -------------------------------------------------------------

  function load() {
    var id = reportId();
    input.value = q;
    if (q) backLink.href = '/?q=' + encodeURIComponent(q);
    if (!id) {
      showError(new Z.ApiError('网址中没有报告编号。', 404, null));
      return;
    }
    Z.clear(status);
    status.appendChild(Z.loadingBox('正在载入报告…'));
    Z.fetchJson('/api/reports/' + encodeURIComponent(id)).then(function (r) {
      Z.clear(status);
      render(r);
    }, showError);
  }

  function showError(err) {
    Z.clear(status);
    box.hidden = true;
    var title = err && err.status === 404 ? '找不到这份报告' : '无法载入报告';
    var msg = Z.errorBox(title, err, load);
    msg.appendChild(el('p', null, [el('a', { href: q ? '/?q=' + encodeURIComponent(q) : '/', text: '← 返回搜索' })]));
    status.appendChild(msg);
    document.title = title + ' — 政报搜';
  }

  // ---- rendering -----------------------------------------------------------

  function render(r) {
    var title = r.title || '（无标题报告）';
    document.title = title + ' — 政报搜';
    titleEl.textContent = title;
    if (r.understanding && r.understanding.titleInferred) {
      // the text has no title line (it opens with 各位代表：): say the title is ours, not the author's
      titleEl.appendChild(el('small', { id: 'ui-title-inferred', class: 'title-inferred',
        text: '（标题据正文推断）', title: '原文没有标题行，标题由识别出的地区、年份和类型组成' }));
    }
    renderMeta(r);
    var sections = Array.isArray(r.sections) ? r.sections : [];
    Z.clear(tree);
    var outline = outlineList(sections, 1);
    if (outline) tree.appendChild(outline);
    outlineNav.hidden = !outline;
    Z.clear(text);
    sections.forEach(function (s) { renderSection(s, text); });
    if (!sections.length) text.appendChild(Z.messageBox('这份报告没有正文。'));
    renderExtras(r);
    box.hidden = false;
    if (window.matchMedia && window.matchMedia('(max-width: 860px)').matches) outlineBox.open = false;
    setupHits();
    jumpToHash();
    watchSections();
  }

  function renderMeta(r) {
    Z.clear(meta);
    meta.appendChild(Z.badges(r));
    var dl = el('dl', { class: 'meta-list' });
    if (r.publishedAt) {
      dl.appendChild(el('div', null, [el('dt', { text: '发布日期' }),
        el('dd', null, [el('time', { datetime: String(r.publishedAt), text: formatDate(r.publishedAt) })])]));
    }
    var range = !r.year && r.understanding ? rangeText(r.understanding.yearRange) : null;
    if (range) dl.appendChild(el('div', null, [el('dt', { text: '年份' }), el('dd', { id: 'ui-year-range', text: range })]));
    var src = Z.safeUrl(r.url);
    if (src) {
      dl.appendChild(el('div', null, [el('dt', { text: '来源' }),
        el('dd', null, [el('a', { href: src, rel: 'noopener noreferrer', target: '_blank', class: 'source-url', text: src })])]));
    }
    if (r.understanding && r.understanding.disclosure) disclosureRows(dl, r.understanding.disclosure);
    if (dl.firstChild) meta.appendChild(dl);
    if (r.understanding) meta.appendChild(evidencePanel(r.understanding));
  }

  var DISCLOSURE = [['issuer', '发布机构'], ['writtenAt', '成文日期'], ['documentNumber', '发文字号'],
    ['indexNumber', '索引号'], ['topic', '主题分类'], ['validity', '有效性']];

  /** The page's 政府信息公开 table: each value, with the words the page printed as its title (the evidence). */
  function disclosureRows(dl, d) {
    var quotes = {};
    (d.evidence || []).forEach(function (e) { quotes[e.rule] = e.quote; });
    DISCLOSURE.forEach(function (x) {
      var v = d[x[0]];
      if (v === null || v === undefined || v === '') return;
      var dd = x[0] === 'issuer'
        ? el('dd', null, [el('a', { href: '/?' + Z.queryString({ issuer: v }), text: v, title: '检索这一机构发布的报告' })])
        : el('dd', { text: x[0] === 'writtenAt' ? formatDate(v) : String(v) });
      if (quotes[x[0]]) dd.setAttribute('title', '网页所载：' + quotes[x[0]]);
      dd.setAttribute('data-evidence', quotes[x[0]] || '');
      dl.appendChild(el('div', { class: 'disclosure-' + x[0] }, [el('dt', { text: x[1] }), dd]));
    });
  }

  /** A report that names no year of its own: the years its wording allows, as an estimate, never one year. */
  function rangeText(r) {
    if (!r || !r.from) return null;
    return r.to ? '约' + r.from + '—' + r.to + '年（据用语推断）' : '约' + r.from + '年以后（据用语推断）';
  }

  /** What was read from the report — year, region, type, level — with the evidence for each, and its domains. */
  function evidencePanel(u) {
    var grid = el('div', { class: 'evidence-grid' });
    [['year', '年份'], ['region', '地区'], ['type', '类型'], ['level', '行政级别']].forEach(function (x) {
      var reading = u[x[0]];
      if (!reading) return;
      var v = reading.value;
      var unknown = v === null || v === undefined;
      var shown = unknown ? (x[0] === 'year' && rangeText(u.yearRange)) || '未能确定'
        : (typeof v === 'object' ? Z.regionText(v) : String(v));
      var ul = el('ul');
      (reading.evidence || []).slice(0, 6).forEach(function (e) {
        var quote = e.quote ? '“' + e.quote + '”' : '';
        ul.appendChild(el('li', null, [el('span', { class: 'rule', text: (e.name || '其他依据') + '：' }),
          quote + (e.says ? ' → ' + e.says : '')]));
      });
      grid.appendChild(el('div', { class: 'evidence-item' }, [
        el('h3', { text: x[1] + '：' + shown + '（把握 ' + Math.round((reading.confidence || 0) * 100) + '%）' }), ul]));
    });
    if (u.disclosure && (u.disclosure.evidence || []).length) {
      var table = el('ul');
      u.disclosure.evidence.forEach(function (e) { table.appendChild(el('li', { text: '“' + e.quote + '”' })); });
      grid.appendChild(el('div', { class: 'evidence-item evidence-disclosure' }, [el('h3', { text: '政府信息公开信息（网页所载）' }), table]));
    }
    var panel = el('details', { id: 'ui-evidence', class: 'evidence' }, [el('summary', { text: '识别依据：年份、地区、类型、级别从哪里看出来' }), grid]);
    if (Array.isArray(u.domains) && u.domains.length) {
      var chips = el('p', { class: 'domain-chips' }, [el('span', { class: 'rule', text: '主要领域：' })]);
      u.domains.forEach(function (d) {
        chips.appendChild(el('a', { href: '/?' + Z.queryString({ domain: d.domain }), text: d.domain, title: '检索这一领域的报告章节' }));
      });
      panel.appendChild(chips);
    }
    return panel;
  }

  /**
   * Figures grouped by the sentence they stand in, in order: a sentence holding three figures is one
   * line. A figure without a sentence (an index older than sentences) is a line of its own.
   */
  function figureSentences(figures) {
    var lines = [];
    figures.forEach(function (f) {
      var sentence = typeof f.sentence === 'string' ? f.sentence : '';
      var last = lines[lines.length - 1];
      if (sentence && last && last.sentence === sentence && last.sectionId === f.sectionId) last.figures.push(f);
      else lines.push({ sentence: sentence, sectionId: f.sectionId, figures: [f] });
    });
    return lines;
  }

  /** A sentence with its figures in bold: 国内生产总值<strong>增长5.3%</strong>，城镇新增就业<strong>1256万人</strong>。 */
  function sentenceWithFigures(line) {
    var parts = [], from = 0;
    line.figures.forEach(function (f) {
      var text = f.text || String(f.value);
      var at = line.sentence.indexOf(text, from);
      if (at < 0) { parts.push(el('strong', { text: text })); return; }
      parts.push(line.sentence.slice(from, at), el('strong', { text: text }));
      from = at + text.length;
    });
    parts.push(line.sentence.slice(from));
    return parts;
  }

  /** Cited documents, figures and similar reports, under the text. */
  function renderExtras(r) {
    var old = document.getElementById('ui-extra');
    if (old) old.parentNode.removeChild(old);
    var u = r.understanding || {};
    var extra = el('section', { id: 'ui-extra', class: 'report-extra', 'aria-label': '引用、数字与相似报告' });
    var cites = Array.isArray(u.cites) ? u.cites : [];
    if (cites.length) {
      var cl = el('ul', { class: 'cite-list' });
      cites.forEach(function (c) {
        var name = c.title ? c.title : c.issuer + '〔' + c.year + '〕' + c.number + '号';
        cl.appendChild(el('li', null, [
          el('a', { href: '#' + encodeURIComponent(c.sectionId), text: c.title ? '《' + name + '》' : name }),
          ' ',
          el('a', { href: '/?' + new URLSearchParams({ cites: name }).toString(), class: 'cite-others',
                    title: '引用此文件的所有段落', text: '谁还引用' })
        ]));
      });
      extra.appendChild(el('h2', { text: '引用的文件（' + cites.length + '）' }));
      extra.appendChild(cl);
    }
    // Films, books, plays and newspapers the report names: apart from the documents it cites, and not a cites filter.
    var works = Array.isArray(u.works) ? u.works : [];
    if (works.length) {
      var wl = el('ul', { class: 'cite-list work-list', id: 'ui-works' });
      works.forEach(function (w) {
        wl.appendChild(el('li', null, [el('a', { href: '#' + encodeURIComponent(w.sectionId), text: '《' + w.title + '》' })]));
      });
      extra.appendChild(el('h2', { text: '提到的作品（影视、图书、戏剧、报刊等，' + works.length + '）' }));
      extra.appendChild(wl);
    }
    var figures = Array.isArray(u.figures) ? u.figures : [];
    if (figures.length) {
      var fl = el('ul', { class: 'figure-list', id: 'ui-figures' });
      var lines = figureSentences(figures);
      lines.forEach(function (line, i) {
        fl.appendChild(el('li', { hidden: i >= 12 }, [el('a', { href: '#' + encodeURIComponent(line.sectionId) }, sentenceWithFigures(line))]));
      });
      extra.appendChild(el('h2', { text: '文中的数字（' + figures.length + ' 个，在 ' + lines.length + ' 句中）' }));
      extra.appendChild(fl);
      if (lines.length > 12) {
        var more = el('button', { type: 'button', class: 'link-button', text: '显示全部 ' + lines.length + ' 句' });
        more.addEventListener('click', function () {
          Array.prototype.forEach.call(fl.children, function (li) { li.hidden = false; });
          more.hidden = true;
        });
        extra.appendChild(more);
      }
    }
    var similar = el('div', { id: 'ui-similar' });
    extra.appendChild(el('h2', { text: '相似的报告' }));
    extra.appendChild(similar);
    box.appendChild(extra);
    loadSimilar(r, u, similar);
  }

  /** Reports whose sections share this one's top domains, nearest years first (search on domain and years). */
  function loadSimilar(r, u, node) {
    var domains = (Array.isArray(u.domains) ? u.domains : []).slice(0, 1);
    if (!domains.length) { Z.show(node, el('p', { class: 'side-note', text: '没有识别出主要领域，无法推荐。' })); return; }
    var p = { domain: domains[0].domain, size: 8 };
    if (r.year) p.year = (r.year - 3) + '-' + (r.year + 3);
    Z.show(node, Z.loadingBox('正在查找…'));
    Z.fetchJson('/api/search?' + Z.queryString(p)).then(function (d) {
      var seen = {}, ul = el('ul', { class: 'similar-list' });
      seen[r.id] = true;
      (d.hits || []).forEach(function (h) {
        if (seen[h.reportId]) return;
        seen[h.reportId] = true;
        ul.appendChild(el('li', null, [el('a', { href: Z.reportHref(h.reportId), text: h.reportTitle || '报告' }), ' ', Z.badges(h)]));
      });
      Z.clear(node);
      node.appendChild(el('p', { class: 'side-note', text: '同属“' + domains[0].domain + '”领域' + (r.year ? '、前后三年内' : '') + '的报告：' }));
      node.appendChild(ul.children.length ? ul : el('p', { text: '没有找到。' }));
    }, function (err) {
      Z.show(node, Z.errorBox('无法载入相似报告', err, null));
    });
  }

  /** "2019-01-15" or "2019-01-15T09:00:00Z" → "2019年1月15日"; anything else is shown as given. */
  function formatDate(v) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(v));
    return m ? Number(m[1]) + '年' + Number(m[2]) + '月' + Number(m[3]) + '日' : String(v);
  }

  function headingText(s) {
    var num = (s.number || '').trim(), title = (s.title || '').trim();
    if (!num) return title;
    if (!title) return num;
    return /[、.．)）:：]$/.test(num) ? num + title : num + ' ' + title;
  }

  function hasHeading(s) { return !!((s.number || '').trim() || (s.title || '').trim()); }

  function outlineList(sections, depth) {
    var ul = el('ul', { class: 'outline-list' });
    sections.forEach(function (s) {
      var kids = Array.isArray(s.children) ? s.children : [];
      var sub = kids.length ? outlineList(kids, depth + 1) : null;
      if (!hasHeading(s)) {           // preamble: no entry, but keep any children
        if (sub) Array.prototype.slice.call(sub.children).forEach(function (li) { ul.appendChild(li); });
        return;
      }
      var li = el('li', { class: 'outline-item' });
      var row = el('div', { class: 'outline-row' });
      var link = el('a', { href: '#' + encodeURIComponent(s.id), 'data-section': String(s.id) }, [
        s.number ? el('span', { class: 'outline-num', text: s.number.trim() }) : null,
        el('span', { class: 'outline-title', text: (s.title || '').trim() })
      ]);
      if (sub) {
        var open = depth < 2;
        var t = el('button', { type: 'button', class: 'outline-toggle', 'aria-expanded': open ? 'true' : 'false',
          'aria-label': (open ? '收起 ' : '展开 ') + headingText(s) });
        t.addEventListener('click', function () { setOpen(li, t.getAttribute('aria-expanded') !== 'true'); });
        row.appendChild(t);
        sub.hidden = !open;
      } else {
        row.appendChild(el('span', { class: 'outline-spacer', 'aria-hidden': 'true' }));
      }
      row.appendChild(link);
      li.appendChild(row);
      if (sub) li.appendChild(sub);
      ul.appendChild(li);
    });
    return ul.children.length ? ul : null;
  }

  function setOpen(li, open) {
    var t = li.querySelector(':scope > .outline-row > .outline-toggle');
    var sub = li.querySelector(':scope > ul');
    if (!t || !sub) return;
    t.setAttribute('aria-expanded', open ? 'true' : 'false');
    var label = li.querySelector(':scope > .outline-row > a').textContent;
    t.setAttribute('aria-label', (open ? '收起 ' : '展开 ') + label);
    sub.hidden = !open;
  }

  function renderSection(s, parent) {
    var sec = el('section', { class: 'report-section level-' + Math.min(Number(s.level) || 0, 6) });
    if (s.id !== null && s.id !== undefined && s.id !== '') sec.id = String(s.id);
    if (hasHeading(s)) {
      var level = Math.max(1, Number(s.level) || 1);
      var h = el('h' + Math.min(level + 1, 6), { class: 'section-heading' });
      appendHighlighted(h, headingText(s));
      sec.appendChild(h);
    }
    String(s.text || '').split('\n').forEach(function (para) {
      if (!para.trim()) return;
      var p = el('p');
      appendHighlighted(p, para.trim());
      sec.appendChild(p);
    });
    (Array.isArray(s.children) ? s.children : []).forEach(function (c) { renderSection(c, sec); });
    parent.appendChild(sec);
  }

  /** Appends str to node as text, wrapping literal matches of the query terms in <mark>. */
  function appendHighlighted(node, str) {
    if (!matcher) { node.appendChild(document.createTextNode(str)); return; }
    matcher.lastIndex = 0;
    var last = 0, m;
    while ((m = matcher.exec(str)) !== null) {
      if (!m[0]) { matcher.lastIndex++; continue; }
      if (m.index > last) node.appendChild(document.createTextNode(str.slice(last, m.index)));
      node.appendChild(el('mark', { class: 'hit', text: m[0] }));
      last = m.index + m[0].length;
    }
    if (last < str.length) node.appendChild(document.createTextNode(str.slice(last)));
  }

  // ---- query hits ----------------------------------------------------------

  function setupHits() {
    marks = Array.prototype.slice.call(text.querySelectorAll('mark.hit'));
    current = -1;
    if (!q) { hitbar.hidden = true; return; }
    hitbar.hidden = false;
    var shown = terms.map(function (t) { return '“' + t + '”'; }).join('、');
    document.getElementById('ui-prev').disabled = !marks.length;
    document.getElementById('ui-next').disabled = !marks.length;
    if (!terms.length) hitinfo.textContent = '检索式中没有可在正文中标出的词语。';
    else if (!marks.length) hitinfo.textContent = '正文中没有找到 ' + shown + '（搜索按分词匹配，原文可能用了其他写法）。';
    else updateInfo();
  }

  function updateInfo() {
    var shown = terms.map(function (t) { return '“' + t + '”'; }).join('、');
    hitinfo.textContent = shown + ' 共 ' + marks.length + ' 处' + (current >= 0 ? '，第 ' + (current + 1) + ' 处' : '');
  }

  function goHit(i) {
    if (!marks.length) return;
    if (current >= 0 && marks[current]) marks[current].classList.remove('is-current');
    current = (i + marks.length) % marks.length;
    var m = marks[current];
    m.classList.add('is-current');
    m.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    updateInfo();
  }

  function prefersReducedMotion() {
    return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /** Index of the first hit at or after node, in document order; marks.length if none. */
  function firstHitFrom(node) {
    for (var i = 0; i < marks.length; i++) {
      if (node === marks[i] || (node.compareDocumentPosition(marks[i]) & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY))) return i;
    }
    return marks.length;
  }

  function next() {
    if (current < 0) {   // the first press goes to the first hit below the top of the screen
      for (var i = 0; i < marks.length; i++) if (marks[i].getBoundingClientRect().top > hitbarBottom()) return goHit(i);
      return goHit(0);
    }
    goHit(current + 1);
  }

  function prev() {
    if (current < 0) {
      for (var i = marks.length - 1; i >= 0; i--) if (marks[i].getBoundingClientRect().top < hitbarBottom()) return goHit(i);
      return goHit(marks.length - 1);
    }
    goHit(current - 1);
  }

  function hitbarBottom() { return hitbar.hidden ? 0 : hitbar.getBoundingClientRect().bottom; }

  document.getElementById('ui-next').addEventListener('click', next);
  document.getElementById('ui-prev').addEventListener('click', prev);
  document.addEventListener('keydown', function (e) {
    if (Z.isTyping(e) || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'n' && marks.length) { e.preventDefault(); next(); }
    else if (e.key === 'p' && marks.length) { e.preventDefault(); prev(); }
    else if (e.key === '/') { e.preventDefault(); input.focus(); input.select(); }
  });

  // ---- section jumps ---------------------------------------------------------

  function targetOfHash() {
    if (!location.hash || location.hash.length < 2) return null;
    var raw = location.hash.slice(1), id = raw;
    try { id = decodeURIComponent(raw); } catch (e) { /* keep raw */ }
    return document.getElementById(id) || document.getElementById(raw);
  }

  function jumpToHash() {
    var target = targetOfHash();
    if (!target || !text.contains(target)) return;
    revealInOutline(target.id);
    target.scrollIntoView({ block: 'start' });
    var h = target.querySelector(':scope > .section-heading') || target;
    if (!h.hasAttribute('tabindex')) h.setAttribute('tabindex', '-1');
    h.focus({ preventScroll: true });
    target.classList.add('is-target');
    if (marks.length) {  // the first hit in that section becomes the current one; n goes on from it
      var i = firstHitFrom(target);
      if (i < marks.length && target.contains(marks[i])) goHitQuiet(i);
      else clearHit();   // no hit in it: n and p go from the screen, not from a hit read before the jump (issue 16)
    }
  }

  function clearHit() {
    if (current >= 0 && marks[current]) marks[current].classList.remove('is-current');
    current = -1;
    updateInfo();
  }

  function goHitQuiet(i) {
    if (current >= 0 && marks[current]) marks[current].classList.remove('is-current');
    current = i;
    marks[i].classList.add('is-current');
    updateInfo();
  }

  function revealInOutline(id) {
    Array.prototype.forEach.call(tree.querySelectorAll('a.is-active'), function (a) { a.classList.remove('is-active'); });
    var link = null;
    Array.prototype.some.call(tree.querySelectorAll('a[data-section]'), function (a) {
      if (a.getAttribute('data-section') === id) { link = a; return true; }
      return false;
    });
    if (!link) return;
    link.classList.add('is-active');
    var li = link.closest('li');
    for (var p = li && li.parentElement; p && p !== tree; p = p.parentElement) {
      if (p.tagName === 'LI') setOpen(p, true);
    }
  }

  /** Marks in the outline the section being read (the last heading scrolled up to just under the hit bar). */
  function watchSections() {
    var heads = Array.prototype.slice.call(text.querySelectorAll('section[id] > .section-heading'));
    if (!heads.length) return;
    var pending = false;
    function update() {
      pending = false;
      var line = Math.max(hitbarBottom(), 0) + 48, found = null;
      for (var i = 0; i < heads.length; i++) {
        if (heads[i].getBoundingClientRect().top <= line) found = heads[i]; else break;
      }
      markOutline(found ? found.parentNode.id : null);
    }
    window.addEventListener('scroll', function () {
      if (!pending) { pending = true; window.requestAnimationFrame(update); }
    }, { passive: true });
  }

  /** Marks the outline link of a section, or of its nearest visible ancestor when its branch is collapsed. */
  function markOutline(id) {
    var link = null;
    Array.prototype.some.call(tree.querySelectorAll('a[data-section]'), function (a) {
      if (a.getAttribute('data-section') === id) { link = a; return true; }
      return false;
    });
    while (link && link.offsetParent === null) {
      var li = link.closest('li').parentElement.closest('li');
      link = li ? li.querySelector(':scope > .outline-row > a') : null;
    }
    Array.prototype.forEach.call(tree.querySelectorAll('a.is-active'), function (a) {
      if (a !== link) a.classList.remove('is-active');
    });
    if (link) link.classList.add('is-active');
  }

  window.addEventListener('hashchange', function () {
    Array.prototype.forEach.call(text.querySelectorAll('.is-target'), function (n) { n.classList.remove('is-target'); });
    jumpToHash();
  });

  load();
})();
