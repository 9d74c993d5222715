// The registry's web explorer: a MapLibre GL map of the service's own vector tiles (/tiles.json),
// type-ahead search, place records, geocoding and reverse geocoding, all over the service's GraphQL.
import * as maplibregl from '/explorer/vendor/maplibre-gl/maplibre-gl.mjs';

const $ = (id) => document.getElementById(id);
const escape = (text) => String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function graphql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const answer = await response.json();
  if (answer.errors?.length) throw new Error(answer.errors.map((e) => e.message).join('; '));
  return answer.data;
}

const label = (size, color) => ({
  'text-field': ['get', 'name'],
  'text-size': size,
  'text-offset': [0, 0.9],
  'text-anchor': 'top',
  'text-optional': true,
});
const halo = (color) => ({ 'text-color': color, 'text-halo-color': '#fff', 'text-halo-width': 1.5 });

const map = new maplibregl.Map({
  container: 'map',
  center: [112.4, 37.6],
  zoom: 6,
  hash: false,
  attributionControl: { compact: true },
  style: {
    version: 8,
    sources: {
      gazetteer: { type: 'vector', url: `${location.origin}/tiles.json` },
      selection: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f2efe9' } },
      { id: 'counties-fill', type: 'fill', source: 'gazetteer', 'source-layer': 'counties', paint: { 'fill-color': '#e6e1d3', 'fill-opacity': 0.8 } },
      { id: 'counties-line', type: 'line', source: 'gazetteer', 'source-layer': 'counties', paint: { 'line-color': '#8a7f6a', 'line-width': 1.2 } },
      { id: 'places', type: 'circle', source: 'gazetteer', 'source-layer': 'places',
        paint: { 'circle-radius': 3, 'circle-color': ['match', ['get', 'class'], 'landform', '#8b6b3e', 'land_water_system', '#3b7fc4', 'settlement', '#6f8f4f', '#9a7fb0'] } },
      { id: 'pois', type: 'circle', source: 'gazetteer', 'source-layer': 'pois', paint: { 'circle-radius': 3, 'circle-color': '#c0504d' } },
      { id: 'villages', type: 'circle', source: 'gazetteer', 'source-layer': 'villages', paint: { 'circle-radius': 3.5, 'circle-color': '#4f7a3a' } },
      { id: 'townships', type: 'circle', source: 'gazetteer', 'source-layer': 'townships', paint: { 'circle-radius': 4.5, 'circle-color': '#35507a' } },
      { id: 'places-label', type: 'symbol', source: 'gazetteer', 'source-layer': 'places', layout: label(11), paint: halo('#555') },
      { id: 'pois-label', type: 'symbol', source: 'gazetteer', 'source-layer': 'pois', layout: label(11), paint: halo('#8a2f2c') },
      { id: 'villages-label', type: 'symbol', source: 'gazetteer', 'source-layer': 'villages', layout: label(12), paint: halo('#2f4a22') },
      { id: 'townships-label', type: 'symbol', source: 'gazetteer', 'source-layer': 'townships', layout: label(13), paint: halo('#22344f') },
      { id: 'county-labels', type: 'symbol', source: 'gazetteer', 'source-layer': 'county_labels',
        layout: { 'text-field': ['get', 'name'], 'text-size': 15 }, paint: halo('#3d3526') },
      { id: 'selection', type: 'circle', source: 'selection',
        paint: { 'circle-radius': 9, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#e4572e', 'circle-stroke-width': 3 } },
    ],
  },
});
map.addControl(new maplibregl.NavigationControl(), 'top-right');
map.addControl(new maplibregl.ScaleControl(), 'bottom-right');
// Tests and scripts wait for the map to settle (all tiles drawn) through this marker.
map.on('movestart', () => { document.body.dataset.mapIdle = 'false'; });
map.on('idle', () => { document.body.dataset.mapIdle = 'true'; });
window.explorer = { map };

function select(lon, lat) {
  map.getSource('selection')?.setData({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: {} });
}

function flyTo(lon, lat, zoom) {
  select(lon, lat);
  document.body.dataset.mapIdle = 'false';
  map.flyTo({ center: [lon, lat], zoom, speed: 2.5 });
}

const zoomFor = (category) =>
  ({ province: 6, city: 8, county: 9, township: 11, village_committee: 13, community: 13 })[category] ?? 14;

// ---- search with type-ahead ---------------------------------------------------------------
let suggestions = [];
let active = -1;
let typed = 0;

async function suggest() {
  const prefix = $('search').value.trim();
  const ticket = ++typed;
  if (!prefix) { render([]); return; }
  try {
    const data = await graphql(`query($prefix: String!) { autocomplete(prefix: $prefix, limit: 8) {
        text matched hit { kind id name category divisionCode lon lat place { id romanization { withTones } } } } }`, { prefix });
    if (ticket === typed) { render(data.autocomplete); $('suggestions').dataset.prefix = prefix; }
  } catch (e) {
    if (ticket === typed) { render([]); $('suggestions').innerHTML = `<li class="muted">${escape(e.message)}</li>`; }
  }
}

function render(list) {
  suggestions = list;
  active = -1;
  $('suggestions').innerHTML = list.map((s, i) => `<li role="option" data-index="${i}">${escape(s.text)}
      <small>${escape(s.hit.place?.romanization.withTones ?? '')} · ${escape(s.hit.category)}${s.hit.divisionCode ? ' · ' + escape(s.hit.divisionCode) : ''}</small></li>`).join('');
}

async function choose(index) {
  const s = suggestions[index];
  if (!s) return;
  render([]);
  $('search').value = s.text;
  if (s.hit.place) await showPlace(s.hit.place.id);
  else if (s.hit.lon != null) flyTo(s.hit.lon, s.hit.lat, zoomFor(s.hit.category));
}

let debounce;
$('search').addEventListener('input', () => { clearTimeout(debounce); debounce = setTimeout(suggest, 120); });
$('search').addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    active = Math.max(0, Math.min(suggestions.length - 1, active + (e.key === 'ArrowDown' ? 1 : -1)));
    [...$('suggestions').children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
  } else if (e.key === 'Enter') {
    e.preventDefault();
    choose(active >= 0 ? active : 0);
  }
});
$('suggestions').addEventListener('click', (e) => {
  const li = e.target.closest('li[data-index]');
  if (li) choose(Number(li.dataset.index));
});

// ---- a place's record -------------------------------------------------------------------------
const placeQuery = `query($id: ID!) { place(id: $id) {
    id code name specific generic category status provenance aliases meaning origin history validFrom validTo version lon lat
    romanization { withTones toneless wadeGiles needsReview }
    formerNames { name from to approximate }
    divisionChain { code name level place { id } } } }`;

async function showPlace(id) {
  const { place } = await graphql(placeQuery, { id: String(id) });
  const section = $('record');
  section.hidden = false;
  section.dataset.placeId = place.id;
  const years = (u) => `${u.approximate ? '约 ' : ''}${u.from ?? '?'}–${u.to ?? ''}`;
  const row = (term, value) => (value ? `<dt>${term}</dt><dd>${value}</dd>` : '');
  section.innerHTML = `
    <h2 id="record-name">${escape(place.name)}</h2>
    <div><span id="record-pinyin">${escape(place.romanization.withTones)}</span>
      ${place.romanization.wadeGiles ? `<span class="muted"> · ${escape(place.romanization.wadeGiles)} (Wade-Giles)</span>` : ''}
      <span class="badge ${place.provenance === 'SAMPLE' ? 'sample' : ''}">${escape(place.provenance.toLowerCase())}</span></div>
    <dl>
      ${row('类别 category', escape(place.category))}
      ${row('状态 status', escape(place.status.toLowerCase()))}
      ${row('代码 code', escape(place.code))}
      ${row('专名/通名', place.specific ? `${escape(place.specific)} / ${escape(place.generic)}` : '')}
      ${row('别名 aliases', place.aliases.map(escape).join('、'))}
      ${row('曾用名 former', place.formerNames.map((u) => `${escape(u.name)} <span class="muted">${years(u)}</span>`).join('<br>'))}
      ${row('区划 chain', `<span class="chain" id="record-chain">${place.divisionChain.map((d) =>
        d.place ? `<a data-place="${d.place.id}">${escape(d.name)}</a>` : escape(d.name)).join(' › ')}</span>`)}
      ${row('含义 meaning', escape(place.meaning))}
      ${row('来历 origin', escape(place.origin))}
      ${row('沿革 history', escape(place.history))}
      ${row('有效 valid', place.validFrom || place.validTo ? `${escape(place.validFrom ?? '')} – ${escape(place.validTo ?? '')}` : '')}
      ${row('位置 point', `${place.lon.toFixed(5)}, ${place.lat.toFixed(5)}`)}
    </dl>`;
  flyTo(place.lon, place.lat, zoomFor(place.category));
}

document.addEventListener('click', (e) => {
  const link = e.target.closest('a[data-place]');
  if (link) showPlace(link.dataset.place);
});

// ---- geocoding -------------------------------------------------------------------------------
$('geocode-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const address = $('address').value.trim();
  if (!address) return;
  const out = $('geocode-result');
  out.textContent = '…';
  try {
    const { geocode } = await graphql(`query($address: String!) { geocode(address: $address) {
        status message unusedText
        best { code name level confidence lon lat pointDerived chain { name } place { id } }
        alternatives { code name level confidence } } }`, { address });
    const best = geocode.best;
    out.dataset.status = geocode.status;
    if (!best) { out.innerHTML = `<span class="level">${escape(geocode.status)}</span> ${escape(geocode.message ?? '')}`; return; }
    out.innerHTML = `
      <div><span class="level" id="geocode-level">${escape(best.level)}</span> ·
        confidence <span id="geocode-confidence">${best.confidence.toFixed(2)}</span> · ${escape(geocode.status)}</div>
      <div>${best.chain.map((d) => escape(d.name)).join(' › ')} <span class="muted">${escape(best.code)}</span></div>
      ${geocode.unusedText ? `<div class="muted">ignored: ${escape(geocode.unusedText)}</div>` : ''}
      ${geocode.alternatives.length ? `<div class="muted">also: ${geocode.alternatives.map((a) => `${escape(a.name)} (${a.confidence.toFixed(2)})`).join(', ')}</div>` : ''}`;
    if (best.lon != null) flyTo(best.lon, best.lat, zoomFor({ COUNTY: 'county', TOWNSHIP: 'township', VILLAGE: 'village_committee' }[best.level] ?? 'city'));
  } catch (error) {
    out.textContent = error.message;
  }
});

// ---- clicking the map: a name opens its record, elsewhere a reverse geocode -----------------
const clickable = ['townships', 'villages', 'places', 'county-labels', 'townships-label', 'villages-label', 'places-label'];
map.on('click', async (e) => {
  const hit = map.queryRenderedFeatures(e.point, { layers: clickable }).find((f) => f.id != null);
  if (hit) { await showPlace(hit.id); return; }
  const { lng, lat } = e.lngLat;
  const section = $('reverse');
  section.hidden = false;
  select(lng, lat);
  try {
    const { reverseGeocode: r } = await graphql(`query($lat: Float!, $lon: Float!) { reverseGeocode(lat: $lat, lon: $lon) {
        covered message chain { name level place { id } } nearest { place { id name category } distanceMeters } } }`, { lat, lon: lng });
    section.innerHTML = `<label>逆地理 Reverse geocode <small>${lng.toFixed(5)}, ${lat.toFixed(5)}</small></label>` + (r.covered
      ? `<div class="chain">${r.chain.map((d) => (d.place ? `<a data-place="${d.place.id}">${escape(d.name)}</a>` : escape(d.name))).join(' › ')}</div>
         <ul>${r.nearest.map((n) => `<li><a data-place="${n.place.id}">${escape(n.place.name)}</a> <span class="muted">${escape(n.place.category)} · ${Math.round(n.distanceMeters)} m</span></li>`).join('')}</ul>`
      : `<div class="muted">${escape(r.message ?? 'Outside Shanxi.')}</div>`);
  } catch (error) {
    section.textContent = error.message;
  }
});
