// Nordlicht Store web chat: talks to /api/chat (sessions, messages, long-poll, cart).
// Server text is only ever placed with textContent / createTextNode, never as HTML.
(() => {
  'use strict';

  const API = new URL('../api/chat', document.currentScript.src).href;
  const STORAGE_KEY = 'nordlicht.chat.v1';
  const MAX_STORED_ENTRIES = 200;
  const MAX_SLOW_DOWN_WAITS = 10;
  const POLL_WAIT_SECONDS = 20;
  const TYPING_TIMEOUT_MS = 30000;

  const TEXTS = {
    de: {
      status: 'Wir antworten sofort',
      offline: 'Verbindung unterbrochen – neuer Versuch …',
      language: 'Sprache',
      cart: 'Warenkorb',
      cartEmpty: 'Dein Warenkorb ist leer.',
      items: 'Artikel',
      item: 'Artikel',
      qty: 'Menge',
      price: 'Preis',
      total: 'Summe',
      checkout: 'Zur Kasse',
      close: 'Schließen',
      remove: 'Entfernen',
      welcomeTitle: 'Hallo! Wie können wir helfen?',
      welcomeText: 'Frag nach Produkten, deinem Warenkorb oder deiner Bestellung.',
      sneakerSuggestion: 'Sneaker',
      hoodieSuggestion: 'Hoodies',
      categoriesSuggestion: 'Kategorien',
      history: 'Chatverlauf',
      typing: 'Nordlicht schreibt …',
      inputLabel: 'Nachricht',
      placeholder: 'Nachricht schreiben …',
      send: 'Senden',
      notSent: 'Nicht gesendet.',
      retry: 'Erneut senden',
      sessionFailed: 'Der Chat ist gerade nicht erreichbar. Bitte versuch es gleich noch einmal.',
      slowDown: 'Nicht so schnell – deine Nachricht wird in ein paar Sekunden gesendet.',
      you: 'Du',
      bot: 'Nordlicht',
      person: 'Nordlicht-Team',
      paid: 'Bezahlt ✓',
      opensNewTab: '(öffnet in neuem Tab)',
    },
    en: {
      status: 'We reply right away',
      offline: 'Connection lost – retrying …',
      language: 'Language',
      cart: 'Cart',
      cartEmpty: 'Your cart is empty.',
      items: 'items',
      item: 'Item',
      qty: 'Qty',
      price: 'Price',
      total: 'Total',
      checkout: 'Checkout',
      close: 'Close',
      remove: 'Remove',
      welcomeTitle: 'Hi! How can we help?',
      welcomeText: 'Ask about products, your cart or your order.',
      sneakerSuggestion: 'Sneakers',
      hoodieSuggestion: 'Hoodies',
      categoriesSuggestion: 'Categories',
      history: 'Chat history',
      typing: 'Nordlicht is typing …',
      inputLabel: 'Message',
      placeholder: 'Write a message …',
      send: 'Send',
      notSent: 'Not sent.',
      retry: 'Send again',
      sessionFailed: 'The chat is not reachable right now. Please try again in a moment.',
      slowDown: 'Slow down a little – your message will be sent in a few seconds.',
      you: 'You',
      bot: 'Nordlicht',
      person: 'Nordlicht team',
      paid: 'Paid ✓',
      opensNewTab: '(opens in a new tab)',
    },
  };

  const $ = (id) => document.getElementById(id);
  const ui = {
    conversation: $('conversation'),
    messages: $('messages'),
    welcome: $('welcome'),
    typing: $('typing'),
    notice: $('notice'),
    status: $('status'),
    form: $('composer'),
    input: $('chat-input'),
    send: $('chat-send'),
    cartButton: $('cart-button'),
    cartPanel: $('cart-panel'),
    cartClose: $('cart-close'),
    cartEmpty: $('cart-empty'),
    cartTable: $('cart-table'),
    cartLines: $('cart-lines'),
    cartPanelTotal: $('cart-panel-total'),
    cartCount: document.querySelector('[data-testid="cart-count"]'),
    cartTotal: document.querySelector('[data-testid="cart-total"]'),
  };

  const stored = load();
  const state = {
    lang: pickLanguage(stored.lang),
    sessionId: stored.sessionId || null,
    lastId: Number(stored.lastId) || 0,
    entries: Array.isArray(stored.entries) ? stored.entries : [],
    creatingSession: null,
    pollGeneration: 0,
    typingTimer: 0,
    cart: { itemCount: 0, total: '', lines: [] },
  };

  // ---------- storage ----------

  function load() {
    try {
      return JSON.parse(localStorage.getItem(STORAGE_KEY) || '{}') || {};
    } catch {
      return {};
    }
  }

  function save() {
    try {
      const entries = state.entries.slice(-MAX_STORED_ENTRIES);
      localStorage.setItem(STORAGE_KEY, JSON.stringify({
        lang: state.lang, sessionId: state.sessionId, lastId: state.lastId, entries,
      }));
    } catch {
      // Private mode or a full quota: the chat still works, it just does not survive a reload.
    }
  }

  function pickLanguage(storedLang) {
    const fromUrl = new URLSearchParams(location.search).get('lang');
    for (const candidate of [fromUrl, storedLang]) {
      if (candidate === 'de' || candidate === 'en') return candidate;
    }
    return 'de';
  }

  // ---------- helpers ----------

  const t = (key) => TEXTS[state.lang][key] ?? TEXTS.de[key] ?? key;
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  function el(tag, options = {}, children = []) {
    const node = document.createElement(tag);
    if (options.className) node.className = options.className;
    if (options.text != null) node.textContent = String(options.text);
    if (options.testId) node.dataset.testid = options.testId;
    for (const [name, value] of Object.entries(options.attrs || {})) {
      if (value != null) node.setAttribute(name, String(value));
    }
    for (const child of children) {
      if (child) node.append(child);
    }
    return node;
  }

  function uuid() {
    if (crypto.randomUUID) return crypto.randomUUID();
    // randomUUID needs a secure context; getRandomValues does not.
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  /** Only http(s) URLs may become links or images: no javascript:, data: or other schemes from the server. */
  function safeUrl(value) {
    if (typeof value !== 'string' || value === '') return null;
    try {
      const url = new URL(value, location.href);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch {
      return null;
    }
  }

  /** Text with line breaks kept (CSS pre-wrap) and bare http(s) URLs made clickable, built node by node. */
  function textNodes(text) {
    const fragment = document.createDocumentFragment();
    const value = String(text ?? '');
    const pattern = /https?:\/\/[^\s<>"]+/g;
    let last = 0;
    for (const match of value.matchAll(pattern)) {
      let raw = match[0];
      const trailing = raw.match(/[.,;:!?)»“"']+$/);
      if (trailing) raw = raw.slice(0, -trailing[0].length);
      const href = safeUrl(raw);
      if (!href) continue;
      fragment.append(document.createTextNode(value.slice(last, match.index)));
      fragment.append(el('a', { text: raw, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }));
      last = match.index + raw.length;
    }
    fragment.append(document.createTextNode(value.slice(last)));
    return fragment;
  }

  // ---------- language ----------

  function applyLanguage() {
    document.documentElement.lang = state.lang;
    for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
    for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
    for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
    for (const button of document.querySelectorAll('.lang-button')) {
      button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
    }
    renderCart();
  }

  function switchLanguage(lang) {
    if (lang === state.lang) return;
    state.lang = lang;
    save();
    applyLanguage();
    // Without a session there is nobody to tell yet: the session will be created in this language.
    if (state.sessionId) send({ payload: `1:lang:${lang}` });
  }

  // ---------- rendering ----------

  function scrollToEnd() {
    requestAnimationFrame(() => { ui.conversation.scrollTop = ui.conversation.scrollHeight; });
  }

  function showWelcome() {
    ui.welcome.hidden = state.entries.length > 0;
  }

  function removeQuickReplies() {
    for (const node of ui.messages.querySelectorAll('.quick-replies')) node.remove();
  }

  function shopperMessage(entry) {
    const item = el('li', { className: 'message shopper', testId: 'message-shopper' }, [
      el('span', { className: 'visually-hidden', text: `${t('you')}:` }),
      el('div', { className: 'bubble', text: entry.text }),
    ]);
    item.dataset.clientMessageId = entry.clientMessageId;
    return item;
  }

  function botMessage(message, withQuickReplies) {
    // Someone from the shop's team answers in person: their messages carry their name and look different.
    const fromPerson = message.from === 'person';
    const item = el('li', { className: fromPerson ? 'message bot person' : 'message bot', testId: 'message-bot' }, [
      fromPerson
        ? el('span', { className: 'sender', text: t('person') })
        : el('span', { className: 'visually-hidden', text: `${t('bot')}:` }),
    ]);
    item.dataset.messageId = String(message.id);
    const sentAt = message.sentAt ? new Date(message.sentAt) : null;
    const title = sentAt && !Number.isNaN(sentAt.getTime()) ? sentAt.toLocaleString(state.lang) : null;
    for (const part of Array.isArray(message.parts) ? message.parts : []) {
      const node = renderPart(part, withQuickReplies);
      if (node) {
        if (title) node.title = title;
        item.append(node);
      }
    }
    return item;
  }

  function bubble(text) {
    return el('div', { className: 'bubble' }, [textNodes(text)]);
  }

  function renderPart(part, withQuickReplies) {
    if (!part || typeof part !== 'object') return null;
    switch (part.type) {
      case 'text':
        return bubble(part.text);
      case 'carousel':
        return renderCarousel(part.cards);
      case 'quickReplies':
        return renderQuickReplies(part, withQuickReplies);
      case 'link':
        return renderLink(part);
      case 'cart':
        return renderCartPart(part);
      default:
        // A part type this page does not know yet: show its text if it has any.
        return typeof part.text === 'string' ? bubble(part.text) : null;
    }
  }

  function renderCarousel(cards) {
    const list = el('ul', { className: 'carousel', attrs: { role: 'list' } });
    for (const card of Array.isArray(cards) ? cards : []) {
      const image = safeUrl(card.imageUrl);
      const placeholder = () => el('div', {
        className: 'card-image placeholder', text: String(card.title ?? '').trim().charAt(0), attrs: { 'aria-hidden': 'true' },
      });
      let media = placeholder();
      if (image) {
        media = el('img', { className: 'card-image', attrs: { src: image, alt: card.title ?? '', loading: 'lazy', width: 220, height: 165 } });
        // A missing picture should not leave a broken-image icon on the card.
        media.addEventListener('error', (event) => event.target.replaceWith(placeholder()), { once: true });
      }
      const actions = el('div', { className: 'card-actions' });
      (Array.isArray(card.actions) ? card.actions : []).forEach((action, index) => {
        const node = renderAction(action, card, index === 0);
        if (node) actions.append(node);
      });
      list.append(el('li', { className: 'card', testId: 'product-card' }, [
        media,
        el('div', { className: 'card-body' }, [
          el('h3', { className: 'card-title', text: card.title }),
          card.subtitle ? el('p', { className: 'card-subtitle', text: card.subtitle }) : null,
          card.price ? el('p', { className: 'card-price', text: card.price }) : null,
        ]),
        actions,
      ]));
    }
    return list;
  }

  function renderAction(action, card, primary) {
    const className = `card-action${primary ? ' primary' : ''}`;
    if (action.payload) {
      const button = el('button', { className, text: action.title, testId: 'card-action', attrs: { type: 'button' } });
      button.addEventListener('click', () => send({ payload: action.payload, display: `${action.title}: ${card.title}` }));
      return button;
    }
    const href = safeUrl(action.url);
    if (!href) return null;
    return el('a', {
      className, text: action.title, testId: 'card-action',
      attrs: { href, target: '_blank', rel: 'noopener noreferrer' },
    });
  }

  function renderQuickReplies(part, active) {
    const fragment = document.createDocumentFragment();
    if (part.text) fragment.append(bubble(part.text));
    const options = Array.isArray(part.options) ? part.options : [];
    if (active && options.length) {
      const chips = el('div', { className: 'chips quick-replies', attrs: { role: 'group' } });
      for (const option of options) {
        const chip = el('button', { className: 'chip', text: option.title, testId: 'quick-reply', attrs: { type: 'button' } });
        chip.addEventListener('click', () => send({ payload: option.payload, display: option.title }));
        chips.append(chip);
      }
      fragment.append(chips);
    }
    const wrapper = el('div', { className: 'part quick-replies-part' });
    wrapper.append(fragment);
    return wrapper;
  }

  function renderLink(part) {
    const href = safeUrl(part.url);
    const wrapper = el('div', { className: 'link-part' });
    if (part.text) wrapper.append(bubble(part.text));
    if (href) {
      const link = el('a', {
        className: 'link-button', text: part.title || href,
        attrs: { href, target: '_blank', rel: 'noopener noreferrer' },
      }, [el('span', { className: 'visually-hidden', text: ` ${t('opensNewTab')}` })]);
      if (part.orderNumber) link.dataset.order = String(part.orderNumber);
      wrapper.append(link);
    }
    return wrapper;
  }

  function renderCartPart(part) {
    const wrapper = el('div', { className: 'cart-part' });
    const lines = Array.isArray(part.lines) ? part.lines : [];
    // The text lists the lines for channels without tables; here the table does, so only its heading is shown.
    const heading = typeof part.text === 'string' ? (lines.length ? part.text.split('\n')[0] : part.text) : '';
    if (heading) wrapper.append(el('p', {}, [textNodes(heading)]));
    if (lines.length) {
      const body = el('tbody');
      for (const line of lines) {
        const cell = el('td', {}, [document.createTextNode(line.title ?? '')]);
        if (line.removePayload) {
          const remove = el('button', {
            className: 'remove', text: t('remove'),
            attrs: { type: 'button', 'aria-label': `${t('remove')}: ${line.title ?? ''}` },
          });
          remove.dataset.payload = line.removePayload;
          remove.addEventListener('click', () => send({ payload: line.removePayload, display: `${t('remove')}: ${line.title}` }));
          cell.append(' ', remove);
        }
        body.append(el('tr', {}, [
          cell,
          el('td', { className: 'num', text: line.quantity }),
          el('td', { className: 'num', text: line.lineTotal }),
        ]));
      }
      wrapper.append(el('table', { className: 'cart-table' }, [
        el('thead', {}, [el('tr', {}, [
          el('th', { text: t('item'), attrs: { scope: 'col' } }),
          el('th', { className: 'num', text: t('qty'), attrs: { scope: 'col' } }),
          el('th', { className: 'num', text: t('price'), attrs: { scope: 'col' } }),
        ])]),
        body,
        el('tfoot', {}, [el('tr', {}, [
          el('th', { text: t('total'), attrs: { scope: 'row', colspan: 2 } }),
          el('td', { className: 'num', text: part.total }),
        ])]),
      ]));
    }
    return wrapper;
  }

  function appendEntry(entry, persist = true) {
    if (persist) {
      state.entries.push(entry);
      save();
    }
    showWelcome();
    // Like in the messengers, quick replies only belong to the newest message.
    if (entry.kind === 'bot') removeQuickReplies();
    const node = entry.kind === 'shopper' ? shopperMessage(entry) : botMessage(entry.message, true);
    ui.messages.append(node);
    scrollToEnd();
    return node;
  }

  function restoreTranscript() {
    const entries = state.entries;
    entries.forEach((entry, index) => {
      const node = entry.kind === 'shopper'
        ? shopperMessage(entry)
        : botMessage(entry.message, index === entries.length - 1);
      ui.messages.append(node);
    });
    showWelcome();
    scrollToEnd();
  }

  function showTyping() {
    ui.typing.hidden = false;
    clearTimeout(state.typingTimer);
    state.typingTimer = setTimeout(hideTyping, TYPING_TIMEOUT_MS);
    scrollToEnd();
  }

  function hideTyping() {
    clearTimeout(state.typingTimer);
    ui.typing.hidden = true;
  }

  function setOnline(online) {
    ui.status.textContent = online ? t('status') : t('offline');
    ui.status.classList.toggle('offline', !online);
  }

  function showNotice(text) {
    ui.notice.textContent = text;
    ui.notice.hidden = !text;
  }

  // ---------- cart ----------

  function renderCart() {
    const { itemCount, total, lines } = state.cart;
    ui.cartCount.textContent = String(itemCount);
    ui.cartTotal.textContent = itemCount > 0 ? total : '';
    ui.cartButton.setAttribute('aria-label', itemCount > 0
      ? `${t('cart')}: ${itemCount} ${t('items')}, ${total}`
      : `${t('cart')}: ${t('cartEmpty')}`);
    ui.cartEmpty.hidden = lines.length > 0;
    ui.cartTable.hidden = lines.length === 0;
    ui.cartLines.replaceChildren(...lines.map((line) => el('tr', {}, [
      el('td', { text: line.title }),
      el('td', { className: 'num', text: line.quantity }),
      el('td', { className: 'num', text: line.lineTotal }),
    ])));
    ui.cartPanelTotal.textContent = total;
    retireStaleButtons();
  }

  // Buttons that no longer apply are disabled: removing a line that is gone, paying an order that is paid.
  function retireStaleButtons() {
    const current = new Set(state.cart.lines.map((line) => line.removePayload));
    for (const button of ui.messages.querySelectorAll('button.remove[data-payload]')) {
      button.disabled = !current.has(button.dataset.payload);
    }
    const paid = new Set();
    for (const entry of state.entries) {
      for (const part of entry.message?.parts ?? []) {
        if (part && part.type === 'receipt' && part.orderNumber) paid.add(String(part.orderNumber));
      }
    }
    for (const link of ui.messages.querySelectorAll('a.link-button[data-order]')) {
      if (!paid.has(link.dataset.order)) continue;
      const done = el('span', { className: 'link-button retired', text: t('paid'), attrs: { 'aria-disabled': 'true' } });
      link.replaceWith(done);
    }
  }

  async function refreshCart() {
    if (!state.sessionId) return;
    try {
      const response = await request(`/sessions/${encodeURIComponent(state.sessionId)}/cart`);
      if (!response.ok) return;
      const cart = await response.json();
      const previous = state.cart.itemCount;
      state.cart = {
        itemCount: Number(cart.itemCount) || 0,
        total: typeof cart.total === 'string' ? cart.total : '',
        lines: Array.isArray(cart.lines) ? cart.lines : [],
      };
      renderCart();
      if (state.cart.itemCount !== previous) {
        ui.cartCount.classList.remove('bump');
        void ui.cartCount.offsetWidth; // restart the animation
        ui.cartCount.classList.add('bump');
      }
    } catch {
      // The badge just stays as it was; the next bot message refreshes it again.
    }
  }

  function toggleCartPanel(open) {
    ui.cartPanel.hidden = !open;
    ui.cartButton.setAttribute('aria-expanded', String(open));
    if (open) ui.cartClose.focus();
  }

  // ---------- server ----------

  async function request(path, { method = 'GET', body, timeoutMs = 15000 } = {}) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      return await fetch(API + path, {
        method,
        headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
        cache: 'no-store',
        credentials: 'same-origin',
      });
    } finally {
      clearTimeout(timer);
    }
  }

  function ensureSession() {
    if (state.sessionId) return Promise.resolve(state.sessionId);
    state.creatingSession ??= (async () => {
      try {
        const response = await request('/sessions', { method: 'POST', body: { language: state.lang } });
        if (response.status === 429) throw new SlowDown(retryAfterMs(response));
        if (!response.ok) throw new Error(`session: HTTP ${response.status}`);
        const data = await response.json();
        if (!data || typeof data.sessionId !== 'string') throw new Error('session: no id');
        state.sessionId = data.sessionId;
        state.lastId = 0;
        save();
        startPolling();
        return state.sessionId;
      } finally {
        state.creatingSession = null;
      }
    })();
    return state.creatingSession;
  }

  /** The server no longer knows our session (e.g. it expired): start a fresh one on the next message. */
  function forgetSession() {
    state.sessionId = null;
    state.lastId = 0;
    state.pollGeneration++;
    state.cart = { itemCount: 0, total: '', lines: [] };
    renderCart();
    save();
  }

  /** The server asked us to slow down (429): how long to wait, from Retry-After (seconds), 1–60 s. */
  function retryAfterMs(response) {
    const seconds = Number(response.headers.get('Retry-After'));
    return Math.min(60, Math.max(1, Number.isFinite(seconds) ? seconds : 5)) * 1000;
  }

  class SlowDown extends Error {
    constructor(waitMs) {
      super('slow down');
      this.waitMs = waitMs;
    }
  }

  /** Posts one shopper turn; retries transient failures with the same clientMessageId (the server de-duplicates). */
  async function deliver(body) {
    let slowDowns = 0;
    for (let attempt = 0; attempt < 5; attempt++) {
      if (attempt > 0) await sleep(Math.min(8000, 600 * 2 ** (attempt - 1)));
      try {
        const sessionId = await ensureSession();
        const response = await request(`/sessions/${encodeURIComponent(sessionId)}/messages`, { method: 'POST', body });
        if (response.ok) return true;
        if (response.status === 404) {
          forgetSession();
          continue;
        }
        if (response.status === 429) throw new SlowDown(retryAfterMs(response));
        const transient = response.status >= 500 || response.status === 408;
        if (!transient) return false;
      } catch (error) {
        // Too fast: say so kindly, wait as long as the server asks and send the same message again.
        if (error instanceof SlowDown && slowDowns < MAX_SLOW_DOWN_WAITS) {
          slowDowns++;
          showNotice(t('slowDown'));
          await sleep(error.waitMs);
          attempt--;
        }
        // Otherwise a network error or timeout: try again.
      }
    }
    return false;
  }

  async function send({ text, payload, display }) {
    const clientMessageId = uuid();
    const body = payload ? { clientMessageId, payload, language: state.lang } : { clientMessageId, text, language: state.lang };
    removeQuickReplies();
    let node = null;
    if (display ?? text) {
      node = appendEntry({ kind: 'shopper', text: display ?? text, clientMessageId });
    }
    showTyping();
    await deliverOrOfferRetry(body, node);
  }

  async function deliverOrOfferRetry(body, node) {
    if (await deliver(body)) {
      showNotice('');
      return;
    }
    hideTyping();
    if (!node) {
      showNotice(t('sessionFailed'));
      return;
    }
    node.classList.add('failed');
    const retry = el('button', { className: 'retry-button', text: t('retry'), attrs: { type: 'button' } });
    const meta = el('div', { className: 'message-meta' }, [el('span', { text: t('notSent') }), retry]);
    retry.addEventListener('click', async () => {
      meta.remove();
      node.classList.remove('failed');
      showTyping();
      await deliverOrOfferRetry(body, node);
    });
    node.append(meta);
  }

  function startPolling() {
    const generation = ++state.pollGeneration;
    poll(generation);
  }

  async function poll(generation) {
    let failures = 0;
    while (generation === state.pollGeneration && state.sessionId) {
      const started = Date.now();
      try {
        const path = `/sessions/${encodeURIComponent(state.sessionId)}/messages?after=${state.lastId}&waitSeconds=${POLL_WAIT_SECONDS}`;
        const response = await request(path, { timeoutMs: (POLL_WAIT_SECONDS + 15) * 1000 });
        if (generation !== state.pollGeneration) return;
        // 404/400: the server does not know (or no longer accepts) this session id; the next message starts a new one.
        if (response.status === 404 || response.status === 400) {
          forgetSession();
          return;
        }
        if (!response.ok) throw new Error(`poll: HTTP ${response.status}`);
        const data = await response.json();
        if (generation !== state.pollGeneration) return;
        failures = 0;
        setOnline(true);
        receive(Array.isArray(data?.messages) ? data.messages : []);
        // A server that answers at once with nothing must not turn this into a busy loop.
        if (Date.now() - started < 500) await sleep(1000);
      } catch {
        if (generation !== state.pollGeneration) return;
        failures++;
        setOnline(false);
        const backoff = Math.min(30000, 1000 * 2 ** Math.min(failures - 1, 5));
        await sleep(backoff / 2 + Math.random() * backoff / 2);
      }
    }
  }

  function receive(messages) {
    const fresh = messages
      .filter((m) => m && Number.isFinite(m.id) && m.id > state.lastId)
      .sort((a, b) => a.id - b.id);
    if (fresh.length === 0) return;
    for (const message of fresh) {
      state.lastId = message.id;
      appendEntry({ kind: 'bot', message: { id: message.id, parts: message.parts, sentAt: message.sentAt, from: message.from } });
    }
    save();
    hideTyping();
    refreshCart();
  }

  // ---------- wiring ----------

  function updateSendButton() {
    ui.send.disabled = ui.input.value.trim() === '';
  }

  ui.input.addEventListener('input', updateSendButton);
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = ui.input.value.trim();
    if (!text) return;
    ui.input.value = '';
    updateSendButton();
    send({ text });
  });

  for (const button of document.querySelectorAll('.lang-button')) {
    button.addEventListener('click', () => switchLanguage(button.dataset.lang));
  }
  for (const chip of document.querySelectorAll('[data-suggestion]')) {
    chip.addEventListener('click', () => send({ text: t(chip.dataset.suggestion) }));
  }

  ui.cartButton.addEventListener('click', () => toggleCartPanel(ui.cartPanel.hidden));
  ui.cartClose.addEventListener('click', () => {
    toggleCartPanel(false);
    ui.cartButton.focus();
  });
  for (const button of ui.cartPanel.querySelectorAll('[data-payload]')) {
    button.addEventListener('click', () => {
      toggleCartPanel(false);
      send({ payload: button.dataset.payload, display: button.textContent.trim() });
    });
  }
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !ui.cartPanel.hidden) {
      toggleCartPanel(false);
      ui.cartButton.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!ui.cartPanel.hidden && !ui.cartPanel.contains(event.target) && !ui.cartButton.contains(event.target)) {
      toggleCartPanel(false);
    }
  });

  applyLanguage();
  restoreTranscript();
  updateSendButton();
  if (state.sessionId) {
    startPolling();
    refreshCart();
  }
})();
