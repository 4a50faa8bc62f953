/* 政报搜 — helpers shared by the search page and the report reader.
 * No framework, no build step, no network requests other than to our own /api.
 * Text from the API is always inserted with textContent; the only HTML we ever
 * insert is a search snippet after sanitizeSnippet() has reduced it to text + <em>. */
(function () {
  'use strict';

  /** Creates an element; attrs may hold class, text, and any attribute. Children are nodes or strings. */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'class') node.className = v;
        else if (k === 'text') node.textContent = v;
        else if (k === 'hidden') node.hidden = true;
        else node.setAttribute(k, v === true ? '' : String(v));
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  /** An error carrying the message we show to the user. */
  function ApiError(message, status, param) {
    this.message = message;
    this.status = status;
    this.param = param;
  }
  ApiError.prototype = Object.create(Error.prototype);
  ApiError.prototype.name = 'ApiError';

  /**
   * GETs JSON from our API. Rejects with ApiError whose message is ready to show:
   * the server's Chinese {"message","param"} when it sent one, otherwise a generic text by status.
   */
  function fetchJson(url, signal) {
    return fetch(url, { headers: { 'Accept': 'application/json' }, signal: signal })
      .catch(function (e) {
        if (e && e.name === 'AbortError') throw e;
        throw new ApiError('无法连接到服务器，请检查网络后重试。', 0, null);
      })
      .then(function (res) {
        return res.text().then(function (body) {
          var data = null;
          try { data = body ? JSON.parse(body) : null; } catch (e) { data = null; }
          if (res.ok) {
            if (data === null) throw new ApiError('服务器返回了无法识别的数据。', res.status, null);
            return data;
          }
          // message is the Chinese of the English error (which stays for programs); an old server sends error only
          var msg = data && typeof data.message === 'string' && data.message ? data.message : statusText(res.status);
          var param = data && typeof data.param === 'string' && data.param ? data.param : null;
          throw new ApiError(msg, res.status, param);
        });
      });
  }

  /** What the pages call a parameter the API names (q is 检索词); null for one they do not show. */
  var PARAMS = {
    q: '检索词', year: '年份', region: '地区', type: '报告类型', domain: '工作领域', level: '行政级别',
    cites: '引用文件', page: '页码', size: '每页条数', term: '词语', from: '起始年份', to: '截止年份',
    mode: '度量方式', smooth: '平滑年数', format: '格式', sort: '排序方式', width: '语境宽度', text: '文字',
    phrase: '短语', words: '词表', left: '左侧', right: '右侧'
  };
  function paramName(param) {
    var dot = param.indexOf('.');
    if (dot > 0 && PARAMS[param.slice(0, dot)] && PARAMS[param.slice(dot + 1)]) {
      return PARAMS[param.slice(0, dot)] + '的' + PARAMS[param.slice(dot + 1)];
    }
    return Object.prototype.hasOwnProperty.call(PARAMS, param) ? PARAMS[param] : null;
  }

  function statusText(status) {
    if (status === 400) return '请求有误。';
    if (status === 404) return '未找到。';
    if (status === 503) return '服务暂时不可用（索引可能正在建立），请稍后再试。';
    return '服务器出错（' + status + '）。';
  }

  /** A message box for an error: the text, the offending parameter, and a retry button when useful. */
  function errorBox(title, err, onRetry) {
    var detail = err instanceof ApiError ? err.message : '发生了意外错误。';
    var box = el('div', { class: 'message message-error', role: 'alert' }, [
      el('p', { class: 'message-title', text: title }),
      el('p', { text: detail })
    ]);
    if (err instanceof ApiError && err.param && paramName(err.param)) {
      box.appendChild(el('p', { class: 'message-note', text: '出错的参数：' + paramName(err.param) }));
    }
    if (onRetry && (!(err instanceof ApiError) || err.status === 0 || err.status >= 500)) {
      var b = el('button', { type: 'button', class: 'button', text: '重试' });
      b.addEventListener('click', onRetry);
      box.appendChild(b);
    }
    return box;
  }

  function messageBox(title, lines) {
    var box = el('div', { class: 'message' }, [el('p', { class: 'message-title', text: title })]);
    (lines || []).forEach(function (l) { box.appendChild(el('p', { text: l })); });
    return box;
  }

  function loadingBox(text) {
    return el('div', { class: 'loading' }, [el('span', { class: 'spinner', 'aria-hidden': 'true' }), text]);
  }

  /** "广西 · 南宁市 · 青秀区" from {province, city, county}; any part may be null. */
  function regionText(region) {
    if (!region) return '';
    var parts = [];
    [region.province, region.city, region.county].forEach(function (p) {
      if (typeof p === 'string' && p.trim() && parts.indexOf(p.trim()) < 0) parts.push(p.trim());
    });
    return parts.join(' · ');
  }

  /** Year / region / type badges; missing values are left out. */
  function badges(item) {
    var list = el('span', { class: 'badges' });
    if (item.year !== null && item.year !== undefined && item.year !== '') {
      list.appendChild(el('span', { class: 'badge badge-year', text: String(item.year) + '年' }));
    }
    var r = regionText(item.region);
    if (r) list.appendChild(el('span', { class: 'badge badge-region', text: r }));
    if (item.docType) list.appendChild(el('span', { class: 'badge badge-type', text: String(item.docType) }));
    return list;
  }

  /**
   * Reduces a server snippet (already HTML-escaped, matches in <em>) to escaped text plus
   * balanced <em>…</em>. Anything else that looks like markup is escaped, so it shows as text.
   */
  function sanitizeSnippet(html) {
    if (typeof html !== 'string') return '';
    var parts = html.split(/(<\s*\/?\s*em\s*>)/i);
    var out = '';
    var open = false;
    parts.forEach(function (part, i) {
      if (i % 2 === 1) {
        var closing = part.indexOf('/') >= 0;
        if (!closing && !open) { out += '<em>'; open = true; }
        else if (closing && open) { out += '</em>'; open = false; }
        return;
      }
      out += part
        .replace(/&(?!(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});)/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
    });
    if (open) out += '</em>';
    return out;
  }

  /**
   * The words and phrases of a query to highlight in a text: quoted phrases without the quotes
   * and bare words; minus-terms and year=… are left out. Longest first, duplicates removed.
   */
  function queryTerms(q) {
    if (!q) return [];
    var terms = [];
    var re = /(-?)(?:"([^"]*)"?|“([^”]*)”?|(\S+))/g;
    var m;
    while ((m = re.exec(q)) !== null) {
      if (m[1]) continue; // -exclude or -"phrase"
      var t = m[2] !== undefined ? m[2] : m[3] !== undefined ? m[3] : m[4];
      if (t === undefined) continue;
      if (m[4] !== undefined && /^(year|region|type)[=:]/i.test(t)) continue;
      t = t.replace(/["“”]/g, '').trim();
      if (t && terms.indexOf(t) < 0) terms.push(t);
    }
    terms.sort(function (a, b) { return b.length - a.length; });
    return terms;
  }

  function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  /** Only http(s) links from the data become hrefs. */
  function safeUrl(u) {
    if (typeof u !== 'string') return null;
    return /^https?:\/\//i.test(u.trim()) ? u.trim() : null;
  }

  function isTyping(e) {
    var t = e.target;
    if (!t || !t.tagName) return false;
    var tag = t.tagName.toLowerCase();
    return tag === 'input' || tag === 'textarea' || tag === 'select' || t.isContentEditable;
  }

  function reportHref(id, q, sectionId) {
    var href = '/report/' + encodeURIComponent(id);
    if (q) href += '?q=' + encodeURIComponent(q);
    if (sectionId !== null && sectionId !== undefined && sectionId !== '') href += '#' + encodeURIComponent(sectionId);
    return href;
  }

  function formatNumber(n) {
    return typeof n === 'number' ? n.toLocaleString('zh-CN') : String(n === undefined || n === null ? 0 : n);
  }

  // ---- shared by the analysis pages (trend, compare, concordance, phrasing) ----------------

  /** The filters every analysis endpoint takes, with their Chinese labels and hints. */
  var FILTERS = [
    { key: 'year', label: '年份', hint: '2015 或 2010-2020' },
    { key: 'region', label: '地区', hint: '全国、广东、漯河市…', list: 'province' },
    { key: 'type', label: '类型', hint: '政府工作报告…', list: 'type' },
    { key: 'domain', label: '领域', hint: '生态环境、就业…', list: 'domain' }
  ];

  var optionsLoaded = null;

  /** Fills <datalist id="zbs-dl-province|type|domain"> once from the search facets over the whole corpus. */
  function loadFilterOptions() {
    if (optionsLoaded) return optionsLoaded;
    optionsLoaded = fetchJson('/api/search?year=1000-2999&size=1').then(function (d) {
      var f = d.facets || {};
      ['province', 'type', 'domain'].forEach(function (k) {
        var dl = document.getElementById('zbs-dl-' + k);
        if (!dl) {
          dl = el('datalist', { id: 'zbs-dl-' + k });
          document.body.appendChild(dl);
        }
        clear(dl);
        (f[k] || []).forEach(function (v) { dl.appendChild(el('option', { value: String(v.value) })); });
      });
      return f;
    }, function () { return {}; });   // the inputs still work as free text
    return optionsLoaded;
  }

  /**
   * Labelled inputs for the filters; prefix ('' or 'left.' …) names them as the URL does.
   * keys limits them (default: all). Returns the fieldset; read values back with readFilters(form, prefix).
   */
  function filterFields(prefix, values, legend, keys) {
    var fs = el('fieldset', { class: 'filter-fields' }, [legend ? el('legend', { text: legend }) : null]);
    FILTERS.forEach(function (f) {
      if (keys && keys.indexOf(f.key) < 0) return;
      var id = 'ui-f-' + (prefix || '').replace(/\W/g, '') + f.key;
      fs.appendChild(el('label', { class: 'field', for: id }, [
        el('span', { class: 'field-label', text: f.label }),
        el('input', { id: id, name: prefix + f.key, type: 'text', autocomplete: 'off', placeholder: f.hint,
          list: f.list ? 'zbs-dl-' + f.list : null, value: values && values[prefix + f.key] ? values[prefix + f.key] : null })
      ]));
    });
    loadFilterOptions();
    return fs;
  }

  /** The filter values of a form as {key: value}, blanks left out. */
  function readFilters(form, prefix) {
    var out = {};
    FILTERS.forEach(function (f) {
      var input = form.elements[prefix + f.key];
      var v = input && input.value ? input.value.trim() : '';
      if (v) out[prefix + f.key] = v;
    });
    return out;
  }

  /** Query string from an object; arrays become repeated parameters; blanks are left out. */
  function queryString(obj) {
    var p = new URLSearchParams();
    Object.keys(obj).forEach(function (k) {
      var v = obj[k];
      (Array.isArray(v) ? v : [v]).forEach(function (x) {
        if (x !== null && x !== undefined && String(x).trim() !== '') p.append(k, String(x).trim());
      });
    });
    return p.toString();
  }

  /** Puts a page's state in the address bar (pushState unless it is already there). */
  function pushState(path, obj) {
    var qs = queryString(obj);
    var url = path + (qs ? '?' + qs : '');
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
    return url;
  }

  /** Copies text to the clipboard; resolves true when it worked. */
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, function () { return fallbackCopy(text); });
    }
    return Promise.resolve(fallbackCopy(text));
  }

  function fallbackCopy(text) {
    var ta = el('textarea', { class: 'visually-hidden', readonly: true });
    ta.value = text;
    document.body.appendChild(ta);
    ta.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(ta);
    return ok;
  }

  /** Saves a data: or blob URL as a file through a temporary link. */
  function download(href, name) {
    var a = el('a', { href: href, download: name, class: 'visually-hidden' });
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
  }

  /** A small "loading / error / empty" holder: show(node) replaces its content. */
  function show(container, node) {
    clear(container);
    if (node) container.appendChild(node);
  }

  function isAbort(err) { return err && err.name === 'AbortError'; }

  /**
   * Loads an API answer into a page: a loading line in o.status and the old o.out dimmed meanwhile,
   * then o.draw(data) — or, on an error, o.onError() and the message with a retry in o.out. A load
   * aborted by a newer one changes nothing.
   */
  function load(o) {
    show(o.status, loadingBox(o.loading));
    o.out.classList.add('is-stale');
    return fetchJson(o.url, o.signal).then(function (data) {
      clear(o.status);
      o.out.classList.remove('is-stale');
      o.draw(data);
    }, function (err) {
      if (isAbort(err)) return;
      clear(o.status);
      o.out.classList.remove('is-stale');
      if (o.onError) o.onError();
      show(o.out, errorBox(o.failed, err, o.retry));
    });
  }

  window.ZBS = {
    el: el, clear: clear, fetchJson: fetchJson, ApiError: ApiError, errorBox: errorBox,
    messageBox: messageBox, loadingBox: loadingBox, regionText: regionText, badges: badges,
    sanitizeSnippet: sanitizeSnippet, queryTerms: queryTerms, escapeRegExp: escapeRegExp,
    safeUrl: safeUrl, isTyping: isTyping, reportHref: reportHref, formatNumber: formatNumber,
    FILTERS: FILTERS, loadFilterOptions: loadFilterOptions, filterFields: filterFields, readFilters: readFilters,
    queryString: queryString, pushState: pushState, copyText: copyText, download: download, show: show,
    isAbort: isAbort, load: load
  };
})();
