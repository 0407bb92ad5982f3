// The search page. The URL is the state: /?q=…&date=…&from=…&to=…&sort=… lists results and
// /paper/{id}?… shows one paper over the same search, so links can be shared and Back/Forward
// work. Every navigation goes through route(), which reads the URL; the "more" button only appends.
// Its words come from search-core.js's LABELS in the document's language (index.html's lang).
import {
  labelsFor, createClient, watchTyping, createSuggestions, correctionLine, isImeKey, step, wantsSlash, h, nodes, marked, webUrl,
  shortAuthors, summary, errorText,
} from './search-core.js';

const L = labelsFor(document.documentElement);
const PAGE_SIZE = 10;
// as_typed=true searches the words as typed (the link beside a correction); typing drops it.
const KEYS = ['q', 'date', 'from', 'to', 'sort', 'as_typed'];
const FILTERS = ['date', 'from', 'to'];

const $ = (id) => document.getElementById(id);
const box = $('q');
const form = $('search');
const sort = $('sort');
const from = $('from');
const to = $('to');
const histogram = $('histogram');
const drill = $('drill');
const chips = $('chips');
const status = $('status');
const correction = $('correction');
const results = $('results');
const more = $('more');
const paperView = $('paper');
const dateFields = [[from, 'from'], [to, 'to']];
const feedLink = $('feed');
const feedAlternate = $('feed-alternate');
const searchView = [$('filters'), feedLink.parentElement, status, correction, results, more];

const api = createClient(location.origin);
// A client of its own, so that a search started while they load does not abort them, nor they it.
const relatedApi = createClient(location.origin);
let current = readState();
let shown = { page: 0, count: 0 };

function readState() {
  const params = new URLSearchParams(location.search);
  return Object.fromEntries(KEYS.map((key) => [key, params.get(key)?.trim() ?? '']));
}

function queryString(state) {
  const params = new URLSearchParams();
  KEYS.forEach((key) => state[key] && params.set(key, state[key]));
  const text = params.toString();
  return text ? `?${text}` : '';
}

const paperId = () => /^\/paper\/([^/]+)$/.exec(location.pathname)?.[1];
const filtered = () => FILTERS.some((key) => current[key]);

/**
 * Goes to the search `changes` make. While typing, one history entry follows the text (replaced at
 * each pause) so Back skips the half-typed words; any other change is an entry of its own.
 */
function navigate(changes, { typing = false } = {}) {
  const url = `/${queryString({ ...current, ...changes })}`;
  if (url !== location.pathname + location.search) {
    const replace = typing && history.state?.typing;
    history[replace ? 'replaceState' : 'pushState']({ typing }, '', url);
  }
  route();
}

function route() {
  current = readState();
  if (box.value.trim() !== current.q) box.value = current.q;
  sort.value = current.sort;
  for (const [field, key] of dateFields) {
    field.value = current[key];
    field.setCustomValidity('');
  }
  document.title = current.q ? `${current.q} – ${L.title}` : L.title;
  // A feed follows the words and the dates, never the order: it is always newest first.
  feedLink.href = feedAlternate.href = `/feed.atom${queryString({ ...current, sort: '' })}`;
  feedAlternate.title = `${L.title}: ${current.q || L.newPapers}`;
  const id = paperId();
  searchView.forEach((element) => { element.hidden = Boolean(id); });
  paperView.hidden = !id;
  if (id) showPaper(decodeURIComponent(id));
  else search(1);
}

async function search(page) {
  let data;
  try {
    data = await api.search({ ...current, page, size: PAGE_SIZE });
  } catch (error) {
    typing.whenSafe(() => showError(error));
    return;
  }
  if (data) typing.whenSafe(() => render(data));
}

function showError(error) {
  correction.hidden = true;
  status.classList.add('error');
  status.textContent = errorText(error, L);
}

function render(data) {
  status.classList.remove('error');
  status.textContent = summary(data, L);
  const first = data.page === 1;
  if (first) {
    const corrected = correctionLine(data, L, (changes) => `/${queryString({ ...current, ...changes })}`, navigate);
    correction.replaceChildren(...nodes(corrected));
    correction.hidden = !corrected;
    results.replaceChildren();
    renderHistogram(data.facets.month);
    renderDrill(data.facets);
    renderChips();
  }
  shown = { page: data.page, count: (first ? 0 : shown.count) + data.hits.length };
  results.append(...data.hits.map(resultItem));
  if (data.total === 0) results.append(noResults(data.query));
  more.hidden = shown.count >= data.total;
}

function resultItem(hit) {
  const titleId = `t-${hit.id}`;
  return h('li', {},
    h('article', { tabIndex: -1, 'data-id': hit.id, 'aria-labelledby': titleId },
      h('h2', { id: titleId }, h('a', { href: webUrl(hit.url) }, marked(hit.title_html))),
      h('p', { className: 'meta' },
        h('time', { dateTime: hit.date }, hit.date), ' · ', L.votes(hit.votes), ' · ',
        h('span', { title: hit.authors.join(', ') }, shortAuthors(hit.authors, L))),
      hit.snippets.map((snippet) => h('p', { className: 'snippet' }, marked(snippet))),
      h('a', { className: 'open', href: `/paper/${encodeURIComponent(hit.id)}${queryString(current)}` }, L.whole)));
}

function noResults(query) {
  return h('li', { className: 'empty' },
    h('p', {}, L.none(query)),
    h('p', {}, filtered() ? L.noneFiltered : L.noneHint),
    filtered() && h('button', { type: 'button', onclick: () => navigate({ date: '', from: '', to: '' }) }, L.removeDates));
}

// The month bars as last drawn, each with its tick (the month under it) and its accessible name.
let bars = [];

/**
 * Bars for the months of the current results, oldest first, with empty months between them so the
 * axis is time; a click keeps only that month (or lets go of it). The tick under a bar says its
 * month, with the year ("24.1") at the first bar and at every January; spaceTicks() picks the ticks
 * that show.
 */
function renderHistogram(months) {
  const counts = new Map(months.map(({ value, count }) => [value, count]));
  const max = Math.max(1, ...counts.values());
  bars = monthRange(months.at(-1)?.value, months[0]?.value).map((value, index) => {
    const count = counts.get(value) ?? 0;
    const [year, month] = value.split('-');
    const fill = h('span', { className: 'fill' });
    // CSSOM, not a style attribute: the CSP (style-src 'self') allows this.
    fill.style.setProperty('--share', count / max);
    const tick = h('span', { className: 'tick' },
      index === 0 || month === '01' ? `${year.slice(2)}.${Number(month)}` : String(Number(month)));
    const button = h('button', {
      type: 'button', className: 'bar', title: `${value}: ${L.hits(count)}`, disabled: count === 0,
      'aria-pressed': String(current.date === value),
      'data-month': value, onclick: () => navigate({ date: current.date === value ? '' : value }),
    }, fill, tick);
    return { button, tick, month: Number(month), name: L.bar(year, month, count) };
  });
  histogram.replaceChildren(...bars.map(({ button }) => button));
  spaceTicks();
}

// Room kept between two ticks that show, in CSS pixels.
const TICK_GAP = 4;

/**
 * Shows the ticks of every k-th month, k the smallest divisor of 12 at which none of them run into
 * each other (so each year's January keeps its "24.1"), and the first bar's, which says where the
 * axis starts, unless it runs into the next one. A 360 px screen fits no two-year axis month by
 * month: without this the ticks pile up into "3.11 12 24.12 …".
 * While a tick shows, the bar's accessible name starts with it: what can be seen is what can be
 * said (speech input, WCAG 2.5.3). The name is the aria-label, so the tick is not read twice.
 */
function spaceTicks() {
  if (!histogram.clientWidth) return; // a paper is open: the observer calls again when the bars show
  const boxes = bars.map(({ tick }) => tick.getBoundingClientRect());
  const clear = (left, right) => boxes[left].right + TICK_GAP <= boxes[right].left;
  const everyKth = (k) => bars.flatMap((bar, i) => ((bar.month - 1) % k === 0 ? [i] : []));
  const apart = (ticks) => ticks.every((i, at) => at === 0 || clear(ticks[at - 1], i));
  const k = [1, 2, 3, 4, 6, 12].find((n) => apart(everyKth(n))) ?? 12;
  const shown = [];
  for (const i of new Set([0, ...everyKth(k)])) {
    const last = shown.at(-1);
    if (last === undefined || clear(last, i)) shown.push(i);
    else if (last === 0 && bars[i].month === 1) shown[0] = i; // a January says the year as well as the first tick
  }
  bars.forEach(({ button, tick, name }, i) => {
    const visible = shown.includes(i);
    tick.classList.toggle('quiet', !visible);
    button.setAttribute('aria-label', visible ? `${tick.textContent} · ${name}` : name);
  });
}

// A turned phone, a resized window or the bars shown again after a paper: other widths, other ticks.
new ResizeObserver(spaceTicks).observe(histogram);

/** Every YYYY-MM from first to last, both included; none when there are no results. */
function monthRange(first, last) {
  const range = [];
  if (!first) return range;
  let [year, month] = first.split('-').map(Number);
  for (let value = first; value <= last;) {
    range.push(value);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    value = `${year}-${String(month).padStart(2, '0')}`;
  }
  return range;
}

/** A crumb per part of the date filter (All › 2024 › September), then the next level's values with their counts. */
function renderDrill(facets) {
  const date = current.date;
  const name = (value) => {
    const [year, month, day] = value.split('-');
    return day ? L.day(day) : month ? L.month(month) : L.year(year);
  };
  const parts = [4, 7, 10].filter((length) => date.length >= length).map((length) => date.slice(0, length));
  const crumbs = [['', L.everything], ...parts.map((value) => [value, name(value)])];
  const next = { 0: facets.year, 4: facets.month, 7: facets.day }[date.length] ?? [];
  drill.replaceChildren(
    h('span', { className: 'crumbs' }, crumbs.map(([value, text], index) => (index === crumbs.length - 1
      ? h('span', { 'aria-current': 'true' }, text)
      : [h('button', { type: 'button', onclick: () => navigate({ date: value }) }, text), ' › ']))),
    next.length > 1 && h('span', { className: 'next' }, next.slice().reverse().map(({ value, count }) => h('button', {
      type: 'button', onclick: () => navigate({ date: value }),
    }, `${name(value)} `, h('small', {}, String(count))))));
}

function renderChips() {
  chips.replaceChildren(...FILTERS.filter((key) => current[key]).map((key) => h('li', {},
    h('button', { type: 'button', 'aria-label': L.removeFilter(`${L[key]} ${current[key]}`), onclick: () => navigate({ [key]: '' }) },
      `${L[key]} ${current[key]} ✕`))));
}

async function showPaper(id) {
  paperView.replaceChildren(h('p', {}, L.loading));
  let paper;
  try {
    paper = await api.paper(id);
  } catch (error) {
    paperView.replaceChildren(backButton(), h('p', { className: 'error' }, errorText(error, L)));
    return;
  }
  if (!paper) return;
  paperView.replaceChildren(...nodes(
    backButton(),
    h('h2', { tabIndex: -1 }, paper.title),
    h('p', { className: 'meta' }, h('time', { dateTime: paper.date }, paper.date), ' · ', L.votes(paper.votes)),
    h('p', { className: 'authors' }, paper.authors.join(', ')),
    webUrl(paper.thumbnail_url, true) && h('img', { className: 'thumb', src: paper.thumbnail_url, alt: '', loading: 'lazy' }),
    paper.sections.map((section) => h('section', {}, h('h3', {}, section.label), h('p', {}, section.text))),
    paper.bullets.length > 0 && h('ul', {}, paper.bullets.map((bullet) => h('li', {}, bullet))),
    h('p', { className: 'links' },
      h('a', { href: webUrl(paper.url) }, 'arXiv'), ' · ',
      h('a', { href: `https://huggingface.co/papers/${encodeURIComponent(paper.id)}` }, 'Hugging Face'),
      webUrl(paper.video_url) && [' · ', h('a', { href: paper.video_url }, L.video)])));
  paperView.querySelector('h2').focus();
  showRelated(paper.id);
}

/** Related papers (L.related): the papers most like the one shown, each opening in this view; nothing when none or on error. */
async function showRelated(id) {
  let related;
  try {
    related = await relatedApi.related(id, 5);
  } catch {
    return; // the paper is what was asked for; its neighbours are a bonus
  }
  if (!related || related.id !== decodeURIComponent(paperId() ?? '') || related.hits.length === 0) return;
  paperView.append(h('section', { className: 'related', 'aria-labelledby': 'related-heading' },
    h('h3', { id: 'related-heading' }, L.related),
    h('ul', {}, related.hits.map((hit) => h('li', {},
      h('a', { href: `/paper/${encodeURIComponent(hit.id)}${queryString(current)}`, onclick: (event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        openPaper(hit.id);
      } }, hit.title),
      ' ', h('time', { dateTime: hit.date }, hit.date))))));
}

function backButton() {
  return h('button', { type: 'button', className: 'back', onclick: closePaper }, `← ${L.results}`);
}

/**
 * Back to the results: as many history entries back as papers were opened since them (a related paper
 * opened from a paper is one more), else a new entry of them.
 */
function closePaper() {
  const depth = history.state?.fromResults;
  if (depth > 0) history.go(-depth);
  else navigate({});
}

function openPaper(id) {
  // From the results, one entry; from a paper, one more than it, or none if it was opened directly.
  const depth = !paperId() ? 1 : history.state?.fromResults > 0 ? history.state.fromResults + 1 : 0;
  history.pushState({ fromResults: depth }, '', `/paper/${encodeURIComponent(id)}${queryString(current)}`);
  route();
}

/**
 * The from/to fields are text, not <input type=date>, which writes dates the browser's way
 * (mm/dd/yyyy in an English browser, even on this Korean page): they show YYYY-MM-DD, as the URL and
 * the API do. A phone's number pad (inputmode=numeric) may have no "-", so 20240630 and 2024.6.30
 * are read as well and written back as 2024-06-30. Returns '' for an empty field and null for
 * text that is no date (2024-02-30 included).
 */
function isoDate(text) {
  const trimmed = text.trim();
  if (!trimmed) return '';
  const parts = /^(\d{4})[-./ ]?(\d{1,2})[-./ ]?(\d{1,2})$/.exec(trimmed);
  if (!parts) return null;
  const [year, month, day] = parts.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.toISOString().slice(0, 10) : null;
}

function focusResult(index) {
  const items = results.querySelectorAll('article');
  (index < 0 ? box : items[index])?.focus();
}

const typing = watchTyping(box, (text) => {
  if (text.trim() !== current.q || paperId()) navigate({ q: text.trim(), as_typed: '' }, { typing: true });
  suggestions.update(text);
});

const suggestions = createSuggestions({
  input: box, list: $('suggestions'), labels: L, client: createClient(location.origin), typing,
  onPick: () => typing.flush(),
  onToggle: (open) => box.setAttribute('aria-expanded', String(open)),
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  typing.flush();
  suggestions.close();
});

box.addEventListener('keydown', (event) => {
  if (isImeKey(event) || suggestions.key(event)) return;
  if (event.key === 'ArrowDown' && !paperId()) {
    event.preventDefault();
    focusResult(0);
  } else if (event.key === 'Escape') {
    event.preventDefault();
    if (paperId()) closePaper();
    else if (box.value) {
      box.value = '';
      typing.flush();
    }
  }
});

results.addEventListener('keydown', (event) => {
  const article = event.target.closest('article');
  const items = [...results.querySelectorAll('article')];
  if (!article) return;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    focusResult(step(items.indexOf(article), items.length, event.key));
  } else if (event.key === 'Enter' && event.target === article) {
    event.preventDefault();
    openPaper(article.dataset.id);
  } else if (event.key === 'Escape') {
    box.focus();
  }
});

// Plain clicks on a result's "whole summary" link stay in the page; modified clicks open a tab as usual.
results.addEventListener('click', (event) => {
  const link = event.target.closest('a.open');
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  openPaper(link.closest('article').dataset.id);
});

document.addEventListener('keydown', (event) => {
  if (wantsSlash(event)) {
    event.preventDefault();
    box.focus();
    box.select();
  } else if (event.key === 'Escape' && paperId() && event.target !== box) {
    closePaper();
  }
});

sort.addEventListener('change', () => navigate({ sort: sort.value }));
for (const [field, key] of dateFields) {
  field.addEventListener('change', () => {
    const value = isoDate(field.value);
    field.setCustomValidity(value == null ? L.badDate : '');
    if (value == null) {
      field.reportValidity();
      return;
    }
    field.value = value;
    navigate({ [key]: value });
  });
}
more.addEventListener('click', () => search(shown.page + 1));
window.addEventListener('popstate', () => {
  suggestions.close();
  route();
});

route();
