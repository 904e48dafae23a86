// Rivalry Graph explorer: a small page on the public GraphQL API (/graphql), no build step. Views: the network
// around an entity, a rivalry's timeline, the sources' conflicts, a product's metrics. Live updates come from the
// factChanged subscription (graphql-transport-ws). Cytoscape.js draws the network; everything else is plain DOM/SVG.

const API = '/graphql';
const main = document.getElementById('main');
const live = document.getElementById('live');

// ---------------------------------------------------------------------------------------------------------------
// GraphQL over HTTP, with the curator's credentials when signed in.

const auth = {
  get user() { return sessionStorage.getItem('rg-user'); },
  header() {
    const token = sessionStorage.getItem('rg-basic');
    return token ? { Authorization: `Basic ${token}` } : {};
  },
  signIn(user, password) {
    sessionStorage.setItem('rg-user', user);
    sessionStorage.setItem('rg-basic', btoa(unescape(encodeURIComponent(`${user}:${password}`))));
  },
  signOut() { sessionStorage.removeItem('rg-user'); sessionStorage.removeItem('rg-basic'); },
};

class ApiError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join('; '));
    this.codes = errors.map((e) => e.extensions?.code).filter(Boolean);
  }
}

async function gql(query, variables = {}) {
  const response = await fetch(API, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...auth.header() },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new ApiError(body.errors);
  return body.data;
}

// ---------------------------------------------------------------------------------------------------------------
// Small DOM helpers: h('tag.class', {attr}, children...). Text is always set as text, never parsed as HTML.

function h(spec, attrs = {}, ...children) {
  const [tag, ...classes] = spec.split('.');
  const el = document.createElement(tag);
  if (classes.length) el.className = classes.join(' ');
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'text') el.textContent = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Replaces an element's children, arrays flattened and nulls left out (as h does). */
function fill(el, ...children) {
  el.replaceChildren(...children.flat(Infinity).filter((c) => c != null && c !== false));
  return el;
}

const svgNs = 'http://www.w3.org/2000/svg';
function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(svgNs, tag);
  for (const [key, value] of Object.entries(attrs)) if (value != null) el.setAttribute(key, value);
  for (const child of children.flat(Infinity)) if (child != null) el.append(child instanceof Node ? child : String(child));
  return el;
}

function say(message) {
  live.textContent = message;
  clearTimeout(say.timer);
  say.timer = setTimeout(() => { live.textContent = ''; }, 6000);
}

function failure(where, error) {
  fill(where, h('p.error', { role: 'alert' }, `Could not load: ${error.message}`));
}

const numberFormat = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const compact = (n) => numberFormat.format(Number(n));
const nameOf = (n) => n?.name ?? n?.title ?? n?.id;

// ---------------------------------------------------------------------------------------------------------------
// Dates with their precision: a MONTH date is the whole month, a QUARTER three months, a YEAR the year.

const DAY_MS = 86_400_000;
const toTime = (iso) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (time) => new Date(time).toISOString().slice(0, 10);

function span(date, precision, end) {
  if (!date) return null;
  const start = toTime(date);
  if (end) return [start, toTime(end) + DAY_MS];
  const d = new Date(start);
  const months = { MONTH: 1, QUARTER: 3, YEAR: 12 }[precision];
  if (!months) return [start, start + DAY_MS];
  return [start, Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)];
}

function describeDate(date, precision, end) {
  if (!date) return 'undated';
  const d = new Date(toTime(date));
  const month = d.toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  const text = {
    YEAR: `${d.getUTCFullYear()}`,
    QUARTER: `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${d.getUTCFullYear()}`,
    MONTH: `${month} ${d.getUTCFullYear()}`,
  }[precision] ?? date;
  return end && end !== date ? `${text} – ${describeDate(end, precision)}` : text;
}

// ---------------------------------------------------------------------------------------------------------------
// Citations: the excerpt, and where it stands in its article (Source.text with the citation's offsets).

const sourceTexts = new Map();
function sourceText(id) {
  if (!sourceTexts.has(id)) {
    sourceTexts.set(id, gql('query Text($id: ID!) { source(id: $id) { text } }', { id })
      .then((d) => d.source.text)
      .catch((e) => { sourceTexts.delete(id); throw e; }));
  }
  return sourceTexts.get(id);
}

const CITATION_FIELDS = `citations { id excerpt credited offsets { start end }
  source { id title publisher publishedOn publishedPrecision } }`;

function citationView(citation) {
  const src = citation.source;
  const article = h('div.article', { tabindex: '0', role: 'region', 'aria-label': `The excerpt in "${src.title}"` },
    'Loading the article…');
  sourceText(src.id).then((text) => {
    let { start, end } = citation.offsets ?? {};
    if (start == null) {
      start = text.indexOf(citation.excerpt);
      end = start + citation.excerpt.length;
    }
    if (start < 0) { article.textContent = text; return; }
    const mark = h('mark', {}, text.slice(start, end));
    fill(article, text.slice(0, start), mark, text.slice(end));
    article.scrollTop = Math.max(0, mark.offsetTop - article.offsetTop - 40);
  }).catch((e) => { article.textContent = `Could not load the article: ${e.message}`; });
  return h('figure.citation', {},
    h('blockquote', {}, `“${citation.excerpt}”`),
    h('figcaption.src', {}, `${src.title}`, src.publisher ? ` · ${src.publisher}` : '',
      src.publishedOn ? ` · ${describeDate(src.publishedOn, src.publishedPrecision)}` : '',
      citation.credited ? ` · according to ${citation.credited}` : ''),
    article);
}

// ---------------------------------------------------------------------------------------------------------------
// Network view: a neighbourhood at a time, expanded on demand (a click on a node loads its own).

const ACTOR = '__typename id name';
const AROUND = `query Around($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Person { name description aliases { name }
      roles { id roleKind: kind title former organization { id name } }
      companies { id name products { id name } }
      rivalries { ...R } partnerships { ...P } investmentsMade { ...I } investmentsReceived { ...I } }
    ... on Organization { name description country orgKind: kind aliases { name }
      parent { id name } subsidiaries { id name }
      roles { id roleKind: kind title former person { id name } }
      products { id name }
      rivalries { ...R } partnerships { ...P } investmentsMade { ...I } investmentsReceived { ...I } }
    ... on Product { name description status launchedOn launchPrecision productKind: kind aliases { name }
      owner { id name } basedOn { id name } versionOf { id name }
      latestMetrics { id kind value region precision periodStart periodEnd } }
    ... on Rivalry { title description sides { side parties { ${ACTOR} } } }
  }
}
fragment R on Rivalry { id title sides { side parties { ${ACTOR} } } }
fragment P on Partnership { id focus status parties { ${ACTOR} } }
fragment I on Investment { id investmentKind: kind amount { amount currency } investor { ${ACTOR} } investee { ${ACTOR} } }`;

const NODE_STYLE = [
  { selector: 'node', style: {
    label: 'data(label)', 'font-size': 11, color: '#1b1f24', 'text-valign': 'bottom', 'text-margin-y': 4,
    'text-wrap': 'wrap', 'text-max-width': 120, 'text-background-color': '#fff', 'text-background-opacity': 0.8,
    'text-background-padding': 1, width: 26, height: 26, 'border-width': 0 } },
  { selector: 'node.Person', style: { 'background-color': '#1f5fbf', shape: 'ellipse' } },
  { selector: 'node.Organization', style: { 'background-color': '#b34700', shape: 'round-rectangle', width: 30 } },
  { selector: 'node.Product', style: { 'background-color': '#1b7a3a', shape: 'diamond' } },
  { selector: 'node.UserMetric', style: { 'background-color': '#6b4fa3', shape: 'tag', width: 18, height: 18 } },
  { selector: 'node.root', style: { width: 36, height: 36, 'font-weight': 'bold' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2a900' } },
  { selector: 'edge', style: {
    'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#8a94a0',
    'target-arrow-color': '#8a94a0', width: 'data(w)', label: 'data(label)', 'font-size': 9, color: '#333',
    'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.85 } },
  { selector: 'edge.rivalry', style: { 'line-color': '#b3124a', 'line-style': 'dashed',
    'target-arrow-shape': 'none' } },
  { selector: 'edge.partnership', style: { 'line-color': '#0b57d0', 'target-arrow-shape': 'none' } },
  { selector: 'edge.investment', style: { 'line-color': '#1b7a3a', 'target-arrow-color': '#1b7a3a' } },
  { selector: 'edge.metric', style: { 'line-color': '#6b4fa3', 'target-arrow-color': '#6b4fa3' } },
  { selector: 'edge:selected', style: { 'line-color': '#f2a900', 'target-arrow-color': '#f2a900', width: 5 } },
];

/** How many new nodes one expansion may add: a hub at 1000x data stays readable and fast. */
const MAX_NEW_NODES = 60;

function networkView(rootId) {
  const search = searchBox('Find a person, company or product', ['PERSON', 'ORGANIZATION', 'PRODUCT', 'RIVALRY'],
    (hit) => { location.hash = `#/network/${encodeURIComponent(hit.node.id)}`; });
  const graph = h('div', { id: 'graph', role: 'img',
    'aria-label': 'Network graph. Its nodes and connections are listed beside it, as buttons.' });
  const legend = h('ul.legend', { 'aria-label': 'Legend' },
    ...[['Person', 'person'], ['Organization', 'organization'], ['Product', 'product'], ['UserMetric', 'user figure']]
      .map(([k, text]) => h('li', {}, h(`span.k-${k}`, { 'aria-hidden': 'true' }), text)),
    h('li', {}, 'dashed red: rivalry; blue: partnership; green: investment (width by amount)'));
  const status = h('p.muted', { role: 'status' });
  const card = h('section.panel.card', { 'aria-labelledby': 'card-title' },
    h('h3', { id: 'card-title' }, 'Card'), h('p.muted', {}, 'Click a node or an entry below for its card.'));
  const nodesList = h('ul.results', { 'aria-label': 'Nodes in view' });
  const linksList = h('ul.links', { 'aria-label': 'Connections in view' });
  const citations = h('section.panel', { 'aria-labelledby': 'cite-title', id: 'citations' },
    h('h3', { id: 'cite-title' }, 'Sources'), h('p.muted', {}, 'Click a connection for the sentences behind it.'));
  fill(main, h('h2', {}, 'Network'), search.el,
    h('div.network', {},
      h('div.graph-wrap', {}, graph, legend, status, citations),
      h('div.side', {}, card,
        h('section.panel', { 'aria-labelledby': 'inview-title' }, h('h3', { id: 'inview-title' }, 'In view'),
          h('h4', {}, 'Connections'), linksList, h('h4', {}, 'Nodes'), nodesList))));

  if (!window.cytoscape) {
    status.textContent = 'The graph library did not load.';
    return {};
  }
  const cy = window.cytoscape({ container: graph, style: NODE_STYLE, minZoom: 0.2,
    maxZoom: 3 });
  const details = new Map();
  const expanded = new Set();

  function addNode(n, kind, extra = {}) {
    if (!n?.id) return false;
    if (cy.getElementById(n.id).nonempty()) return false;
    cy.add({ group: 'nodes', data: { id: n.id, label: extra.label ?? nameOf(n), kind }, classes: kind });
    return true;
  }
  function addEdge(id, source, target, label, kind, fact, w = 2) {
    if (!source || !target || source === target || cy.getElementById(id).nonempty()) return;
    if (cy.getElementById(source).empty() || cy.getElementById(target).empty()) return;
    cy.add({ group: 'edges', data: { id, source, target, label, fact, w }, classes: kind });
  }
  const moneyWidth = (amount) => (amount ? Math.min(10, 2 + Math.log10(Math.max(1, Number(amount.amount))) / 1.5) : 2);
  const moneyText = (amount) => (amount ? ` ${amount.currency} ${compact(amount.amount)}` : '');

  function addRelations(n) {
    // Nodes first (bounded), then every edge whose two ends are in view.
    let added = 0;
    const want = (x, kind) => {
      if (added >= MAX_NEW_NODES && cy.getElementById(x?.id).empty()) return false;
      if (addNode(x, kind)) added++;
      return true;
    };
    const t = n.__typename;
    for (const r of n.roles ?? []) want(r.organization ?? r.person, r.organization ? 'Organization' : 'Person');
    for (const c of n.companies ?? []) { want(c, 'Organization'); for (const p of c.products) want(p, 'Product'); }
    for (const p of n.products ?? []) want(p, 'Product');
    for (const o of [n.parent, ...(n.subsidiaries ?? [])]) if (o) want(o, 'Organization');
    for (const o of [n.owner]) if (o) want(o, 'Organization');
    for (const p of [n.basedOn, n.versionOf]) if (p) want(p, 'Product');
    for (const m of n.latestMetrics ?? []) {
      want({ id: m.id }, 'UserMetric');
      cy.getElementById(m.id).data('label', `${m.kind} ${compact(m.value)}${m.region ? ` (${m.region})` : ''}`);
    }
    const rivalries = t === 'Rivalry' ? [n] : n.rivalries ?? [];
    for (const r of rivalries) for (const side of r.sides) for (const a of side.parties) want(a, a.__typename);
    for (const p of n.partnerships ?? []) for (const a of p.parties) want(a, a.__typename);
    for (const i of [...(n.investmentsMade ?? []), ...(n.investmentsReceived ?? [])]) {
      want(i.investor, i.investor?.__typename); want(i.investee, i.investee?.__typename);
    }

    for (const r of n.roles ?? []) {
      const person = r.person?.id ?? n.id;
      const org = r.organization?.id ?? n.id;
      addEdge(`role:${r.id}`, person, org, `${r.title || r.roleKind}${r.former ? ' (former)' : ''}`, 'role', r.id);
    }
    for (const c of n.companies ?? []) for (const p of c.products) addEdge(`owns:${p.id}`, c.id, p.id, 'owns', 'owns', p.id);
    for (const p of n.products ?? []) addEdge(`owns:${p.id}`, n.id, p.id, 'owns', 'owns', p.id);
    if (n.owner) addEdge(`owns:${n.id}`, n.owner.id, n.id, 'owns', 'owns', n.id);
    if (n.parent) addEdge(`parent:${n.id}`, n.parent.id, n.id, 'parent of', 'parent', n.id);
    for (const o of n.subsidiaries ?? []) addEdge(`parent:${o.id}`, n.id, o.id, 'parent of', 'parent', o.id);
    if (n.basedOn) addEdge(`basedOn:${n.id}`, n.id, n.basedOn.id, 'based on', 'based', n.id);
    if (n.versionOf) addEdge(`versionOf:${n.id}`, n.id, n.versionOf.id, 'version of', 'based', n.id);
    for (const m of n.latestMetrics ?? []) addEdge(`metric:${m.id}`, n.id, m.id, m.kind, 'metric', m.id);
    for (const r of rivalries) {
      const [one, two] = [...r.sides].sort((a, b) => a.side - b.side);
      for (const a of one?.parties ?? []) for (const b of two?.parties ?? []) {
        addEdge(`rivalry:${r.id}:${a.id}:${b.id}`, a.id, b.id, r.title, 'rivalry', r.id);
      }
    }
    for (const p of n.partnerships ?? []) {
      const [first, ...others] = p.parties;
      for (const b of others) addEdge(`partnership:${p.id}:${b.id}`, first.id, b.id, p.focus ? `partners: ${p.focus}` : 'partners', 'partnership', p.id);
    }
    for (const i of [...(n.investmentsMade ?? []), ...(n.investmentsReceived ?? [])]) {
      addEdge(`investment:${i.id}`, i.investor?.id, i.investee?.id, `${i.investmentKind.toLowerCase()}${moneyText(i.amount)}`,
        'investment', i.id, moneyWidth(i.amount));
    }
    return added;
  }

  async function expand(id, { root = false, known = null } = {}) {
    if (expanded.has(id)) return;
    expanded.add(id);
    status.textContent = 'Loading…';
    try {
      const node = known ?? (await gql(AROUND, { id })).node;
      if (!node) { status.textContent = 'Not found.'; return; }
      details.set(id, node);
      const kind = node.__typename;
      if (kind !== 'Rivalry') addNode(node, kind);
      if (root && kind !== 'Rivalry') cy.getElementById(id).addClass('root');
      const before = cy.nodes().length;
      const added = addRelations(node);
      cy.layout({ name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 90, nodeRepulsion: () => 9000, numIter: 600 }).run();
      cy.fit(undefined, 30);
      const more = added >= MAX_NEW_NODES ? ` (showing the first ${MAX_NEW_NODES} neighbours)` : '';
      status.textContent = `${cy.nodes().length} nodes, ${cy.edges().length} connections; ${cy.nodes().length - before} new${more}. Click a node to expand it.`;
      renderLists();
    } catch (e) {
      expanded.delete(id);
      status.textContent = `Could not load: ${e.message}`;
    }
  }

  function renderLists() {
    const label = (id) => cy.getElementById(id).data('label');
    fill(nodesList, ...cy.nodes().sort((a, b) => a.data('label').localeCompare(b.data('label')))
      .map((n) => h('li', {}, h('button', { type: 'button', onclick: () => selectNode(n.id()) }, n.data('label')),
        h('span.kind', {}, ` ${n.data('kind') === 'UserMetric' ? 'user figure' : n.data('kind').toLowerCase()}`))));
    fill(linksList, ...cy.edges().map((e) => h('li', {},
      h('button', { type: 'button', onclick: () => selectEdge(e.id()) },
        `${label(e.data('source'))} → ${label(e.data('target'))}`),
      h('span.kind', {}, ` ${e.data('label')}`))));
  }

  function selectNode(id) {
    cy.elements().unselect();
    const n = cy.getElementById(id);
    n.select();
    if (n.data('kind') === 'UserMetric') {
      const edge = n.connectedEdges()[0];
      if (edge) selectEdge(edge.id());
      return;
    }
    const show = () => showCard(id);
    if (details.has(id)) show();
    else expand(id).then(show);
  }

  function showCard(id) {
    const n = details.get(id);
    if (!n) return;
    const rows = [];
    const row = (term, value) => value && (!Array.isArray(value) || value.length) && rows.push(h('dt', {}, term),
      h('dd', {}, Array.isArray(value) ? value.join(', ') : value));
    row('Kind', (n.orgKind ?? n.productKind ?? n.__typename).toLowerCase().replaceAll('_', ' '));
    row('Also known as', (n.aliases ?? []).map((a) => a.name));
    row('Country', n.country);
    row('Roles', (n.roles ?? []).map((r) => `${r.title || r.roleKind}${r.former ? ' (former)' : ''}: ${nameOf(r.organization ?? r.person)}`));
    row('Companies', (n.companies ?? []).map(nameOf));
    row('Products', (n.products ?? n.companies?.flatMap((c) => c.products) ?? []).map(nameOf));
    row('Owner', n.owner?.name);
    row('Launched', n.launchedOn && describeDate(n.launchedOn, n.launchPrecision));
    row('Status', n.status);
    row('Latest figures', (n.latestMetrics ?? []).map((m) =>
      `${m.kind} ${compact(m.value)}${m.region ? ` (${m.region})` : ''}, ${describeDate(m.periodStart, m.precision)}`));
    row('Rivalries', (n.rivalries ?? []).map((r) => r.title));
    const links = [];
    if (n.__typename === 'Product' && n.latestMetrics?.length) links.push(h('a', { href: `#/metrics/${encodeURIComponent(id)}` }, 'Figures over time'));
    for (const r of n.rivalries ?? []) links.push(h('a', { href: `#/timeline/${encodeURIComponent(r.id)}` }, `Timeline: ${r.title}`));
    fill(card, h('h3', { id: 'card-title' }, nameOf(n)),
      n.description ? h('p', {}, n.description) : null, h('dl', {}, rows),
      links.length ? h('p.row', {}, links) : null,
      h('p.row', {}, h('a', { href: `#/network/${encodeURIComponent(id)}` }, 'Centre the network here')));
  }

  async function selectEdge(id) {
    cy.elements().unselect();
    const edge = cy.getElementById(id);
    edge.select();
    const fact = edge.data('fact');
    const label = (x) => cy.getElementById(x).data('label');
    const title = `${label(edge.data('source'))} → ${label(edge.data('target'))}: ${edge.data('label')}`;
    fill(citations, h('h3', { id: 'cite-title' }, title), h('p.muted', {}, 'Loading the sources…'));
    try {
      const { node } = await gql(`query Cites($id: ID!) { node(id: $id) { ... on Cited { rank rankReason ${CITATION_FIELDS} } } }`, { id: fact });
      const list = node?.citations ?? [];
      fill(citations, h('h3', { id: 'cite-title' }, title),
        node?.rank && node.rank !== 'NORMAL' ? h('p', {}, h(`span.badge.rank-${node.rank}`, {}, node.rank), ` ${node.rankReason ?? ''}`) : null,
        list.length ? list.map(citationView) : h('p.muted', {}, 'No citation recorded.'));
      citations.querySelector('.citation')?.scrollIntoView({ block: 'nearest' });
    } catch (e) {
      failure(citations, e);
    }
  }

  cy.on('tap', 'node', (event) => selectNode(event.target.id()));
  cy.on('tap', 'edge', (event) => selectEdge(event.target.id()));

  async function start() {
    let id = rootId;
    let known = null;
    if (!id) {
      // No entity asked for: start from the first rivalry, its parties face to face (one request).
      const data = await gql(`query First { rivalries(first: 1) { nodes { __typename id title description
        sides { side parties { ${ACTOR} } } } } }`);
      known = data.rivalries.nodes[0];
      id = known?.id;
      if (!id) { status.textContent = 'No data yet.'; return; }
    }
    await expand(id, { root: true, known });
    if (details.get(id)?.__typename !== 'Rivalry') showCard(id);
  }
  const ready = start().catch((e) => { status.textContent = `Could not load: ${e.message}`; });
  return {
    ready,
    refresh() {
      // Reload every expanded neighbourhood: new facts appear, deprecated ones go.
      const ids = [...expanded];
      expanded.clear();
      details.clear();
      cy.elements().remove();
      return ids.reduce((p, x, i) => p.then(() => expand(x, { root: i === 0 })), Promise.resolve()).then(renderLists);
    },
  };
}

// A search box on the API's search, whose results are buttons.
function searchBox(label, types, onPick, example = 'Zuckerberg') {
  const input = h('input', { type: 'search', id: 'search', name: 'q', autocomplete: 'off', required: true,
    placeholder: `e.g. ${example}` });
  const results = h('ul.results', { 'aria-label': 'Search results' });
  const form = h('form.row', { role: 'search', onsubmit: async (event) => {
    event.preventDefault();
    fill(results, h('li.muted', {}, 'Searching…'));
    try {
      const { search } = await gql(`query Find($text: String!, $types: [SearchType]) {
        search(text: $text, types: $types, first: 10) { matched node { __typename id } } }`,
      { text: input.value, types });
      fill(results, ...(search.length ? search.map((hit) => h('li', {},
        h('button', { type: 'button', onclick: () => onPick(hit) }, hit.matched),
        h('span.muted', {}, ` ${hit.node.__typename.toLowerCase()}`))) : [h('li.muted', {}, 'Nothing found.')]));
      results.querySelector('button')?.focus();
    } catch (e) {
      fill(results, h('li.error', {}, e.message));
    }
  } }, h('label', { for: 'search' }, label), input, h('button.primary', { type: 'submit' }, 'Search'));
  return { el: h('div', {}, form, results), input };
}

// ---------------------------------------------------------------------------------------------------------------
// Timeline view: a rivalry's rounds as bands on a time axis, their events and claims as spans of their precision;
// the asOf slider asks the API what had been reported by that day.

function timelineView(rivalryId, params) {
  const picker = h('select', { id: 'rivalry' });
  const slider = h('input', { type: 'range', id: 'asof', step: '1', 'aria-describedby': 'asof-value' });
  const sliderValue = h('output', { id: 'asof-value', for: 'asof' });
  const now = h('button', { type: 'button' }, 'Everything known');
  const body = h('div', { 'aria-live': 'polite' }, h('p.muted', {}, 'Loading…'));
  fill(main, h('h2', {}, 'Rivalry timeline'),
    h('div.tl-controls', {},
      h('div.row', {}, h('label', { for: 'rivalry' }, 'Rivalry'), picker),
      h('div.row', {}, h('label', { for: 'asof' }, 'As of'), slider, sliderValue, now)),
    body);
  let asOf = params.get('asOf');
  let range = null;

  picker.addEventListener('change', () => { location.hash = `#/timeline/${encodeURIComponent(picker.value)}`; });
  slider.addEventListener('input', () => { sliderValue.value = toIso(Number(slider.value) * DAY_MS); });
  slider.addEventListener('change', () => { asOf = toIso(Number(slider.value) * DAY_MS); load(); });
  now.addEventListener('click', () => { asOf = null; load(); });

  async function load() {
    try {
      const data = await gql(`query Timeline($id: ID!, $asOf: Date) {
        rivalries(first: 100) { nodes { id title } }
        rivalry(id: $id) { id title description sides { side parties { __typename id name } }
          rounds(asOf: $asOf) { id order title description periodStart periodEnd precision
            events { id title date precision } claims { id text statedOn precision speaker { name } } } } }`,
      { id: rivalryId ?? '', asOf });
      draw(data);
    } catch (e) {
      if (!rivalryId && e.codes.includes('BAD_USER_INPUT')) return firstRivalry();
      failure(body, e);
    }
  }
  async function firstRivalry() {
    const data = await gql('query First { rivalries(first: 1) { nodes { id } } }');
    rivalryId = data.rivalries.nodes[0]?.id;
    if (rivalryId) return load();
    fill(body, h('p', {}, 'No rivalry recorded.'));
  }

  function draw({ rivalries, rivalry }) {
    fill(picker, ...rivalries.nodes.map((r) => h('option', { value: r.id, selected: r.id === rivalry?.id }, r.title)));
    if (!rivalry) { fill(body, h('p', {}, 'Not found.')); return; }
    const rounds = [...rivalry.rounds].sort((a, b) => a.order - b.order);
    const items = (round) => [
      ...round.events.map((e) => ({ kind: 'EVENT', id: e.id, text: e.title, date: e.date, precision: e.precision })),
      ...round.claims.map((c) => ({ kind: 'CLAIM', id: c.id, text: `${c.speaker ? `${c.speaker.name}: ` : ''}“${c.text}”`,
        date: c.statedOn, precision: c.precision })),
    ];
    // The axis covers every dated thing, whatever asOf hides, so the picture keeps its scale while replaying.
    const spans = rounds.flatMap((r) => [span(r.periodStart, r.precision, r.periodEnd),
      ...items(r).map((i) => span(i.date, i.precision))]).filter(Boolean);
    if (!range && spans.length) range = [Math.min(...spans.map((x) => x[0])), Math.max(...spans.map((x) => x[1]))];
    if (range) {
      const [min, max] = range.map((t) => Math.floor(t / DAY_MS));
      Object.assign(slider, { min, max: Math.max(max, Math.floor(Date.now() / DAY_MS)) });
      slider.value = asOf ? Math.floor(toTime(asOf) / DAY_MS) : slider.max;
      sliderValue.value = asOf ?? 'everything known';
    }
    const [min, max] = range ?? [0, 1];
    const pct = (t) => `${(100 * (t - min)) / Math.max(1, max - min)}%`;
    const width = ([a, b]) => `${(100 * (b - a)) / Math.max(1, max - min)}%`;
    const years = [];
    for (let y = new Date(min).getUTCFullYear(); Date.UTC(y, 0, 1) <= max; y++) {
      if (Date.UTC(y, 0, 1) >= min) years.push(y);
    }
    const sides = [...rivalry.sides].sort((a, b) => a.side - b.side)
      .map((side) => side.parties.map((p) => p.name).join(' and ')).join(' vs ');
    fill(body, 
      h('h3', {}, rivalry.title), h('p', {}, sides, rivalry.description ? ` — ${rivalry.description}` : ''),
      asOf ? h('p.muted', {}, `As a reader could have known it on ${asOf}: `, rounds.length
        ? `${rounds.length} round${rounds.length === 1 ? '' : 's'}.` : 'no source had reported a round of it yet.') : null,
      h('div.tl', {}, h('div.tl-inner', {},
        h('div.tl-axis', { 'aria-hidden': 'true' }, years.map((y) => h('span', { style: `left:${pct(Date.UTC(y, 0, 1))}` }, y))),
        h('ol.tl-rounds', { 'aria-label': 'Rounds, in order' }, rounds.map((round) => {
          const band = span(round.periodStart, round.precision, round.periodEnd);
          const dated = items(round).filter((i) => i.date).sort((a, b) => a.date.localeCompare(b.date));
          const undated = items(round).filter((i) => !i.date);
          return h('li.tl-round', { 'data-order': round.order, 'data-start': round.periodStart ?? '' },
            band ? h('div.tl-band', { style: `left:${pct(band[0])};width:${width(band)}`, 'aria-hidden': 'true' }) : null,
            h('h3', {}, `Round ${round.order}: ${round.title} `,
              h('span.muted', {}, `(${describeDate(round.periodStart, round.precision, round.periodEnd)})`)),
            h('ul.tl-items', {}, dated.map((i) => {
              const at = span(i.date, i.precision);
              const when = describeDate(i.date, i.precision);
              // The label starts under its mark, at most halfway across, and wraps there.
              return h('li.tl-item', {},
                h('div.tl-track', { 'aria-hidden': 'true' },
                  h(`span.tl-mark.${i.kind}${i.precision && i.precision !== 'DAY' ? '.span' : ''}`,
                    { style: `left:${pct(at[0])};width:${width(at)}` })),
                h('div.tl-label', { style: `margin-left:min(${pct(at[0])}, 50%)` },
                  h('strong', {}, when), ` ${i.kind === 'CLAIM' ? 'claim' : 'event'}: ${i.text}`));
            })),
            undated.length ? h('details.tl-undated', {}, h('summary', {}, `${undated.length} undated`),
              h('ul', {}, undated.map((i) => h('li', {}, i.text)))) : null);
        })))),
      h('p.muted', {}, 'A bar is as wide as the date is precise: a month, a quarter or a year is a span, a day a point.'));
  }

  const ready = rivalryId ? load() : firstRivalry().catch((e) => failure(body, e));
  return { ready, refresh: load };
}

// ---------------------------------------------------------------------------------------------------------------
// Conflicts view: each disagreement side by side, every value with its sources and ranks; curators act here.

function conflictsView() {
  const body = h('div', {}, h('p.muted', {}, 'Loading…'));
  fill(main, h('h2', {}, 'Where the sources disagree'),
    h('p.muted', {}, auth.user ? `Signed in as ${auth.user}: prefer a value, or deprecate a wrong one.` :
      'Curators sign in (top right) to prefer or deprecate a value.'), body);

  async function curate(mutation, record, reason) {
    try {
      await gql(`mutation Curate($id: ID!, $version: BigInteger, $reason: String${mutation === 'deprecate' ? '!' : ''}) {
        ${mutation}(id: $id, expectedVersion: $version, reason: $reason) { id rank } }`,
      { id: record.id, version: record.version, reason: reason || null });
      say(`${mutation === 'prefer' ? 'Preferred' : 'Deprecated'}.`);
      await load();
    } catch (e) {
      if (e.codes.includes('UNAUTHENTICATED')) { auth.signOut(); renderAccount(); }
      say(`Not done: ${e.message}`);
    }
  }

  function recordView(record, value) {
    const reasonId = `reason-${record.id}`;
    const reason = h('input', { type: 'text', id: reasonId, maxlength: '1000', placeholder: 'e.g. misspelling' });
    return h('li', {},
      h(`span.badge.rank-${record.rank}`, {}, record.rank.toLowerCase()), ` ${record.__typename.toLowerCase()}`,
      record.rankReason ? h('span.muted', {}, ` (${record.rankReason})`) : null,
      h('ul', {}, record.citations.map((c) => h('li', {}, h('q', {}, c.excerpt), ' — ', h('cite', {}, c.source.title)))),
      auth.user ? h('div.curate', {},
        h('label', { for: reasonId }, 'Reason'), reason,
        h('button', { type: 'button', onclick: () => curate('prefer', record, reason.value),
          'aria-label': `Prefer "${value}"` }, 'Prefer'),
        h('button', { type: 'button', onclick: () => (reason.value.trim() ? curate('deprecate', record, reason.value)
          : (reason.focus(), say('Deprecating needs a reason.'))), 'aria-label': `Deprecate "${value}"` }, 'Deprecate'))
        : null);
  }

  async function load() {
    try {
      const { conflicts } = await gql(`query Conflicts { conflicts(first: 100, ranks: ALL) { nodes {
        property qualifier resolved
        subject { __typename id ... on Person { name } ... on Organization { name } ... on Product { name } ... on Rivalry { title } }
        values { value records { __typename id rank rankReason version
          citations { excerpt source { id title } } } } } } }`);
      const list = conflicts.nodes;
      fill(body, list.length ? h('ul.conflicts', {}, list.map((c) => h('li.conflict', {},
        h('h3', {}, `${nameOf(c.subject)}: ${c.property}${c.qualifier ? ` ${c.qualifier}` : ''} `,
          h(`span.badge.${c.resolved ? 'rank-PREFERRED' : 'rank-DEPRECATED'}`, {}, c.resolved ? 'resolved' : 'open')),
        h('div.values', {}, c.values.map((v) => h('div.value', { role: 'group', 'aria-label': `Value: ${v.value}` },
          h('strong', {}, v.value),
          h('ul', {}, v.records.map((r) => recordView(r, v.value))))))))) : h('p', {}, 'The sources agree on everything.'));
    } catch (e) {
      failure(body, e);
    }
  }
  return { ready: load(), refresh: load };
}

// ---------------------------------------------------------------------------------------------------------------
// Metrics view: a product's figures over time by kind and region, and compareMetrics with its warnings.

function metricsView(productId) {
  const search = searchBox('Find a product', ['PRODUCT'],
    (hit) => { location.hash = `#/metrics/${encodeURIComponent(hit.node.id)}`; }, 'Threads');
  const body = h('div', {});
  fill(main, h('h2', {}, 'User figures'), search.el, body);
  if (!productId) {
    fill(body, h('p.muted', {}, 'Search for a product, or open one from the network.'));
    return { ready: Promise.resolve(), refresh() {} };
  }

  async function load() {
    try {
      const { product } = await gql(`query Figures($id: ID!) { product(id: $id) { id name productKind: kind owner { name }
        userMetrics { id kind value region precision periodStart periodEnd qualifier note measuredBy { name }
          ${CITATION_FIELDS} } } }`, { id: productId });
      if (!product) { fill(body, h('p', {}, 'Not found.')); return; }
      const { products } = await gql(`query Peers($kind: ProductKind) { products(kind: $kind, first: 50) { nodes { id name } } }`,
        { kind: product.productKind });
      draw(product, products.nodes.filter((p) => p.id !== product.id));
    } catch (e) {
      failure(body, e);
    }
  }

  function draw(product, peers) {
    const byKind = Map.groupBy ? Map.groupBy(product.userMetrics, (m) => m.kind)
      : product.userMetrics.reduce((map, m) => map.set(m.kind, [...(map.get(m.kind) ?? []), m]), new Map());
    const charts = [...byKind].map(([kind, metrics]) => h('section', { 'aria-labelledby': `k-${kind}` },
      h('h3', { id: `k-${kind}` }, `${kind} of ${product.name}`), chart(metrics, `${kind} of ${product.name} over time`),
      h('div.table-wrap', { tabindex: '0', role: 'region', 'aria-label': `${kind} figures with their sources` }, h('table', {},
        h('caption.muted', {}, 'The figures, with their sources'),
        h('thead', {}, h('tr', {}, ['Period', 'Region', 'Value', 'Measured by', 'Source'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, metrics.map((m) => h('tr', {},
          h('td', {}, describeDate(m.periodStart, m.precision, m.precision === 'DAY' ? m.periodEnd : null)),
          h('td', {}, m.region ?? '—'),
          h('td', {}, `${m.qualifier === 'EXACT' ? '' : `${m.qualifier.toLowerCase().replace('_', ' ')} `}${Number(m.value).toLocaleString('en')}`),
          h('td', {}, m.measuredBy?.name ?? '—'),
          h('td', {}, m.citations.map((c) => h('div', {}, h('q', {}, c.excerpt), ' — ', h('cite', {}, c.source.title)))))))))));
    const kinds = [...byKind.keys()];
    const compareKind = h('select', { id: 'cmp-kind' }, kinds.map((k) => h('option', { value: k }, k)));
    const compareWith = h('select', { id: 'cmp-with' }, peers.map((p) => h('option', { value: p.id }, p.name)));
    const compareOut = h('div', { 'aria-live': 'polite' });
    const compare = h('form.row', { onsubmit: async (event) => {
      event.preventDefault();
      try {
        const { compareMetrics: c } = await gql(`query Compare($kind: MetricKind!, $products: [String!]!) {
          compareMetrics(kind: $kind, products: $products) { comparable warnings ratios { value
            numerator { product { name } } denominator { product { name } } }
            metrics { value region periodStart precision product { name } } } }`,
        { kind: compareKind.value, products: [product.id, compareWith.value] });
        const present = c.metrics.filter(Boolean);
        const top = Math.max(1, ...present.map((m) => Number(m.value)));
        fill(compareOut, 
          c.comparable ? h('p', {}, 'Comparable.') : h('p.warnings', {}, h('strong', {}, 'Not comparable as they stand:')),
          c.warnings.length ? h('ul.warnings', { 'aria-label': 'Warnings' }, c.warnings.map((w) => h('li', {}, w))) : null,
          h('div.table-wrap', { tabindex: '0', role: 'region', 'aria-label': 'The figures compared' }, h('table', {}, h('tbody', {}, present.map((m) => h('tr', {},
            h('th', { scope: 'row' }, m.product.name),
            h('td', {}, `${compact(m.value)}${m.region ? ` (${m.region})` : ''}, ${describeDate(m.periodStart, m.precision)}`),
            h('td', { style: 'min-width:12rem' }, h('div', { role: 'img', 'aria-label': `${compact(m.value)}`,
              style: `background:#0b57d0;height:.9rem;width:${Math.max(1, (100 * Number(m.value)) / top)}%` }))))))),
          c.ratios.map((r) => h('p', {}, `${r.numerator.product.name} / ${r.denominator.product.name} = ${r.value.toFixed(1)}`)));
      } catch (e) {
        failure(compareOut, e);
      }
    } }, h('label', { for: 'cmp-kind' }, 'Compare'), compareKind, h('label', { for: 'cmp-with' }, 'with'), compareWith,
    h('button.primary', { type: 'submit', disabled: !peers.length || !kinds.length }, 'Compare'));
    fill(body, h('h3', {}, product.name, product.owner ? h('span.muted', {}, ` by ${product.owner.name}`) : ''),
      h('section.panel', { 'aria-labelledby': 'cmp-title' }, h('h3', { id: 'cmp-title' }, 'Compare with a product of the same kind'),
        compare, compareOut),
      charts.length ? h('div.charts', {}, charts) : h('p', {}, 'No user figure recorded.'));
  }
  return { ready: load(), refresh: load };
}

/** One kind's figures: a bar per figure across its period, a line through each region's figures. */
function chart(metrics, title) {
  const W = 720; const H = 260; const L = 70; const R = 20; const T = 20; const B = 40;
  const spans = metrics.map((m) => span(m.periodStart, m.precision, m.periodEnd)).filter(Boolean);
  if (!spans.length) return h('p.muted', {}, 'No dated figure.');
  let min = Math.min(...spans.map((x) => x[0])); let max = Math.max(...spans.map((x) => x[1]));
  const pad = Math.max(30 * DAY_MS, (max - min) * 0.1); min -= pad; max += pad;
  const top = Math.max(...metrics.map((m) => Number(m.value))) * 1.15;
  const x = (t) => L + ((W - L - R) * (t - min)) / (max - min);
  const y = (v) => H - B - ((H - T - B) * v) / top;
  const colours = ['#0b57d0', '#b3124a', '#1b7a3a', '#b34700', '#6b4fa3'];
  const regions = [...new Set(metrics.map((m) => m.region ?? '—'))];
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => top / 1.15 * f);
  const years = [];
  for (let yr = new Date(min).getUTCFullYear(); Date.UTC(yr, 0, 1) <= max; yr++) if (Date.UTC(yr, 0, 1) >= min) years.push(yr);
  return s('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title },
    s('title', {}, title),
    ticks.map((v) => [s('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: '#e3e7ec' }),
      s('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end' }, compact(v))]),
    years.map((yr) => s('text', { x: x(Date.UTC(yr, 0, 1)), y: H - B + 18, 'text-anchor': 'middle' }, yr)),
    s('line', { x1: L, x2: W - R, y1: H - B, y2: H - B, stroke: '#4a5360' }),
    regions.map((region, i) => {
      const colour = colours[i % colours.length];
      const points = metrics.filter((m) => (m.region ?? '—') === region && m.periodStart)
        .map((m) => ({ m, at: span(m.periodStart, m.precision, m.periodEnd) })).sort((a, b) => a.at[0] - b.at[0]);
      return [
        points.length > 1 ? s('polyline', { fill: 'none', stroke: colour, 'stroke-width': 2,
          points: points.map((p) => `${x((p.at[0] + p.at[1]) / 2)},${y(Number(p.m.value))}`).join(' ') }) : null,
        points.map((p) => [
          s('rect', { x: x(p.at[0]), y: y(Number(p.m.value)) - 4, width: Math.max(4, x(p.at[1]) - x(p.at[0])), height: 8,
            fill: colour, opacity: 0.6 }),
          s('text', { x: x((p.at[0] + p.at[1]) / 2), y: y(Number(p.m.value)) - 8, 'text-anchor': 'middle' },
            compact(p.m.value))]),
        s('text', { x: L + 10 + i * 150, y: T, fill: colour }, `■ ${region}`)];
    }));
}

// ---------------------------------------------------------------------------------------------------------------
// Curator sign-in (HTTP Basic, as the API accepts): the credentials stay in this tab's session storage.

function renderAccount() {
  const account = document.getElementById('account');
  if (auth.user) {
    fill(account, h('span', {}, `Curator: ${auth.user}`),
      h('button', { type: 'button', onclick: () => { auth.signOut(); renderAccount(); route(); } }, 'Sign out'));
    return;
  }
  const open = h('button', { type: 'button', 'aria-expanded': 'false', onclick: () => {
    fill(account, h('form.row', { onsubmit: (event) => {
      event.preventDefault();
      const data = new FormData(event.target);
      auth.signIn(data.get('user'), data.get('password'));
      renderAccount();
      route();
    } },
    h('label', { for: 'user' }, 'User'), h('input', { type: 'text', id: 'user', name: 'user', autocomplete: 'username', required: true, size: '10' }),
    h('label', { for: 'password' }, 'Password'), h('input', { type: 'password', id: 'password', name: 'password', autocomplete: 'current-password', required: true, size: '10' }),
    h('button.primary', { type: 'submit' }, 'Sign in'),
    h('button', { type: 'button', onclick: renderAccount }, 'Cancel')));
    account.querySelector('input').focus();
  } }, 'Curator sign-in');
  fill(account, open);
}

// ---------------------------------------------------------------------------------------------------------------
// Live updates: the factChanged subscription over graphql-transport-ws; the open view reloads when a fact changes.

let current = null;

function connectLive(delay = 1000) {
  const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${API}`, 'graphql-transport-ws');
  let refreshTimer = null;
  socket.addEventListener('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    if (message.type === 'connection_ack') {
      document.body.dataset.live = 'on';
      socket.send(JSON.stringify({ id: 'facts', type: 'subscribe', payload: {
        query: 'subscription Facts { factChanged { at by operation fact { __typename id } } }' } }));
    } else if (message.type === 'ping') {
      socket.send(JSON.stringify({ type: 'pong' }));
    } else if (message.type === 'next' && message.payload?.data?.factChanged) {
      const change = message.payload.data.factChanged;
      const what = change.fact?.__typename?.toLowerCase() ?? 'fact';
      say(`${change.by} changed ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} (${change.operation.toLowerCase()}): updating this view.`);
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => current?.refresh?.(), 300);
    }
  });
  socket.addEventListener('close', () => {
    document.body.dataset.live = 'off';
    setTimeout(() => connectLive(Math.min(delay * 2, 30_000)), delay);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Routing: #/network/<id>, #/timeline/<rivalry id>?asOf=YYYY-MM-DD, #/conflicts, #/metrics/<product id>.

const VIEWS = { network: networkView, timeline: timelineView, conflicts: conflictsView, metrics: metricsView };

function route() {
  const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [name, arg] = path.split('/');
  const view = VIEWS[name] ? name : 'network';
  for (const link of document.querySelectorAll('nav a[data-view]')) {
    if (link.dataset.view === view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = `${view[0].toUpperCase()}${view.slice(1)} · Rivalry Graph explorer`;
  delete document.body.dataset.ready;
  current = VIEWS[view](arg ? decodeURIComponent(arg) : null, new URLSearchParams(query));
  Promise.resolve(current.ready).finally(() => {
    // The e2e tests and the timing measure read this: the view has its data on screen and answers clicks.
    document.body.dataset.ready = view;
    performance.mark(`explorer-ready-${view}`);
  });
}

window.addEventListener('hashchange', () => { route(); main.focus({ preventScroll: true }); });
renderAccount();
route();
connectLive();
