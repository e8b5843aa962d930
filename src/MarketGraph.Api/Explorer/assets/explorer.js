// MarketGraph explorer: search entities, expand neighbours, filter by relation type and date,
// find shortest paths, and read the evidence behind every edge. Talks to /graphql only.
(() => {
  'use strict';

  const RELATION_TYPES = ['OWNS_STAKE', 'SUBSIDIARY_OF', 'ACQUIRED', 'JOINT_VENTURE_OF', 'PARTNERS_WITH', 'SUPPLIES',
    'BUILT_ON', 'OPERATES', 'AWARDED_CONTRACT', 'HOLDS_ROLE', 'QUALIFIED'];
  const KIND_COLOURS = { ORGANIZATION: '#2f6bd8', PUBLIC_BODY: '#c0392b', PERSON: '#8e44ad', TECHNOLOGY: '#16a085',
    OFFERING: '#d68910', COUNTRY: '#7f8c8d', CONTRACT: '#34495e' };  // GraphQL's EntityKind enum values

  const QUERIES = {
    search: `query Search($text: String!) { search(text: $text, first: 20) { edges { node { id name kind } } } }`,
    neighbours: `query Neighbours($id: ID!, $depth: Int!, $types: [RelationType!], $asOf: Date) {
      entity(id: $id) { id name kind
        neighbours(depth: $depth, types: $types, asOf: $asOf) {
          entities { id name kind }
          relations { id type from { id } to { id } confidence } } } }`,
    evidence: `query Evidence($id: ID!) { relation(id: $id) { id type from { name } to { name } properties firstSeen lastSeen
      evidence { quote confidence status extractor document { title url publisher published } } } }`,
    paths: `query Paths($from: ID!, $to: ID!, $types: [RelationType!]) { paths(from: $from, to: $to, maxHops: 4, types: $types) {
      entities { id name kind } relations { id type from { id } to { id } confidence } } }`,
  };

  const $ = (id) => document.getElementById(id);
  const status = (text) => { const s = $('status'); s.textContent = text; s.classList.toggle('show', !!text); };

  async function gql(query, variables) {
    const response = await fetch('/graphql', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = await response.json();
    if (body.errors && body.errors.length) throw new Error(body.errors[0].message);
    return body.data;
  }

  const cy = cytoscape({
    container: $('graph'),
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(colour)', color: '#1d2330',
        'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, width: 22, height: 22 } },
      { selector: 'node.path-end', style: { 'border-width': 3, 'border-color': '#f1c40f' } },
      { selector: 'edge', style: { label: 'data(type)', 'font-size': 8, 'curve-style': 'bezier', width: 'data(width)',
        'target-arrow-shape': 'triangle', 'line-color': '#9aa7bd', 'target-arrow-color': '#9aa7bd', 'text-rotation': 'autorotate' } },
      { selector: 'edge.on-path', style: { 'line-color': '#f39c12', 'target-arrow-color': '#f39c12', width: 4 } },
      { selector: ':selected', style: { 'overlay-opacity': 0.15 } },
    ],
    layout: { name: 'grid' },
  });

  function selectedTypes() {
    const boxes = [...document.querySelectorAll('#types input:checked')].map((b) => b.value);
    return boxes.length === RELATION_TYPES.length ? null : boxes;
  }

  function addEntities(entities) {
    for (const e of entities) {
      if (cy.getElementById(e.id).nonempty()) continue;
      cy.add({ group: 'nodes', data: { id: e.id, label: e.name, kind: e.kind, colour: KIND_COLOURS[e.kind] || '#555' } });
    }
  }

  function addRelations(relations) {
    for (const r of relations) {
      if (cy.getElementById(r.id).nonempty()) continue;
      if (cy.getElementById(r.from.id).empty() || cy.getElementById(r.to.id).empty()) continue;
      cy.add({ group: 'edges', data: { id: r.id, source: r.from.id, target: r.to.id, type: r.type,
        width: 1 + 3 * (r.confidence || 0.5) } });
    }
  }

  function relayout() { cy.layout({ name: 'cose', animate: false, nodeRepulsion: 9000, idealEdgeLength: 110 }).run(); }

  async function expand(id) {
    status('Loading neighbours…');
    try {
      const data = await gql(QUERIES.neighbours, { id, depth: Number($('depth').value), types: selectedTypes(),
        asOf: $('as-of').value || null });
      if (!data.entity) { status('Not found'); return; }
      addEntities([data.entity, ...data.entity.neighbours.entities]);
      addRelations(data.entity.neighbours.relations);
      relayout();
      status('');
    } catch (e) { status(e.message); }
  }

  async function search(text) {
    const list = $('results');
    list.replaceChildren();
    if (!text.trim()) return;
    status('Searching…');
    try {
      const data = await gql(QUERIES.search, { text });
      for (const { node } of data.search.edges) {
        const li = document.createElement('li');
        li.tabIndex = 0;
        li.dataset.id = node.id;
        li.append(node.name);
        const kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = node.kind;
        li.append(kind);
        li.addEventListener('click', () => expand(node.id));
        li.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') expand(node.id); });
        list.append(li);
      }
      status(data.search.edges.length ? '' : 'No match');
      if (!data.search.edges.length) setTimeout(() => status(''), 1500);
    } catch (e) { status(e.message); }
  }

  function text(tag, value, className) {
    const el = document.createElement(tag);
    el.textContent = value ?? '';
    if (className) el.className = className;
    return el;
  }

  async function showEvidence(id) {
    const body = $('details-body');
    body.replaceChildren(text('p', 'Loading…', 'hint'));
    try {
      const { relation } = await gql(QUERIES.evidence, { id });
      $('details-title').textContent = `${relation.from.name} — ${relation.type} → ${relation.to.name}`;
      body.replaceChildren();
      if (relation.properties && Object.keys(relation.properties).length)
        body.append(text('p', Object.entries(relation.properties).map(([k, v]) => `${k}: ${v}`).join(' · '), 'meta'));
      if (relation.firstSeen) body.append(text('p', `Seen ${relation.firstSeen}${relation.lastSeen && relation.lastSeen !== relation.firstSeen ? ' to ' + relation.lastSeen : ''}`, 'meta'));
      for (const ev of relation.evidence) {
        const box = document.createElement('div');
        box.className = `evidence status-${(ev.status || '').toLowerCase()}`;
        box.append(text('blockquote', ev.quote));
        const meta = text('div', '', 'meta');
        const doc = ev.document || {};
        if (doc.url) {
          const a = text('a', doc.title || doc.url);
          a.href = doc.url; a.target = '_blank'; a.rel = 'noopener noreferrer';
          meta.append(a);
        } else meta.append(doc.title || 'document');
        meta.append(` · ${doc.publisher || ''} ${doc.published || ''} · confidence ${ev.confidence} · ${ev.status}`);
        box.append(meta);
        body.append(box);
      }
    } catch (e) { body.replaceChildren(text('p', e.message, 'hint')); }
  }

  let pathEnds = [];
  function pickPathEnd(node) {
    pathEnds = [...pathEnds.filter((n) => n.id() !== node.id()), node].slice(-2);
    cy.nodes().removeClass('path-end');
    pathEnds.forEach((n) => n.addClass('path-end'));
    $('path-from').value = pathEnds[0] ? pathEnds[0].data('label') : '';
    $('path-to').value = pathEnds[1] ? pathEnds[1].data('label') : '';
  }

  async function findPath() {
    if (pathEnds.length < 2) { status('Pick two entities (shift-click)'); return; }
    status('Finding paths…');
    try {
      const data = await gql(QUERIES.paths, { from: pathEnds[0].id(), to: pathEnds[1].id(), types: selectedTypes() });
      cy.edges().removeClass('on-path');
      if (!data.paths.length) { status('No path within 4 hops'); return; }
      for (const p of data.paths) { addEntities(p.entities); addRelations(p.relations); }
      data.paths.forEach((p) => p.relations.forEach((r) => cy.getElementById(r.id).addClass('on-path')));
      relayout();
      status('');
    } catch (e) { status(e.message); }
  }

  for (const t of RELATION_TYPES) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox'; box.value = t; box.checked = true;
    label.append(box, ' ', t);
    $('types').append(label);
  }

  $('search-form').addEventListener('submit', (ev) => { ev.preventDefault(); search($('search').value); });
  $('find-path').addEventListener('click', findPath);
  $('clear').addEventListener('click', () => { cy.elements().remove(); pathEnds = []; $('path-from').value = ''; $('path-to').value = ''; });
  cy.on('tap', 'node', (ev) => { if (ev.originalEvent && ev.originalEvent.shiftKey) pickPathEnd(ev.target); else expand(ev.target.id()); });
  cy.on('tap', 'edge', (ev) => showEvidence(ev.target.id()));

  // handles for scripting the explorer from the browser console (and for the browser tests)
  window.__mg = cy;
  window.__mgPick = (id) => pickPathEnd(cy.getElementById(id));

  const initial = new URLSearchParams(location.search).get('q');
  if (initial) { $('search').value = initial; search(initial); }
})();
