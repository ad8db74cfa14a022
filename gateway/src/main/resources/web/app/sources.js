// Where every figure comes from: the source documents of the three services, and a figure element
// that names its source on hover (title) and opens the details on click, Enter or Space.
import { getJson } from './api.js';
import { byId, h, replace } from './dom.js';
import { date } from './format.js';

const documents = new Map();

export async function loadSources() {
  const services = ['trade', 'agreements', 'ventures'];
  const lists = await Promise.all(services.map((s) => getJson(`/api/v1/${s}/sources`).catch(() => [])));
  lists.forEach((list, i) => {
    for (const doc of list) {
      if (!documents.has(doc.id)) documents.set(doc.id, { ...doc, service: services[i] });
    }
  });
}

/** A press report's locator p7 is its paragraph 7; an official figure's is the series key and period it was read from. */
function where(locator) {
  return /^p\d+$/.test(locator) ? `paragraph ${locator.slice(1)}` : `series ${locator}`;
}

function describe(ref) {
  const doc = documents.get(ref.source);
  if (!doc) return `Source ${ref.source}${ref.locator ? `, ${ref.locator}` : ''}`;
  const publisher = doc.relayedFrom ? `${doc.publisher} (relaying ${doc.relayedFrom})` : doc.publisher;
  return `${publisher}, ${date(doc.publishedOn)}${ref.locator ? `, ${where(ref.locator)}` : ''}`;
}

/** Text naming the sources, for title attributes and screen readers. */
export function sourceText(refs, fallback) {
  const list = (refs || []).filter(Boolean);
  return list.length ? `Source: ${list.map(describe).join('; ')}` : fallback || 'Source not stated';
}

/**
 * A figure: a button showing the value; hovering shows its source, activating it opens the details.
 * refs: [{source, locator}]; note: an optional line on how the figure was obtained.
 */
export function fig(text, refs, note, extraClass) {
  const title = sourceText(refs, note);
  return h('button', {
    type: 'button',
    class: `fig${extraClass ? ` ${extraClass}` : ''}`,
    title: note && refs && refs.length ? `${title}. ${note}` : title,
    'aria-haspopup': 'dialog',
    onclick: (event) => openPopover(event.currentTarget, refs || [], note),
  }, text);
}

/** A small "sources" button for a record (agreement, venture, claim). */
export function sourcesButton(refs, label = 'Sources') {
  const count = (refs || []).length;
  return fig(`${label} (${count})`, refs, count ? null : 'No source recorded', 'src');
}

let opener = null;

function openPopover(button, refs, note) {
  const popover = byId('source-popover');
  const body = byId('source-popover-body');
  const items = refs.map((ref) => {
    const doc = documents.get(ref.source);
    if (!doc) return h('li', {}, `Document ${ref.source}${ref.locator ? `, ${ref.locator}` : ''}`);
    return h('li', {},
      h('strong', {}, doc.relayedFrom ? `${doc.publisher}, relaying ${doc.relayedFrom}` : doc.publisher),
      h('span', { class: 'meta' }, ` ${doc.dateline ? `${doc.dateline}, ` : ''}${date(doc.publishedOn)}`
        + `${doc.publishedOnInferred ? ' (date inferred)' : ''}${ref.locator ? ` · ${where(ref.locator)}` : ''}`),
      doc.summary ? h('p', {}, doc.summary) : null,
      h('a', { href: `/api/v1/${doc.service}/sources`, class: 'json-link' }, `Document ${doc.id} (JSON)`));
  });
  replace(body,
    note ? h('p', { class: 'note' }, note) : null,
    items.length ? h('ul', { class: 'source-list' }, items) : h('p', {}, 'No source document is recorded for this figure.'));
  popover.hidden = false;
  opener = button;
  place(popover, button);
  byId('source-popover-close').focus();
}

function place(popover, button) {
  if (window.matchMedia('(max-width: 600px)').matches) {
    // on a phone the stylesheet docks it to the bottom of the screen
    popover.style.left = '';
    popover.style.top = '';
    return;
  }
  const rect = button.getBoundingClientRect();
  const width = popover.offsetWidth;
  const left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
  popover.style.left = `${left}px`;
  popover.style.top = `${rect.bottom + window.scrollY + 6}px`;
}

export function closePopover() {
  const popover = byId('source-popover');
  if (popover.hidden) return;
  popover.hidden = true;
  if (opener) opener.focus();
  opener = null;
}

export function initPopover() {
  byId('source-popover-close').addEventListener('click', closePopover);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closePopover();
  });
  document.addEventListener('click', (event) => {
    const popover = byId('source-popover');
    if (!popover.hidden && !popover.contains(event.target) && !event.target.closest('.fig')) closePopover();
  });
}
