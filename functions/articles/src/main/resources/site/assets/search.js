/*
 * Tìm kiếm (/tim-kiem.html?q=&kind=&cursor=): reads /api/search and lists the results. The URL
 * holds the whole state (query, kind, page cursor), so every results page can be shared and the
 * browser's back button returns to the previous page. Matched words are marked with <mark>
 * from the API's [start, end) ranges; the snippet is set as text, never parsed as HTML.
 * No inline styles or scripts (CSP). docs/search.md describes the page and its tests.
 */
(() => {
  'use strict';

  const PAGE_SIZE = 10;
  const SEARCH_PATH = '/tim-kiem.html';
  const section = document.querySelector('[data-widget="search-results"]');
  if (!section) return;

  const form = section.querySelector('.search-form');
  const input = form.querySelector('input[name="q"]');
  const kindSelect = form.querySelector('select[name="kind"]');
  const status = section.querySelector('.search-status');
  const results = section.querySelector('.search-results');
  const pager = section.querySelector('.search-pager');
  const first = section.querySelector('.search-pager-first');
  const next = section.querySelector('.search-pager-next');
  const headerInput = document.querySelector('.site-search-input');
  const initialTitle = document.title;
  const titleSuffix = initialTitle.includes(' | ') ? initialTitle.slice(initialTitle.indexOf(' | ')) : '';

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined) continue;
      if (name === 'class') node.className = value;
      else if (name === 'text') node.textContent = value;
      else node.setAttribute(name, String(value));
    }
    children.forEach((child) => { if (child !== null && child !== undefined) node.append(child); });
    return node;
  }

  const safeHref = (url) => (typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') ? url : null);
  const dayText = (day) => String(day || '').split('-').reverse().join('-');
  /** The query without tone marks or diacritics (đ → d), as the index matches it. */
  const toneless = (text) => text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

  function pageUrl(q, kind, cursor) {
    const params = new URLSearchParams({ q });
    if (kind && kind !== 'all') params.set('kind', kind);
    if (cursor) params.set('cursor', cursor);
    return `${SEARCH_PATH}?${params}`;
  }

  function setStatus(text, kind) {
    status.textContent = text;
    status.classList.toggle('is-error', kind === 'error');
    status.classList.toggle('empty-state', kind === 'empty');
  }

  /** The snippet as text nodes and <mark>s; ranges out of order or bounds are ignored. */
  function marked(snippet, highlights) {
    const p = el('p', { class: 'article-list-summary search-result-snippet' });
    let at = 0;
    for (const range of Array.isArray(highlights) ? highlights : []) {
      const [start, end] = range;
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < at || end <= start || end > snippet.length) continue;
      p.append(snippet.slice(at, start), el('mark', { text: snippet.slice(start, end) }));
      at = end;
    }
    p.append(snippet.slice(at));
    return p;
  }

  function resultItem(item) {
    const href = safeHref(item.url);
    const title = String(item.title || '');
    const kindLabel = item.kind === 'directive' ? 'Văn bản' : 'Tin bài';
    return el('li', { class: 'article-list-item search-result' },
      el('h2', { class: 'article-list-title' }, href ? el('a', { href, text: title }) : title),
      el('p', { class: 'article-list-meta' }, el('span', { class: 'search-result-kind', text: kindLabel }),
        el('time', { datetime: item.date, text: dayText(item.date) })),
      item.snippet ? marked(String(item.snippet), item.highlights) : null);
  }

  function noResults(q, kind) {
    const box = el('div', { class: 'search-empty' });
    const plain = toneless(q);
    const hints = el('ul', { class: 'search-hints' });
    if (plain !== q) {
      hints.append(el('li', { class: 'search-suggestion' }, 'Thử tìm không dấu: ',
        el('a', { href: pageUrl(plain, kind), text: plain })));
    }
    if (/["“”]/.test(q)) {
      const loose = q.replace(/["“”]/g, '');
      hints.append(el('li', { class: 'search-suggestion' }, 'Bỏ dấu ngoặc kép để tìm từng từ: ',
        el('a', { href: pageUrl(loose, kind), text: loose })));
    }
    if (kind && kind !== 'all') {
      hints.append(el('li', { class: 'search-suggestion' }, el('a', { href: pageUrl(q, 'all'), text: 'Tìm trong tất cả nội dung' })));
    }
    hints.append(el('li', {}, 'Dùng ít từ hơn, hoặc kiểm tra lại chính tả.'));
    box.append(hints);
    return box;
  }

  async function show() {
    const params = new URLSearchParams(window.location.search);
    const q = (params.get('q') || '').trim();
    const kind = ['article', 'directive'].includes(params.get('kind')) ? params.get('kind') : 'all';
    const cursor = params.get('cursor');
    input.value = q;
    kindSelect.value = kind;
    if (headerInput) headerInput.value = q;
    pager.hidden = true;
    results.replaceChildren();
    if (!q) {
      setStatus('', '');
      document.title = initialTitle;
      return;
    }
    document.title = `Tìm kiếm: ${q}${titleSuffix}`;
    results.setAttribute('aria-busy', 'true');
    setStatus('Đang tìm…', '');
    const api = new URLSearchParams({ q, kind, limit: String(PAGE_SIZE) });
    if (cursor) api.set('cursor', cursor);
    let response;
    let data = null;
    try {
      response = await fetch(`/api/search?${api}`, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
      data = await response.json();
    } catch (error) {
      response = null;
    }
    results.removeAttribute('aria-busy');
    if (!response || !response.ok || !data || !Array.isArray(data.items)) {
      if (response && response.status === 400) {
        setStatus('Từ khóa hoặc trang kết quả không hợp lệ (tối đa 200 ký tự, 12 từ). Vui lòng sửa lại từ khóa.', 'error');
      } else {
        setStatus('Không tìm được do lỗi kết nối hoặc lỗi máy chủ. Vui lòng thử lại sau.', 'error');
      }
      return;
    }
    if (data.items.length === 0) {
      setStatus(cursor ? 'Không còn kết quả nào nữa.' : `Không tìm thấy kết quả nào cho “${q}”.`, 'empty');
      results.append(noResults(q, kind));
      return;
    }
    setStatus(cursor ? `Các kết quả tiếp theo cho “${q}”.` : `Kết quả tìm kiếm cho “${q}”, phù hợp nhất trước.`, '');
    results.append(el('ol', { class: 'article-list search-result-list' }, ...data.items.map(resultItem)));
    first.href = pageUrl(q, kind);
    first.hidden = !cursor;
    next.hidden = !data.cursor;
    if (data.cursor) next.href = pageUrl(q, kind, data.cursor);
    pager.hidden = !cursor && !data.cursor;
  }

  show();
})();
