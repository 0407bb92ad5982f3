// <paper-search>: the paper search inside any site, as one script and one element:
//   <script type="module" src="https://HOST/widget.js"></script>
//   <paper-search api="https://HOST" placeholder="논문 검색"></paper-search>
// Attributes: api (default: the server this script came from), placeholder, size (results shown,
// 1–20, default 5), sort (relevance | date | votes), date-facet ("off" hides the month filter),
// lang (ko | en labels; default: the page's language). Colours and font come from the custom
// properties --ps-bg, --ps-text, --ps-muted, --ps-accent, --ps-border, --ps-mark, --ps-mark-text,
// --ps-focus, --ps-radius and --ps-font set on the element or above it; nothing else crosses the
// shadow root in either direction.
import {
  labelsFor, createClient, watchTyping, createSuggestions, correctionLine, isImeKey, step, wantsSlash, h, nodes, marked, webUrl,
  shortAuthors, summary, errorText,
} from './search-core.js';

// A constructed sheet, not a <style> element, so host pages with a strict style-src CSP work too.
const SHEET = new CSSStyleSheet();
SHEET.replaceSync(`
:host { all: initial; display: block; max-width: 40rem;
  --_bg: var(--ps-bg, #fff); --_text: var(--ps-text, #1b1d21); --_muted: var(--ps-muted, #5d636e);
  --_accent: var(--ps-accent, #2456c9); --_border: var(--ps-border, #d5d9e0);
  --_mark: var(--ps-mark, #ffe58a); --_mark-text: var(--ps-mark-text, #1b1d21); --_focus: var(--ps-focus, #e0701f);
  font: 15px/1.5 var(--ps-font, system-ui, "Noto Sans KR", "Noto Sans CJK KR", sans-serif);
  color: var(--_text); background: var(--_bg); border: 1px solid var(--_border);
  border-radius: var(--ps-radius, 10px); padding: 10px; }
@media (prefers-color-scheme: dark) { :host {
  --_bg: var(--ps-bg, #15171b); --_text: var(--ps-text, #e7e9ed); --_muted: var(--ps-muted, #a2a8b3);
  --_accent: var(--ps-accent, #8db0ff); --_border: var(--ps-border, #3a3f48);
  --_mark: var(--ps-mark, #6b5a12); --_mark-text: var(--ps-mark-text, #fff6d0); --_focus: var(--ps-focus, #ffb066); } }
:host([hidden]), [hidden] { display: none !important; }
* { box-sizing: border-box; }
.row { display: flex; flex-wrap: wrap; gap: 6px; }
input, select { font: inherit; color: inherit; background: var(--_bg); border: 1px solid var(--_border);
  border-radius: 6px; padding: 6px 8px; }
input { flex: 1 1 12rem; min-width: 0; }
:focus-visible { outline: 3px solid var(--_focus); outline-offset: 1px; }
.status { margin: 6px 0 0; color: var(--_muted); font-size: 13px; }
.correction { margin: 2px 0 0; font-size: 13px; }
[role="listbox"] { margin: 4px 0 0; max-height: 28rem; overflow-y: auto; }
/* The suggestions open over the results, under the box. */
.anchor { position: relative; }
.suggestions { position: absolute; top: 0; margin: 2px 0 0; left: 0; right: 0; z-index: 1; max-height: 18rem; overflow-y: auto; padding: 4px;
  background: var(--_bg); border: 1px solid var(--_border); border-radius: 6px; box-shadow: 0 6px 18px rgb(0 0 0 / .18); }
.suggestion { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; padding: 5px 8px;
  border-radius: 4px; cursor: pointer; }
.suggestion .text { overflow-wrap: anywhere; }
.suggestion .kind { flex: none; color: var(--_muted); font-size: 12px; }
.suggestion:hover, .suggestion[aria-selected="true"] { background: color-mix(in srgb, var(--_accent) 14%, transparent); }
.suggestion[aria-selected="true"] { outline: 2px solid var(--_focus); outline-offset: -2px; }
a { color: var(--_accent); font-weight: 600; text-decoration: none; overflow-wrap: anywhere; }
a:hover, .option:hover .title { text-decoration: underline; }
.option { display: block; padding: 6px; border-radius: 6px; color: inherit; font-weight: inherit; }
.option:hover { text-decoration: none; }
.option[aria-selected="true"] { background: color-mix(in srgb, var(--_accent) 14%, transparent);
  outline: 2px solid var(--_focus); outline-offset: -2px; }
.title { display: block; color: var(--_accent); font-weight: 600; }
mark { background: var(--_mark); color: var(--_mark-text); border-radius: 2px; }
.meta { display: block; color: var(--_muted); font-size: 12px; }
.snippet { display: block; font-size: 13px; }
.all { display: inline-block; margin-top: 6px; font-size: 13px; }
`);

class PaperSearch extends HTMLElement {
  // One function for the element's life, so adding it again on every connect is a no-op for the
  // browser and removing it on disconnect removes the one that was added.
  onSlash = (event) => {
    if (wantsSlash(event) && document.querySelector('paper-search') === this) {
      event.preventDefault();
      this.input.focus();
    }
  };

  // Moving the element (remove, then insert elsewhere) disconnects and connects it again: it is
  // built once, and the document listener follows the connection. Typing in progress and a request
  // in flight are left alone, so their answer shows in the moved widget.
  connectedCallback() {
    if (!this.shadowRoot) {
      this.labels = labelsFor(this);
      this.base = new URL(this.getAttribute('api') || new URL('.', import.meta.url).href);
      this.api = createClient(this.base.href);
      this.size = Math.min(20, Math.max(1, Number.parseInt(this.getAttribute('size'), 10) || 5));
      this.state = { q: '', date: '', sort: this.getAttribute('sort') ?? '', as_typed: '' };
      this.active = -1;
      this.build();
    }
    document.addEventListener('keydown', this.onSlash);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.onSlash);
  }

  build() {
    const L = this.labels;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [SHEET];
    this.input = h('input', {
      type: 'search', role: 'combobox', autocomplete: 'off', autocapitalize: 'off',
      placeholder: this.getAttribute('placeholder') || L.placeholder,
      'aria-label': L.search, 'aria-expanded': 'false', 'aria-controls': 'list', 'aria-autocomplete': 'list',
    });
    const sorts = Object.entries(L.sorts).map(([value, text]) => h('option', { value, selected: value === this.state.sort }, text));
    this.sortSelect = h('select', { 'aria-label': L.sort, onchange: () => this.set({ sort: this.sortSelect.value }) }, sorts);
    this.dateSelect = h('select', { 'aria-label': L.date, onchange: () => this.set({ date: this.dateSelect.value }) });
    this.dateSelect.hidden = this.getAttribute('date-facet') === 'off';
    this.status = h('p', { className: 'status', role: 'status', 'aria-live': 'polite' });
    this.correction = h('p', { className: 'correction', hidden: true });
    this.list = h('div', { id: 'list', role: 'listbox', 'aria-label': L.results });
    const suggestionList = h('div', { id: 'suggestions', className: 'suggestions', role: 'listbox', 'aria-label': L.suggestions });
    this.all = h('a', { className: 'all', target: '_blank', rel: 'noopener', hidden: true }, `${L.more} →`);
    root.append(h('div', { className: 'row' }, this.input, this.sortSelect, this.dateSelect), h('div', { className: 'anchor' }, suggestionList),
      this.status, this.correction, this.list, this.all);

    this.typing = watchTyping(this.input, (text) => {
      if (text.trim() !== this.state.q) this.set({ q: text.trim(), date: '', as_typed: '' });
      this.suggestions.update(text);
    });
    // While the suggestions are open the box controls them (and still the results it searches); closed,
    // the results alone, through which the arrows move again.
    this.suggestions = createSuggestions({
      input: this.input, list: suggestionList, labels: L, client: createClient(this.base.href), typing: this.typing,
      onPick: () => this.typing.flush(),
      onToggle: (open) => {
        this.input.setAttribute('aria-controls', open ? 'suggestions list' : 'list');
        this.input.setAttribute('aria-expanded', String(open || this.list.children.length > 0));
        if (!open) this.activate(this.active);
      },
    });
    this.input.addEventListener('keydown', (event) => this.key(event));
  }

  key(event) {
    if (isImeKey(event) || this.suggestions.key(event)) return;
    const options = this.list.children;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.activate(step(this.active, options.length, event.key));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.active >= 0) options[this.active].click();
      else this.typing.flush();
      this.suggestions.close();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.input.value = '';
      this.set({ q: '', date: '', as_typed: '' });
    }
  }

  /** Moves the active result (aria-activedescendant): focus stays in the box, so typing goes on. */
  activate(index) {
    [...this.list.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    this.active = index;
    const option = this.list.children[index];
    if (option) {
      this.input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  async set(changes) {
    this.state = { ...this.state, ...changes };
    if (!this.state.q) {
      this.api.cancel();
      this.render(null);
      return;
    }
    let data;
    try {
      data = await this.api.search({ ...this.state, size: this.size });
    } catch (error) {
      this.typing.whenSafe(() => {
        this.render(null);
        this.status.textContent = errorText(error, this.labels);
      });
      return;
    }
    if (data) this.typing.whenSafe(() => this.render(data));
  }

  render(data) {
    const L = this.labels;
    const hits = data?.hits ?? [];
    this.list.replaceChildren(...hits.map((hit, i) => this.option(hit, i)));
    if (!this.suggestions.open) {
      this.activate(-1);
      this.input.setAttribute('aria-expanded', String(hits.length > 0));
    }
    this.active = -1;
    this.status.textContent = !data ? '' : data.total ? summary(data, L) : `${L.none(data.query)} ${this.state.date ? L.noneFiltered : L.noneHint}`;
    const corrected = data && correctionLine(data, L, (changes) => this.pageUrl({ ...this.state, ...changes }), (changes) => {
      if (changes.q) this.input.value = changes.q; // the offered query replaces the typed one
      this.set(changes);
    });
    this.correction.replaceChildren(...nodes(corrected));
    this.correction.hidden = !corrected;
    if (data && !this.state.date) this.dateOptions(data.facets.month);
    this.all.href = this.pageUrl(this.state);
    this.all.hidden = !data || data.total <= hits.length;
  }

  /** The search page's address for `state`. */
  pageUrl(state) {
    const page = new URL('/', this.base);
    Object.entries(state).forEach(([key, value]) => value && page.searchParams.set(key, value));
    return page.href;
  }

  /**
   * One result as an option that is itself the link: an option's content is presentational, so a
   * link inside it would be a control no one can reach (axe's nested-interactive), and this way a
   * click, a middle click and Enter all open the paper as links do. A javascript: URL leaves it
   * without href, so it opens nothing.
   */
  option(hit, i) {
    return h('a', {
      id: `o${i}`, role: 'option', 'aria-selected': 'false', className: 'option', tabIndex: -1,
      href: webUrl(hit.url), target: '_blank', rel: 'noopener',
    },
    h('span', { className: 'title' }, marked(hit.title_html)),
    h('span', { className: 'meta' }, `${hit.date} · ${this.labels.votes(hit.votes)} · ${shortAuthors(hit.authors, this.labels, 2)}`),
    hit.snippets[0] && h('span', { className: 'snippet' }, marked(hit.snippets[0])));
  }

  /** The months of the unfiltered results, newest first, so one can be picked and changed again. */
  dateOptions(months) {
    this.dateSelect.replaceChildren(h('option', { value: '' }, this.labels.allDates),
      ...months.map(({ value, count }) => h('option', { value }, `${value} (${count})`)));
  }
}

if (!customElements.get('paper-search')) customElements.define('paper-search', PaperSearch);
