namespace MarketGraph.Api.GraphQL.Http;

/// <summary>
/// A light GraphQL IDE for GET /graphql from a browser: editor, variables, API key, run, result, and the
/// analysts' example questions. Self-written (a few KB) instead of a 200 MB GraphiQL bundle.
/// </summary>
public static class GraphQLIdePage
{
    public const string Html = """
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>MarketGraph GraphQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 0; display: flex; flex-direction: column; height: 100vh; color: #1d2330; }
  header { display: flex; gap: .6em; align-items: center; padding: .5em .8em; background: #1d2330; color: #fff; flex-wrap: wrap; }
  header h1 { font-size: 1em; margin: 0 1em 0 0; }
  header select, header input, header button { font: inherit; padding: .25em .5em; }
  header button { background: #2f6bd8; color: #fff; border: 0; border-radius: 3px; cursor: pointer; }
  main { flex: 1; display: grid; grid-template-columns: 1fr 1fr; gap: .5em; padding: .5em; min-height: 0; }
  .left { display: grid; grid-template-rows: 3fr 1fr; gap: .5em; min-height: 0; }
  textarea, pre { font: 13px/1.45 ui-monospace, monospace; border: 1px solid #ccd; border-radius: 3px; padding: .5em; margin: 0; box-sizing: border-box; width: 100%; height: 100%; resize: none; }
  pre { overflow: auto; background: #f6f7f9; white-space: pre-wrap; }
  label { font-size: 12px; color: #556; }
  .pane { display: flex; flex-direction: column; min-height: 0; }
  .pane > textarea, .pane > pre { flex: 1; }
  #status { font-size: 12px; opacity: .8; }
</style>
</head>
<body>
<header>
  <h1>MarketGraph GraphQL</h1>
  <select id="examples" aria-label="Example queries"><option value="">Examples…</option></select>
  <button id="run" title="Ctrl+Enter">Run ▶</button>
  <input id="apikey" type="password" placeholder="API key (mutations only)" aria-label="API key" size="22">
  <a href="/graphql?query=%7B__schema%7BqueryType%7Bname%7D%7D%7D" style="color:#9cf">raw GET</a>
  <span id="status"></span>
</header>
<main>
  <div class="left">
    <div class="pane"><label for="query">Query</label><textarea id="query" spellcheck="false"></textarea></div>
    <div class="pane"><label for="variables">Variables (JSON)</label><textarea id="variables" spellcheck="false">{}</textarea></div>
  </div>
  <div class="pane"><label for="result">Result</label><pre id="result" aria-live="polite"></pre></div>
</main>
<script>
(() => {
  'use strict';
  const EXAMPLES = [
    ['Search entities (accent-insensitive)', 'query Search($text: String!) {\n  search(text: $text, first: 10) {\n    totalCount\n    edges { node { id name kind country aliases } }\n  }\n}', { text: 'etat' }],
    ['Who supplies OpenStack to whom', '{\n  suppliers(technology: "OpenStack", first: 20) {\n    totalCount\n    edges { node {\n      supplier { name } customer { name } technology { name }\n      evidence { quote document { title url publisher published } }\n    } }\n  }\n}', {}],
    ['An entity and its relations, with evidence', 'query Entity($name: String!) {\n  entity(name: $name) {\n    id name kind country\n    relations(first: 20) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node {\n        type from { name } to { name } properties firstSeen lastSeen confidence\n        evidence { quote confidence status extractor document { title url published } }\n      } }\n    }\n  }\n}', { name: 'Orange' }],
    ['Relations as of a date', 'query AsOf($name: String!, $asOf: Date!) {\n  entity(name: $name) {\n    name\n    relations(types: [OWNS_STAKE, SUBSIDIARY_OF, ACQUIRED], asOf: $asOf) {\n      edges { node { type from { name } to { name } properties } }\n    }\n  }\n}', { name: 'Orange', asOf: '2016-01-01' }],
    ['Neighbours (2 hops)', 'query Neighbours($name: String!) {\n  entity(name: $name) {\n    name\n    neighbours(depth: 2) {\n      entities { id name kind }\n      relations { type from { name } to { name } }\n    }\n  }\n}', { name: 'Huawei' }],
    ["The State's effective stake (ownership chain)", 'query Owners($entity: ID!) {\n  ownership(entity: $entity, depth: 3) {\n    depth owner { name kind } owned { name } percent effectivePercent\n  }\n}', { entity: 'Cloudwatt' }],
    ['Shortest paths between two entities', 'query Paths($from: ID!, $to: ID!) {\n  paths(from: $from, to: $to, maxHops: 4) {\n    length\n    entities { name kind }\n    relations { type from { name } to { name } }\n  }\n}', { from: 'Huawei', to: 'Orange' }],
    ['Contracts awarded, with suppliers\' owners', '{\n  contracts(first: 20) {\n    totalCount\n    edges { node {\n      buyer { name } subject value currency date cpv\n      supplier { name country\n        relations(types: [SUBSIDIARY_OF, OWNS_STAKE], first: 5) { edges { node { type from { name country } to { name country } } } }\n      }\n    } }\n  }\n}', {}],
    ['Documents', '{\n  documents(first: 10) {\n    totalCount\n    edges { node { title url publisher published language claimCount } }\n  }\n}', {}],
    ['Sources and their health', '{\n  sources { name kind url healthy lastRun { finishedAt fetched newDocuments errors errorMessages } }\n}', {}],
    ['Reject a claim (needs an API key)', 'mutation Reject($id: ID!) {\n  rejectClaim(id: $id) { id status quote }\n}', { id: 'CLAIM-ID' }],
  ];
  const $ = (id) => document.getElementById(id);
  const select = $('examples');
  EXAMPLES.forEach(([title], i) => { const o = document.createElement('option'); o.value = String(i); o.textContent = title; select.append(o); });
  const load = (i) => { const [, q, v] = EXAMPLES[i]; $('query').value = q; $('variables').value = JSON.stringify(v, null, 2); };
  select.addEventListener('change', () => { if (select.value !== '') load(Number(select.value)); });
  $('apikey').value = sessionStorage.getItem('mg-api-key') || '';
  const params = new URLSearchParams(location.search);
  if (params.get('q')) $('query').value = params.get('q'); else load(1);

  async function run() {
    let variables = {};
    try { variables = JSON.parse($('variables').value || '{}'); } catch (e) { $('result').textContent = 'Variables are not valid JSON: ' + e.message; return; }
    const key = $('apikey').value.trim();
    sessionStorage.setItem('mg-api-key', key);
    const headers = { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json' };
    if (key) headers['X-Api-Key'] = key;
    $('status').textContent = 'running…';
    const started = performance.now();
    try {
      const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query: $('query').value, variables }) });
      const text = await response.text();
      try { $('result').textContent = JSON.stringify(JSON.parse(text), null, 2); } catch { $('result').textContent = text; }
      $('status').textContent = `HTTP ${response.status} · ${Math.round(performance.now() - started)} ms`;
    } catch (e) {
      $('result').textContent = String(e);
      $('status').textContent = 'failed';
    }
  }
  $('run').addEventListener('click', run);
  document.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); } });
})();
</script>
</body>
</html>
""";
}
