// What the search page (app.js) and the widget (widget.js) share: calling the API with only the
// newest answer kept, typing that waits for pauses (and for the end of a non-Korean IME composition),
// keyboard stepping, labels, and DOM building in which server text can only ever become text or <mark>.

export const DEBOUNCE_MS = 150;

const monthName = (m) => new Date(2000, m - 1).toLocaleString('en', { month: 'long' });

// Every word the page and the widget write, by language; app.js and widget.js hold none of their
// own. The page's static text is in index.html, beside its lang attribute.
const LABELS = {
  ko: {
    title: 'AI 논문 검색',
    newPapers: '새 논문',
    placeholder: '논문 검색 (예: 트랜스포머, LoRA)',
    search: '논문 검색',
    results: '검색 결과',
    hits: (n) => `${n.toLocaleString('ko-KR')}건`,
    newest: (n) => `최신 논문 · 전체 ${n.toLocaleString('ko-KR')}편`,
    votes: (v) => (v == null ? '추천 수 없음' : `추천 ${v}`),
    others: (n) => ` 외 ${n}명`,
    none: (q) => (q ? `‘${q}’에 맞는 논문이 없습니다.` : '논문이 없습니다.'),
    noneFiltered: '날짜 필터를 지우면 더 찾을 수 있습니다.',
    noneHint: '다른 낱말이나 영어 제목의 낱말로 검색해 보세요.',
    unreachable: '검색 서버에 연결하지 못했습니다. 서버가 꺼져 있거나 이 사이트의 요청을 허용하지 않습니다.',
    allDates: '전체 기간',
    date: '기간',
    from: '시작일',
    to: '종료일',
    badDate: '날짜는 YYYY-MM-DD 꼴로 적어 주세요 (예: 2024-06-30).',
    sort: '정렬',
    sorts: { '': '기본순', relevance: '관련도순', date: '최신순', votes: '추천순' },
    more: '모두 보기',
    // The page's: the date drill-down (전체 › 2024년 › 9월 › 5일), month bars, filters, one paper.
    everything: '전체',
    year: (y) => `${y}년`,
    month: (m) => `${Number(m)}월`,
    day: (d) => `${Number(d)}일`,
    bar: (y, m, n) => `${y}년 ${Number(m)}월 ${n}건`,
    removeFilter: (filter) => `${filter} 필터 지우기`,
    removeDates: '날짜 필터 모두 지우기',
    whole: '요약 전체 보기',
    loading: '불러오는 중…',
    video: '동영상',
    related: '비슷한 논문',
    // Suggestions under the box, and the line that says a query was read otherwise.
    suggestions: '검색어 제안',
    kinds: { term: '용어', model: '모델', author: '저자', title: '제목' },
    correctedTo: (text) => `${text} 검색 결과`,
    searchAsTyped: (typed) => `${typed}(으)로 검색`,
    didYouMean: '이것을 찾으셨나요?',
  },
  en: {
    title: 'AI paper search',
    newPapers: 'new papers',
    placeholder: 'Search papers (e.g. transformer, 트랜스포머)',
    search: 'Search papers',
    results: 'Results',
    hits: (n) => `${n.toLocaleString('en')} results`,
    newest: (n) => `Newest papers · ${n.toLocaleString('en')} in all`,
    votes: (v) => (v == null ? 'no votes' : `${v} votes`),
    others: (n) => ` +${n} more`,
    none: (q) => (q ? `No papers match ‘${q}’.` : 'No papers.'),
    noneFiltered: 'Removing the date filter may find more.',
    noneHint: 'Try other words, or words from the English title.',
    unreachable: 'Cannot reach the search server: it is down or does not allow requests from this site.',
    allDates: 'All dates',
    date: 'Date',
    from: 'From',
    to: 'To',
    badDate: 'Write the date as YYYY-MM-DD (e.g. 2024-06-30).',
    sort: 'Sort',
    sorts: { '': 'Default', relevance: 'Relevance', date: 'Newest', votes: 'Votes' },
    more: 'See all',
    everything: 'All',
    year: (y) => y,
    month: monthName,
    day: (d) => String(Number(d)),
    bar: (y, m, n) => `${monthName(m)} ${y}: ${n} results`,
    removeFilter: (filter) => `Remove the filter ${filter}`,
    removeDates: 'Remove the date filters',
    whole: 'Whole summary',
    loading: 'Loading…',
    video: 'Video',
    related: 'Related papers',
    suggestions: 'Suggestions',
    kinds: { term: 'term', model: 'model', author: 'author', title: 'title' },
    correctedTo: (text) => `Showing results for ${text}`,
    searchAsTyped: (typed) => `Search instead for ${typed}`,
    didYouMean: 'Did you mean',
  },
};

/** The labels for the language of `element` or the nearest element above it with a lang: en*, else ko. */
export const labelsFor = (element) => LABELS[(element.closest('[lang]')?.lang ?? '').toLowerCase().startsWith('en') ? 'en' : 'ko'];

/** An API failure whose message the server wrote for people ("from: … is after to …"). */
class ApiError extends Error {}

/**
 * The API at `base`. Every call aborts the one still in flight, so one request at a time is open,
 * and an answer that a newer call overtook resolves to null instead of being shown. Suggestions get a
 * client of their own, so that they and the search of one pause do not abort each other.
 */
export function createClient(base) {
  const root = base.endsWith('/') ? base : `${base}/`;
  let controller = null;
  let latest = 0;
  async function get(path, params = {}) {
    controller?.abort();
    controller = new AbortController();
    const mine = ++latest;
    const url = new URL(path, root);
    for (const [key, value] of Object.entries(params)) {
      if (value !== '' && value != null) url.searchParams.set(key, value);
    }
    try {
      const response = await fetch(url, { signal: controller.signal });
      const body = await response.json();
      if (mine !== latest) return null;
      if (!response.ok) throw new ApiError(body?.error?.message ?? `HTTP ${response.status}`);
      return body;
    } catch (error) {
      if (mine !== latest) return null;
      throw error;
    }
  }
  return {
    search: (params) => get('api/search', params),
    paper: (id) => get(`api/papers/${encodeURIComponent(id)}`),
    related: (id, size) => get(`api/papers/${encodeURIComponent(id)}/related`, { size }),
    suggest: (q, size) => get('api/suggest', { q, size }),
    /** Forgets the call in flight, e.g. when the box was emptied. */
    cancel() {
      controller?.abort();
      latest += 1;
    },
  };
}

// Hangul syllables and jamo (compatibility jamo U+3131–318E, conjoining jamo U+1100–11FF, syllables
// U+AC00–D7A3): what a Korean IME shows while a syllable is composing.
const HANGUL = /[\u1100-\u11FF\u3131-\u318E\uAC00-\uD7A3]/;

/**
 * Calls onQuery(text) when typing pauses for DEBOUNCE_MS. A Korean (2-beolsik) IME keeps the last
 * syllable composing for as long as the typist pauses (트랜스포머 leaves 머 open), so a Hangul
 * composition counts as typing and its pause searches the box's text as it stands. Any other
 * composition (Japanese kana to kanji, Chinese pinyin) is half-written words until it ends: nothing
 * is sent then, and `whenSafe(fn)` keeps what would redraw (only the last fn) for its end.
 * Neither ever writes the box's value, selection or focus: doing so mid-syllable makes IMEs drop or
 * repeat 한글, which is why a redraw touches only the results. `afterComposition(fn)` runs fn (one
 * that writes the box: a picked suggestion) once no composition of any script is open.
 */
export function watchTyping(input, onQuery) {
  let timer = 0;
  let composing = false;
  let hangul = false;
  let held = null;
  let writer = null;
  const fire = () => {
    clearTimeout(timer);
    onQuery(input.value);
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(fire, DEBOUNCE_MS);
  };
  const release = () => {
    const run = held;
    held = null;
    run?.();
  };
  input.addEventListener('compositionstart', () => {
    composing = true;
    hangul = false;
    clearTimeout(timer);
  });
  // The composing text decides, at every step: an IME can switch scripts within one composition.
  input.addEventListener('compositionupdate', (event) => {
    hangul = HANGUL.test(event.data ?? '');
    if (hangul) {
      release();
      later();
    } else {
      clearTimeout(timer);
    }
  });
  input.addEventListener('compositionend', () => {
    composing = false;
    release();
    later();
    const write = writer;
    writer = null;
    write?.();
  });
  input.addEventListener('input', (event) => {
    if (!composing && !event.isComposing) later();
  });
  return {
    flush: fire,
    whenSafe(fn) {
      if (composing && !hangul) held = fn;
      else fn();
    },
    afterComposition(fn) {
      if (composing) writer = fn;
      else fn();
    },
  };
}

/**
 * The suggestions under a search box (GET /api/suggest) in the ARIA combobox pattern: `input` is the
 * combobox and `list` the listbox it controls. `update(text)` (called at the same pauses as the
 * search) asks for them and opens the list when there are some; ↑/↓ move the active option
 * (aria-activedescendant: focus stays in the box), Enter or a click picks it, Esc closes. `key(event)`
 * says whether it took the key: with the list closed, none is taken. A pick is written into the box
 * only once no composition is open (`typing.afterComposition`), then `onPick(text)` searches it.
 * `onToggle(open)` lets the owner set what else follows the list's state.
 */
export function createSuggestions({ input, list, labels, client, typing, size = 5, onPick, onToggle = () => {} }) {
  let shown = [];
  let active = -1;
  let asked = 0;
  list.hidden = true;

  const isOpen = () => !list.hidden;
  const focused = () => input.getRootNode().activeElement === input;

  function activate(index) {
    active = index;
    [...list.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const option = list.children[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function show(suggestions) {
    shown = suggestions;
    list.replaceChildren(...suggestions.map((suggestion, i) => h('div', {
      id: `${list.id}-${i}`, role: 'option', 'aria-selected': 'false', className: 'suggestion', tabIndex: -1,
      onclick: () => pick(i),
    }, h('span', { className: 'text' }, suggestion.text), h('span', { className: 'kind' }, ` ${labels.kinds[suggestion.kind] ?? ''}`))));
    activate(-1);
    const open = suggestions.length > 0;
    if (open !== isOpen()) {
      list.hidden = !open;
      onToggle(open);
    }
  }

  function close() {
    asked += 1;
    if (isOpen()) show([]);
  }

  function pick(index) {
    const text = shown[index]?.text;
    if (text == null) return;
    close();
    typing.afterComposition(() => {
      input.value = text;
      input.focus();
      onPick(text);
      close();
    });
  }

  async function update(text) {
    const mine = ++asked;
    if (!text.trim()) {
      close();
      return;
    }
    let data;
    try {
      data = await client.suggest(text.trim(), size);
    } catch {
      data = { suggestions: [] }; // suggestions are a help: without them the box works as before
    }
    if (!data || mine !== asked) return;
    typing.whenSafe(() => show(focused() ? data.suggestions : []));
  }

  function key(event) {
    if (!isOpen() || isImeKey(event)) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      activate(step(active, shown.length, event.key));
    } else if (event.key === 'Enter' && active >= 0) {
      pick(active);
    } else if (event.key === 'Escape') {
      close();
    } else {
      return false;
    }
    event.preventDefault();
    return true;
  }

  // Pressing an option focuses it (tabIndex -1), which ends a composition in the box; the list stays
  // for the click, and closes when focus has gone anywhere else (not just out and back in).
  const leaving = (event) => event.relatedTarget !== input && !list.contains(event.relatedTarget);
  const closeUnlessBack = () => setTimeout(() => focused() || close());
  input.addEventListener('blur', (event) => leaving(event) && closeUnlessBack());
  list.addEventListener('focusout', (event) => leaving(event) && closeUnlessBack());

  return { update, close, key, get open() { return isOpen(); } };
}

/**
 * The line that says a query was read otherwise ("트랜스포머 검색 결과 · xmfostmvhaj(으)로 검색"), its
 * second part a link that searches the words as typed; or, when a reading is only offered, the line
 * that offers it ("이것을 찾으셨나요? 확산 모델 학습"), a link that searches it. `hrefFor(changes)` is the
 * link's address and `go(changes)` follows it, `changes` being the search parameters it sets; null
 * without a correction.
 */
export function correctionLine(data, labels, hrefFor, go) {
  const correction = data.correction;
  if (!correction) return null;
  const changes = correction.applied ? { as_typed: 'true' } : { q: correction.text, as_typed: '' };
  const link = h('a', { href: hrefFor(changes), onclick: (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go(changes);
  } }, correction.applied ? labels.searchAsTyped(data.query) : correction.text);
  return correction.applied ? [labels.correctedTo(correction.text), ' · ', link] : [labels.didYouMean, ' ', link];
}

/** True for the keydown that an IME uses itself, e.g. the Enter that commits a syllable. */
export const isImeKey = (event) => event.isComposing || event.keyCode === 229;

/** The index ArrowDown/ArrowUp moves to among `count` items; -1 means back in the search box. */
export function step(index, count, key) {
  if (key === 'ArrowDown') return Math.min(index + 1, count - 1);
  if (key === 'ArrowUp') return Math.max(index - 1, -1);
  return index;
}

/** True when "/" should focus the search box: the user is not typing somewhere else. */
export function wantsSlash(event) {
  const target = event.composedPath()[0];
  return (
    event.key === '/' &&
    !event.defaultPrevented &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !(target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))
  );
}

/**
 * An element: attribute names with a dash (aria-*, data-*) and `role` are set as attributes, the
 * rest as properties; string children become text nodes, never markup.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key.includes('-') || key === 'role') element.setAttribute(key, value);
    else element[key] = value;
  }
  element.append(...nodes(children));
  return element;
}

/** Children as append() takes them: nested lists flattened; null, false and '' left out, so `condition && child` works. */
export const nodes = (...children) => children.flat(Infinity).filter((child) => child != null && child !== false && child !== '');

// The API escapes exactly these five characters (search/Html.java).
const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (text) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]);

/**
 * title_html or a snippet as DOM nodes: text decoded into text nodes, <mark>…</mark> as <mark>
 * elements. Nothing else the string contains can become an element, so a title holding
 * <img onerror=…> shows those characters.
 */
export function marked(html) {
  const out = [];
  let inMark = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') inMark = part === '<mark>';
    else if (part) out.push(inMark ? h('mark', {}, decode(part)) : document.createTextNode(decode(part)));
  }
  return out;
}

/**
 * `url` if it is an http(s) address, else undefined (an <a> without href): the digest's links are
 * only checked for an arXiv id, so `javascript:…//arxiv.org/abs/…` would pass that check.
 */
export const webUrl = (url, httpsOnly = false) => ((httpsOnly ? /^https:\/\//i : /^https?:\/\//i).test(url ?? '') ? url : undefined);

/** "A, B, C 외 16명" for long author lists. */
export function shortAuthors(authors, labels, max = 3) {
  const shown = authors.slice(0, max).join(', ');
  return authors.length > max ? shown + labels.others(authors.length - max) : shown;
}

/** What to tell the reader about a failed call: the server's own words, or that it cannot be reached. */
export const errorText = (error, labels) => (error instanceof ApiError ? error.message : labels.unreachable);

/** The line above the results: how many and how fast, or that an empty query lists the newest. */
export function summary(data, labels) {
  return `${(data.query ? labels.hits : labels.newest)(data.total)} · ${data.took_ms} ms`;
}
