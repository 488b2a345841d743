/*
 * Reader widgets of the portal, loaded with `defer` on every page. Progressive enhancement: the
 * pages are readable without this file; it fills the mount points the templates leave:
 *   [data-widget="directives"]             the latest directive documents (/data/van-ban-moi-nhat.json)
 *   [data-widget="rating"][data-article-id] stars, average and count, captcha, vote (article pages)
 *   [data-widget="date-search-results"]    the day's articles on /tim-theo-ngay.html?date=YYYY-MM-DD
 *   [data-widget="directive-status"]       a document's legal status, recomputed for today from its dates
 *   [data-widget="directive-list"]         /van-ban/: filters and pages from the API, in shareable URLs
 *   [data-widget="search-results"]         /tim-kiem.html?q=&kind=&cursor=: results of /api/search
 * No globals, no inline styles (the CSP forbids them): state lives in classes and attributes.
 * docs/reader-pages.md describes the widgets and their tests.
 */
(() => {
  'use strict';

  const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000; // Asia/Ho_Chi_Minh is UTC+7 all year
  const DATE_SEARCH_PATH = '/tim-theo-ngay.html';
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const STAR = 'M12 2.5l2.95 6.1 6.55.95-4.75 4.6 1.1 6.5L12 17.6l-5.85 3.05 1.1-6.5L2.5 9.55l6.55-.95z';
  const HALF_STAR = 'M12 2.5V17.6l-5.85 3.05 1.1-6.5L2.5 9.55l6.55-.95z';
  const DIRECTIVES_SHOWN = 10;
  const DIRECTIVE_TITLE_MAX = 80;
  const DAY_PAGE_SIZE = 50;
  const DIRECTIVE_LIST_PATH = '/van-ban/';
  const SEARCH_PATH = '/tim-kiem.html';
  const SEARCH_PAGE_SIZE = 10;

  // ---------- small helpers ----------

  /** An element with attributes ("class", "text" and plain ones) and children. */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children) {
      if (child !== null && child !== undefined && child !== false) node.append(child);
    }
    return node;
  }

  /** A star icon; fill is "full", "half" or "" (the outline colour only). */
  function starIcon(fill) {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', 'star-icon');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const outline = document.createElementNS(SVG_NS, 'path');
    outline.setAttribute('d', STAR);
    svg.append(outline);
    if (fill) {
      const inner = document.createElementNS(SVG_NS, 'path');
      inner.setAttribute('class', 'star-fill');
      inner.setAttribute('d', fill === 'half' ? HALF_STAR : STAR);
      svg.append(inner);
    }
    return svg;
  }

  const pad = (n, width = 2) => String(n).padStart(width, '0');

  /** A Date at UTC midnight for a real calendar day "YYYY-MM-DD", else null. */
  function parseDay(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
    if (!m) return null;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    date.setUTCFullYear(year); // years below 100 are not shifted to 19xx
    const ok = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    return ok ? date : null;
  }

  const isoDay = (date) => `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

  function addDays(day, days) {
    const date = parseDay(day);
    date.setUTCDate(date.getUTCDate() + days);
    return isoDay(date);
  }

  /** "2026-11-24" -> "24-11-2026", as the pages write days. */
  const dayText = (day) => String(day || '').split('-').reverse().join('-');

  const vietnamToday = () => isoDay(new Date(Date.now() + VIETNAM_OFFSET_MS));

  /** "HH:mm" in Vietnam time of an ISO-8601 instant with offset. */
  function vietnamTime(instant) {
    const millis = Date.parse(instant);
    if (Number.isNaN(millis)) return '';
    const local = new Date(millis + VIETNAM_OFFSET_MS);
    return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  }

  /** Vietnamese number writing: 1.234 and 4,3. */
  const formatCount = (n) => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const formatAverage = (n) => (Math.round(n * 10) / 10).toFixed(1).replace('.', ',');

  /** A path on this site, else null. */
  const sitePath = (url) => (typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') ? url : null);

  /** Only site paths and http(s) addresses become links. */
  const safeHref = (url) => sitePath(url) || (typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null);

  /** The elements of a widget, one selector per name: { form: 'form', … } -> { form: <form>, … }. */
  const parts = (root, selectors) =>
    Object.fromEntries(Object.entries(selectors).map(([name, selector]) => [name, root.querySelector(selector)]));

  /** The " | portal" end of the page title, kept when a widget retitles the page. */
  const titleSuffix = () => (document.title.includes(' | ') ? document.title.slice(document.title.indexOf(' | ')) : '');

  /** A live status line; kind "error" or "empty" styles it. */
  const statusSetter = (status) => (text, kind) => {
    status.textContent = text;
    status.classList.toggle('is-error', kind === 'error');
    status.classList.toggle('empty-state', kind === 'empty');
  };

  /** A "first page / next page" pager; each link shows only where it leads elsewhere. */
  function showPager({ pager, first, next }, firstHref, onFirstPage, nextHref) {
    first.hidden = onFirstPage;
    first.href = firstHref;
    next.hidden = !nextHref;
    if (nextHref) next.href = nextHref;
    pager.hidden = first.hidden && next.hidden;
  }

  /** An entry of an article list (day search, search results): linked title, meta line, summary. */
  function articleListItem(className, href, title, meta, summary) {
    return el('li', { class: className },
      el('h2', { class: 'article-list-title' }, href ? el('a', { href, text: title }) : title),
      el('p', { class: 'article-list-meta' }, ...meta),
      summary);
  }

  /**
   * A same-origin JSON request. Resolves to {ok, status, data, retryAfter}; a network failure is
   * status 0. Only an abort rejects.
   */
  async function api(url, { method = 'GET', json, signal } = {}) {
    const init = { method, credentials: 'same-origin', headers: { accept: 'application/json' }, signal };
    if (json !== undefined) {
      init.headers['content-type'] = 'application/json';
      init.body = JSON.stringify(json);
    }
    let response;
    try {
      response = await fetch(url, init);
    } catch (error) {
      if (error && error.name === 'AbortError') throw error;
      return { ok: false, status: 0, data: null, retryAfter: null };
    }
    let data = null;
    try {
      data = await response.json();
    } catch (ignored) {
      data = null; // not JSON (a 404 page, an empty body)
    }
    return { ok: response.ok, status: response.status, data, retryAfter: response.headers.get('retry-after') };
  }

  function retryMessage(retryAfter) {
    const seconds = Math.max(1, Number.parseInt(retryAfter, 10) || 60);
    return `Bạn thao tác quá nhanh, vui lòng thử lại sau ${seconds} giây.`;
  }

  const storage = {
    get(key) {
      try {
        return window.localStorage.getItem(key);
      } catch (ignored) {
        return null; // storage disabled
      }
    },
    set(key, value) {
      try {
        window.localStorage.setItem(key, value);
      } catch (ignored) {
        // storage disabled or full: the server still refuses a second vote
      }
    },
  };

  // ---------- navigation ----------

  function markCurrentNavLink() {
    const here = window.location.pathname.replace(/index\.html$/, '');
    for (const link of document.querySelectorAll('.site-nav-link')) {
      const target = new URL(link.href, window.location.href).pathname;
      if (target === here) link.setAttribute('aria-current', 'page');
      // a section's month pages and articles are "in" its menu entry
      else if (target !== '/' && target.endsWith('/') && here.startsWith(target)) link.setAttribute('aria-current', 'true');
    }
  }

  // ---------- Văn bản chỉ đạo điều hành ----------

  /** Cuts a title past `max` characters at a word boundary and appends "...". */
  function shorten(title, max) {
    const chars = Array.from(title);
    if (chars.length <= max) return title;
    let cut = chars.slice(0, max).join('');
    if (!/\s/.test(chars[max])) {
      const space = cut.search(/\s\S*$/);
      if (space >= max * 0.6) cut = cut.slice(0, space);
    }
    return `${cut.replace(/[\s,;:.\-–—/(]+$/u, '')}...`;
  }

  function directiveItem(item) {
    const title = String(item.title);
    const short = shorten(title, DIRECTIVE_TITLE_MAX);
    // Every link opens an HTML page: the document's own, or the list for a record without one.
    const href = safeHref(item.pageUrl) || DIRECTIVE_LIST_PATH;
    // The visible text may be cut; the tooltip and the accessible name are the whole title.
    const link = el('a', { class: 'directive-link', href, title, 'aria-label': short === title ? null : title }, short);
    const meta = el('p', { class: 'directive-meta' });
    if (item.symbol) {
      meta.append(el('span', { class: 'directive-symbol' }, el('span', { class: 'visually-hidden', text: 'Số ký hiệu: ' }), String(item.symbol)));
    }
    if (parseDay(item.issuedOn)) {
      meta.append(el('span', { class: 'directive-date' }, el('span', { class: 'visually-hidden', text: 'Ngày ban hành: ' }),
        el('time', { datetime: item.issuedOn, text: dayText(item.issuedOn) })));
    }
    const file = /\.(pdf|docx?)$/i.exec(item.attachmentUrl || '');
    if (file) meta.append(el('span', { class: 'directive-file', text: file[1].toUpperCase() }));
    return el('li', { class: 'directive-item' }, link, meta);
  }

  async function initDirectives(box) {
    const body = box.querySelector('.box-body') || box;
    const answer = await api('/data/van-ban-moi-nhat.json');
    const items = answer.ok && answer.data && Array.isArray(answer.data.items)
      ? answer.data.items.filter((item) => item && item.id && item.title)
      : [];
    if (items.length === 0) return; // no snapshot yet: the page's own link stays
    const newestFirst = items
      .map((item, index) => ({ item, index }))
      .sort((a, b) => String(b.item.issuedOn).localeCompare(String(a.item.issuedOn)) || a.index - b.index)
      .map(({ item }) => item);
    const list = el('ul', { class: 'directive-list' }, ...newestFirst.slice(0, DIRECTIVES_SHOWN).map(directiveItem));
    const all = el('p', { class: 'box-more' }, el('a', { href: DIRECTIVE_LIST_PATH, text: 'Xem tất cả' }));
    body.replaceChildren(list, all);
  }

  // ---------- Đánh giá ----------

  function initRating(box) {
    const articleId = box.getAttribute('data-article-id');
    if (!articleId) return;
    const ratingsUrl = `/api/articles/${encodeURIComponent(articleId)}/ratings`;
    const rememberKey = `danh-gia:${articleId}`;
    const body = box.querySelector('.box-body') || box;

    const summaryStars = el('span', { class: 'stars', 'aria-hidden': 'true' });
    const summaryText = el('span', { class: 'rating-summary-text', text: 'Đang tải kết quả đánh giá…' });
    const summary = el('p', { class: 'rating-summary' }, summaryStars, summaryText);

    const radios = [];
    const starItems = [];
    const group = el('div', { class: 'rating-stars' });
    for (let n = 1; n <= 5; n += 1) {
      const id = `danh-gia-sao-${n}`;
      const input = el('input', { type: 'radio', name: 'stars', value: n, id, class: 'rating-star-input' });
      const label = el('label', { for: id, class: 'rating-star-label' }, starIcon(''), el('span', { class: 'visually-hidden', text: `${n} sao` }));
      const star = el('span', { class: 'rating-star' }, input, label);
      radios.push(input);
      starItems.push(star);
      group.append(star);
    }
    const choice = el('span', { class: 'rating-choice', 'aria-hidden': 'true' });
    const fieldset = el('fieldset', { class: 'rating-fieldset' },
      el('legend', { class: 'rating-legend', text: 'Bạn đánh giá bài viết này thế nào?' }),
      el('div', { class: 'rating-row' }, group, choice));

    const captchaImage = el('img', { class: 'captcha-image', alt: 'Ảnh mã xác nhận', width: 200, height: 70, hidden: true });
    const captchaLoading = el('span', { class: 'captcha-loading', text: 'Mã xác nhận sẽ hiện ở đây.' });
    const captchaFrame = el('div', { class: 'captcha-frame' }, captchaImage, captchaLoading);
    const refresh = el('button', { type: 'button', class: 'button button-secondary captcha-refresh', text: 'Đổi mã' });
    const answer = el('input', {
      type: 'text', id: 'danh-gia-ma', name: 'captchaAnswer', class: 'text-input', autocomplete: 'off',
      autocapitalize: 'characters', spellcheck: 'false', maxlength: 12, required: true,
    });
    const captchaId = el('input', { type: 'hidden', name: 'captchaId', value: '' });
    const captcha = el('div', { class: 'captcha', role: 'group', 'aria-label': 'Mã xác nhận' },
      captchaFrame, refresh,
      el('div', { class: 'captcha-answer' }, el('label', { for: 'danh-gia-ma', class: 'field-label', text: 'Nhập các ký tự trong ảnh' }), answer),
      captchaId);
    const submit = el('button', { type: 'submit', class: 'button rating-submit', text: 'Gửi đánh giá' });
    const message = el('p', { class: 'form-message', role: 'status', 'aria-live': 'polite', tabindex: -1 });
    const form = el('form', { class: 'rating-form', novalidate: true },
      fieldset, captcha, submit, message);

    body.replaceChildren(summary, form);

    let preview = 0;
    let busy = false;
    let finished = false;
    let captchaState = 'none'; // none | loading | ready
    let captchaExpires = 0;

    const chosen = () => Number((radios.find((r) => r.checked) || {}).value || 0);

    function paint() {
      const picked = chosen();
      const lit = finished ? picked : preview || picked;
      starItems.forEach((star, i) => {
        star.classList.toggle('is-lit', i < lit);
        star.classList.toggle('is-preview', !finished && preview > 0 && i < preview);
      });
      if (finished) return;
      if (preview && preview !== picked) choice.textContent = `${preview} sao`;
      else choice.textContent = picked ? `Bạn chọn: ${picked}/5 sao` : '';
    }

    /** kind: "ok", "error", "info" or "" (plain). */
    function say(text, kind) {
      message.textContent = text;
      for (const k of ['ok', 'error', 'info']) message.classList.toggle(`is-${k}`, kind === k);
    }

    function renderSummary(data) {
      const count = Number(data && data.count) || 0;
      const average = Number(data && data.average) || 0;
      summaryStars.replaceChildren(...[1, 2, 3, 4, 5].map((i) =>
        starIcon(average >= i - 0.25 ? 'full' : average >= i - 0.75 ? 'half' : '')));
      summaryStars.hidden = count === 0;
      if (count === 0) {
        summaryText.textContent = 'Chưa có lượt đánh giá nào.';
      } else {
        summaryText.replaceChildren(el('span', { class: 'rating-summary-value', text: `${formatAverage(average)}/5` }),
          ` · ${formatCount(count)} lượt đánh giá`);
      }
    }

    async function loadSummary() {
      const result = await api(ratingsUrl);
      if (result.ok) renderSummary(result.data);
      else summaryText.textContent = result.status === 404 ? 'Chưa có lượt đánh giá nào.' : 'Chưa tải được kết quả đánh giá.';
    }

    /** Ends the widget: the reader's stars (if known) shown, nothing more to send. */
    function finish(stars) {
      // the focused control is about to be hidden: keep the reader's place on the message instead
      const hadFocus = form.contains(document.activeElement);
      finished = true;
      preview = 0;
      radios.forEach((radio) => {
        radio.checked = Number(radio.value) === stars;
        radio.disabled = true;
      });
      captcha.hidden = true;
      submit.hidden = true;
      fieldset.hidden = !stars; // a vote whose stars this page does not know shows none
      choice.textContent = stars ? `Bạn đã chọn ${stars}/5 sao.` : '';
      form.classList.add('is-finished');
      paint();
      if (hadFocus) message.focus();
    }

    async function loadCaptcha() {
      captchaState = 'loading';
      refresh.disabled = true;
      captchaLoading.textContent = 'Đang tải mã xác nhận…';
      captchaLoading.hidden = false;
      captchaImage.hidden = true;
      const issued = await api('/api/captchas', { method: 'POST' });
      refresh.disabled = false;
      const image = issued.data && issued.data.image;
      if (issued.status === 201 && typeof image === 'string' && image.startsWith('data:image/png;base64,')) {
        captchaImage.src = image;
        captchaImage.hidden = false;
        captchaLoading.hidden = true;
        captchaId.value = issued.data.captchaId;
        captchaExpires = Date.parse(issued.data.expiresAt) || 0;
        captchaState = 'ready';
        return true;
      }
      captchaState = 'none';
      captchaId.value = '';
      captchaLoading.textContent = 'Chưa tải được mã xác nhận.';
      say(issued.status === 429 ? retryMessage(issued.retryAfter)
        : 'Không tải được mã xác nhận. Bấm “Đổi mã” để thử lại.', 'error');
      return false;
    }

    function ensureCaptcha() {
      if (captchaState === 'none' && !finished) loadCaptcha();
    }

    async function send(event) {
      event.preventDefault();
      if (busy || finished) return;
      const stars = chosen();
      if (!stars) {
        say('Vui lòng chọn số sao.', 'error');
        radios[0].focus();
        return;
      }
      if (captchaState !== 'ready' || !captchaId.value) {
        say('Mã xác nhận chưa sẵn sàng, vui lòng đợi trong giây lát.', 'error');
        ensureCaptcha();
        return;
      }
      if (!answer.value.trim()) {
        say('Vui lòng nhập mã xác nhận.', 'error');
        answer.focus();
        return;
      }
      if (captchaExpires && Date.now() > captchaExpires - 2000) {
        answer.value = '';
        say('Mã xác nhận đã hết hạn. Vui lòng nhập mã mới.', 'error');
        if (await loadCaptcha()) answer.focus();
        return;
      }

      busy = true;
      submit.setAttribute('aria-disabled', 'true');
      say('Đang gửi đánh giá…', '');
      const result = await api(ratingsUrl, {
        method: 'POST',
        json: { stars, captchaId: captchaId.value, captchaAnswer: answer.value.trim() },
      });
      busy = false;
      submit.removeAttribute('aria-disabled');

      if (result.ok) {
        renderSummary(result.data);
        storage.set(rememberKey, String(stars));
        finish(stars);
        say('Cảm ơn bạn đã đánh giá.', 'ok');
      } else if (result.status === 422) {
        answer.value = '';
        say('Mã xác nhận không đúng hoặc đã hết hạn. Vui lòng thử lại.', 'error');
        if (await loadCaptcha()) answer.focus();
      } else if (result.status === 409) {
        storage.set(rememberKey, '0');
        finish(0);
        say('Bạn đã đánh giá bài viết này.', 'info');
        loadSummary();
      } else if (result.status === 429) {
        say(retryMessage(result.retryAfter), 'error');
      } else if (result.status === 400) {
        const fields = ((result.data && result.data.errors) || []).map((e) => e.field);
        if (fields.includes('stars')) say('Vui lòng chọn số sao.', 'error');
        else if (fields.includes('captchaAnswer')) say('Vui lòng nhập mã xác nhận.', 'error');
        else say('Thông tin đánh giá chưa hợp lệ. Vui lòng kiểm tra và thử lại.', 'error');
      } else if (result.status === 404) {
        say('Không tìm thấy bài viết để đánh giá.', 'error');
      } else {
        say('Không gửi được đánh giá do lỗi kết nối hoặc lỗi máy chủ. Vui lòng thử lại sau.', 'error');
      }
    }

    radios.forEach((radio, i) => {
      const star = starItems[i];
      star.addEventListener('pointerenter', () => {
        if (finished) return;
        preview = i + 1;
        paint();
      });
      radio.addEventListener('focus', () => {
        if (finished) return;
        preview = i + 1;
        paint();
      });
      radio.addEventListener('blur', () => {
        preview = 0;
        paint();
      });
      radio.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault(); // Enter chooses, like Space; it does not send the form
        radio.checked = true;
        radio.dispatchEvent(new Event('change', { bubbles: true }));
      });
    });
    group.addEventListener('pointerleave', () => {
      preview = 0;
      paint();
    });
    group.addEventListener('change', () => {
      if (message.classList.contains('is-error')) say('', '');
      paint();
      ensureCaptcha();
    });
    refresh.addEventListener('click', async () => {
      answer.value = '';
      if (await loadCaptcha()) answer.focus();
    });
    form.addEventListener('submit', send);

    const remembered = storage.get(rememberKey);
    if (remembered !== null) {
      const stars = Number(remembered) || 0;
      finish(stars);
      if (stars) choice.textContent = `Bạn đã đánh giá ${stars}/5 sao.`;
      else say('Bạn đã đánh giá bài viết này.', 'info');
    } else {
      // A captcha costs the API a write and counts against the reader's address, so it is asked
      // for only when the widget is on screen or the reader starts using it.
      form.addEventListener('focusin', ensureCaptcha);
      form.addEventListener('pointerenter', ensureCaptcha);
      if ('IntersectionObserver' in window) {
        const observer = new IntersectionObserver((entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            observer.disconnect();
            ensureCaptcha();
          }
        }, { rootMargin: '200px 0px' });
        observer.observe(form);
      } else {
        ensureCaptcha();
      }
    }
    paint();
    loadSummary();
  }

  // ---------- Tìm theo ngày ----------

  function initDateSearch(section) {
    const { form, input, pager, prev, next, status, results } = parts(section, {
      form: 'form', input: 'form input[name="date"]', pager: '.day-pager', prev: '.day-pager-prev',
      next: '.day-pager-next', status: '.date-search-status', results: '.date-search-results',
    });
    const asideForm = document.querySelector('[data-widget="date-search"] form');
    const suffix = titleSuffix();
    const initialTitle = document.title;
    let controller = null;
    let shown = null;

    const pageUrl = (day) => `${DATE_SEARCH_PATH}?date=${day}`;
    const dayFromUrl = () => new URLSearchParams(window.location.search).get('date');

    const setStatus = statusSetter(status);

    function pagerLink(link, day, label) {
      link.href = pageUrl(day);
      link.replaceChildren(el('span', { class: 'day-pager-label', text: label }), ' ',
        el('span', { class: 'day-pager-date', text: `(${dayText(day)})` }));
    }

    const articleItem = (article) => articleListItem('article-list-item', safeHref(article.url), String(article.title || ''),
      [el('time', { datetime: article.publishedAt, text: vietnamTime(article.publishedAt) })],
      article.summary ? el('p', { class: 'article-list-summary', text: String(article.summary) }) : null);

    async function load(day, cursor, list) {
      if (controller) controller.abort();
      controller = new AbortController();
      const { signal } = controller;
      results.setAttribute('aria-busy', 'true');
      if (!cursor) setStatus('Đang tải danh sách bài viết…', '');
      let url = `/api/articles?date=${day}&limit=${DAY_PAGE_SIZE}`;
      if (cursor) url += `&cursor=${encodeURIComponent(cursor)}`;
      let answer;
      try {
        answer = await api(url, { signal });
      } catch (aborted) {
        return; // a newer request replaced this one
      }
      results.removeAttribute('aria-busy');
      const more = results.querySelector('.date-search-more');
      if (more) more.remove();

      if (!answer.ok || !answer.data || !Array.isArray(answer.data.items)) {
        if (!cursor) results.replaceChildren();
        if (answer.status === 400) {
          setStatus('Ngày không hợp lệ hoặc nằm ngoài phạm vi tra cứu. Vui lòng chọn ngày khác.', 'error');
        } else {
          setStatus('Không tải được danh sách bài viết do lỗi kết nối hoặc lỗi máy chủ. Vui lòng thử lại sau.', 'error');
          const retry = el('button', { type: 'button', class: 'button button-secondary date-search-more', text: 'Thử lại' });
          retry.addEventListener('click', () => load(day, cursor, list));
          results.append(retry);
        }
        return;
      }

      const { items, nextCursor } = answer.data;
      if (!cursor && items.length === 0) {
        results.replaceChildren();
        setStatus(`Không có bài viết nào trong ngày ${dayText(day)}.`, 'empty');
        return;
      }
      const target = list || el('ol', { class: 'article-list' });
      target.append(...items.map(articleItem));
      if (!cursor) results.replaceChildren(target);
      const count = target.children.length;
      setStatus(`${nextCursor ? 'Hơn ' : 'Có '}${formatCount(count)} bài viết trong ngày ${dayText(day)}.`, '');
      if (nextCursor) {
        const button = el('button', { type: 'button', class: 'button button-secondary date-search-more', text: 'Xem thêm bài viết' });
        button.addEventListener('click', () => load(day, nextCursor, target));
        results.append(button);
      }
    }

    /** Shows a day; mode is "push" (a reader's choice), "replace" (page load) or "none" (back/forward). */
    function show(day, mode) {
      if (!parseDay(day)) {
        if (controller) controller.abort();
        shown = null;
        pager.hidden = true;
        results.replaceChildren();
        setStatus('Ngày không hợp lệ. Vui lòng chọn lại ngày cần xem.', 'error');
        return;
      }
      input.value = day;
      if (asideForm) asideForm.querySelector('input[name="date"]').value = day;
      const url = pageUrl(day);
      if (mode === 'push' && dayFromUrl() !== day) window.history.pushState({ date: day }, '', url);
      else if (mode === 'replace') window.history.replaceState({ date: day }, '', url);
      document.title = `Tin ngày ${dayText(day)}${suffix}`;
      pagerLink(prev, addDays(day, -1), 'Ngày trước');
      pagerLink(next, addDays(day, 1), 'Ngày sau');
      next.hidden = day >= vietnamToday();
      pager.hidden = false;
      shown = day;
      load(day, null, null);
    }

    function fromForm(event) {
      event.preventDefault();
      const field = event.currentTarget.querySelector('input[name="date"]');
      if (!field.value) {
        field.reportValidity();
        return;
      }
      show(field.value, 'push');
    }

    form.addEventListener('submit', fromForm);
    if (asideForm) asideForm.addEventListener('submit', fromForm);
    input.addEventListener('change', () => {
      // a date typed segment by segment is complete (and in range) only when valid
      if (input.value && input.validity.valid && input.value !== shown) show(input.value, 'push');
    });
    for (const link of [prev, next]) {
      link.addEventListener('click', (event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        show(new URL(link.href).searchParams.get('date'), 'push');
      });
    }
    window.addEventListener('popstate', () => {
      const day = dayFromUrl();
      if (day) {
        show(day, 'none');
      } else {
        shown = null;
        input.value = '';
        pager.hidden = true;
        results.replaceChildren();
        setStatus('', '');
        document.title = initialTitle;
      }
    });

    const day = dayFromUrl();
    if (day !== null) show(day, 'replace');
  }

  // ---------- Tình trạng hiệu lực, danh sách văn bản ----------

  const DIRECTIVE_STATUS = {
    'chua-co-hieu-luc': 'Chưa có hiệu lực',
    'con-hieu-luc': 'Còn hiệu lực',
    'het-hieu-luc': 'Hết hiệu lực',
  };

  /** The status on a Vietnam day, by the rule of DirectiveStatus.java: ended first, then not yet, else in effect. */
  function directiveStatus(today, effectiveFrom, endsOn) {
    if (endsOn && today >= endsOn) return 'het-hieu-luc';
    return today < effectiveFrom ? 'chua-co-hieu-luc' : 'con-hieu-luc';
  }

  /** Pages are written when a document changes, not when a day passes: the status is recomputed here. */
  function refreshStatus(node, today) {
    const from = node.getAttribute('data-effective-from');
    if (!parseDay(from)) return;
    const key = directiveStatus(today, from, node.getAttribute('data-ends-on') || '');
    node.textContent = DIRECTIVE_STATUS[key];
    node.className = node.className.replace(/\bdirective-status-[a-z-]+/g, '').trim() + ` directive-status-${key}`;
    const asOf = node.parentElement && node.parentElement.querySelector('.directive-status-as-of time');
    if (asOf) {
      asOf.setAttribute('datetime', today);
      asOf.textContent = dayText(today);
    }
  }

  const DIRECTIVE_FILTERS = ['type', 'issuer', 'field', 'year', 'status'];

  function directiveRow(item) {
    const href = safeHref(item.pageUrl) || DIRECTIVE_LIST_PATH;
    const meta = el('p', { class: 'directive-row-meta' });
    if (item.symbol) {
      meta.append(el('span', { class: 'directive-symbol' }, el('span', { class: 'visually-hidden', text: 'Số ký hiệu: ' }), String(item.symbol)));
    }
    if (parseDay(item.issuedOn)) {
      meta.append(el('span', { class: 'directive-date' }, el('span', { class: 'visually-hidden', text: 'Ngày ban hành: ' }),
        el('time', { datetime: item.issuedOn, text: dayText(item.issuedOn) })), ' ');
    }
    if (item.issuerName) meta.append(el('span', { class: 'directive-issuer', text: String(item.issuerName) }), ' ');
    if (DIRECTIVE_STATUS[item.status]) {
      meta.append(el('span', { class: `directive-status directive-status-${item.status}`, text: DIRECTIVE_STATUS[item.status] }));
    }
    return el('li', { class: 'directive-row' },
      el('h2', { class: 'directive-row-title' }, el('a', { href, text: String(item.title || '') })), meta);
  }

  function initDirectiveList(section) {
    const { form, results, status, ...links } = parts(section, {
      form: '.directive-filters', results: '.directive-list-results', status: '.directive-list-status',
      pager: '.directive-pager', first: '.directive-pager .directive-pager-first', next: '.directive-pager .directive-pager-next',
    });
    const { pager, first, next } = links;
    const pageSize = Number(section.getAttribute('data-page-size')) || 20;
    const staticResults = Array.from(results.childNodes);
    const staticCursor = pager.getAttribute('data-next-cursor') || '';
    let controller = null;

    /** The filters and cursor of a URL of this page, only the known ones. */
    function stateOf(url) {
      const params = new URL(url, window.location.href).searchParams;
      const state = {};
      for (const name of [...DIRECTIVE_FILTERS, 'cursor']) {
        const value = (params.get(name) || '').trim();
        if (value) state[name] = value;
      }
      return state;
    }

    function pageUrl(state) {
      const params = new URLSearchParams(state);
      const query = params.toString();
      return query ? `${DIRECTIVE_LIST_PATH}?${query}` : DIRECTIVE_LIST_PATH;
    }

    function fillForm(state) {
      for (const name of DIRECTIVE_FILTERS) {
        const field = form.elements.namedItem(name);
        if (field) field.value = state[name] || '';
      }
    }

    function showPages(state, nextCursor) {
      const { cursor, ...filters } = state;
      showPager(links, pageUrl(filters), !cursor, nextCursor && pageUrl({ ...filters, cursor: nextCursor }));
    }

    async function show(state) {
      fillForm(state);
      if (Object.keys(state).length === 0) { // the first page, as written with the site
        results.replaceChildren(...staticResults);
        status.textContent = '';
        showPages(state, staticCursor);
        return;
      }
      if (controller) controller.abort();
      controller = new AbortController();
      status.textContent = 'Đang tải danh sách văn bản...';
      let answer;
      try {
        answer = await api(`/api/directives?${new URLSearchParams({ ...state, limit: String(pageSize) })}`,
          { signal: controller.signal });
      } catch (error) {
        return; // a newer request replaced this one
      }
      if (!answer.ok || !answer.data || !Array.isArray(answer.data.items)) {
        status.textContent = answer.status === 400
          ? 'Bộ lọc không hợp lệ; hãy kiểm tra năm ban hành hoặc quay về trang đầu.'
          : 'Không tải được danh sách văn bản; hãy thử lại sau.';
        results.replaceChildren();
        showPages({}, '');
        return;
      }
      const items = answer.data.items;
      results.replaceChildren(items.length
        ? el('ol', { class: 'directive-rows' }, ...items.map(directiveRow))
        : el('p', { class: 'empty-state', text: 'Không có văn bản nào phù hợp.' }));
      status.textContent = items.length ? `Đang hiện ${items.length} văn bản.` : '';
      showPages(state, answer.data.nextCursor || '');
    }

    function go(state) {
      const url = pageUrl(state);
      if (url !== window.location.pathname + window.location.search) window.history.pushState(null, '', url);
      show(state);
    }

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const state = {};
      for (const name of DIRECTIVE_FILTERS) {
        const field = form.elements.namedItem(name);
        if (field && field.value.trim()) state[name] = field.value.trim();
      }
      go(state);
    });
    for (const link of [first, next]) {
      link.addEventListener('click', (event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        go(stateOf(link.href));
        section.querySelector('.page-title').scrollIntoView();
      });
    }
    window.addEventListener('popstate', () => show(stateOf(window.location.href)));
    show(stateOf(window.location.href));
  }

  // ---------- Tìm kiếm ----------

  /** The query without tone marks or diacritics (đ → d), as the index matches it. */
  const toneless = (text) => text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

  function searchUrl(q, kind, cursor) {
    const params = new URLSearchParams({ q });
    if (kind && kind !== 'all') params.set('kind', kind);
    if (cursor) params.set('cursor', cursor);
    return `${SEARCH_PATH}?${params}`;
  }

  /** The snippet as text nodes and <mark>s (never parsed as HTML); ranges out of order or bounds are ignored. */
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

  const resultItem = (item) => articleListItem('article-list-item search-result', sitePath(item.url), String(item.title || ''),
    [el('span', { class: 'search-result-kind', text: item.kind === 'directive' ? 'Văn bản' : 'Tin bài' }),
      el('time', { datetime: item.date, text: dayText(item.date) })],
    item.snippet ? marked(String(item.snippet), item.highlights) : null);

  function noResults(q, kind) {
    const box = el('div', { class: 'search-empty' });
    const plain = toneless(q);
    const hints = el('ul', { class: 'search-hints' });
    if (plain !== q) {
      hints.append(el('li', { class: 'search-suggestion' }, 'Thử tìm không dấu: ',
        el('a', { href: searchUrl(plain, kind), text: plain })));
    }
    if (/["“”]/.test(q)) {
      const loose = q.replace(/["“”]/g, '');
      hints.append(el('li', { class: 'search-suggestion' }, 'Bỏ dấu ngoặc kép để tìm từng từ: ',
        el('a', { href: searchUrl(loose, kind), text: loose })));
    }
    if (kind && kind !== 'all') {
      hints.append(el('li', { class: 'search-suggestion' }, el('a', { href: searchUrl(q, 'all'), text: 'Tìm trong tất cả nội dung' })));
    }
    hints.append(el('li', {}, 'Dùng ít từ hơn, hoặc kiểm tra lại chính tả.'));
    box.append(hints);
    return box;
  }

  /** The URL holds the whole state (query, kind, cursor): every results page can be shared, back returns. */
  async function initSearch(section) {
    const { input, kindSelect, status, results, ...links } = parts(section, {
      input: '.search-form input[name="q"]', kindSelect: '.search-form select[name="kind"]', status: '.search-status',
      results: '.search-results', pager: '.search-pager', first: '.search-pager-first', next: '.search-pager-next',
    });
    const headerInput = document.querySelector('.site-search-input');
    const setStatus = statusSetter(status);
    const params = new URLSearchParams(window.location.search);
    const q = (params.get('q') || '').trim();
    const kind = ['article', 'directive'].includes(params.get('kind')) ? params.get('kind') : 'all';
    const cursor = params.get('cursor');
    input.value = q;
    kindSelect.value = kind;
    if (headerInput) headerInput.value = q;
    links.pager.hidden = true;
    results.replaceChildren();
    if (!q) {
      setStatus('', '');
      return;
    }
    document.title = `Tìm kiếm: ${q}${titleSuffix()}`;
    results.setAttribute('aria-busy', 'true');
    setStatus('Đang tìm…', '');
    const query = new URLSearchParams({ q, kind, limit: String(SEARCH_PAGE_SIZE) });
    if (cursor) query.set('cursor', cursor);
    const answer = await api(`/api/search?${query}`);
    results.removeAttribute('aria-busy');
    const data = answer.data;
    if (!answer.ok || !data || !Array.isArray(data.items)) {
      setStatus(answer.status === 400
        ? 'Từ khóa hoặc trang kết quả không hợp lệ (tối đa 200 ký tự, 12 từ). Vui lòng sửa lại từ khóa.'
        : 'Không tìm được do lỗi kết nối hoặc lỗi máy chủ. Vui lòng thử lại sau.', 'error');
      return;
    }
    if (data.items.length === 0) {
      setStatus(cursor ? 'Không còn kết quả nào nữa.' : `Không tìm thấy kết quả nào cho “${q}”.`, 'empty');
      results.append(noResults(q, kind));
      return;
    }
    setStatus(cursor ? `Các kết quả tiếp theo cho “${q}”.` : `Kết quả tìm kiếm cho “${q}”, phù hợp nhất trước.`, '');
    results.append(el('ol', { class: 'article-list search-result-list' }, ...data.items.map(resultItem)));
    showPager(links, searchUrl(q, kind), !cursor, data.cursor && searchUrl(q, kind, data.cursor));
  }

  // ---------- start ----------

  markCurrentNavLink();
  const directives = document.querySelector('[data-widget="directives"]');
  if (directives) initDirectives(directives);
  const rating = document.querySelector('[data-widget="rating"]');
  if (rating) initRating(rating);
  const dateSearch = document.querySelector('[data-widget="date-search-results"]');
  if (dateSearch) initDateSearch(dateSearch);
  const today = vietnamToday();
  for (const node of document.querySelectorAll('[data-widget="directive-status"]')) refreshStatus(node, today);
  const directiveList = document.querySelector('[data-widget="directive-list"]');
  if (directiveList) initDirectiveList(directiveList);
  const search = document.querySelector('[data-widget="search-results"]');
  if (search) initSearch(search);
})();
