// Builds the explorer into dist/: the page, its script and style, and MapLibre GL's own files from
// node_modules (no CDN: the API serves everything from this folder).
import { cpSync, mkdirSync, rmSync, readdirSync } from 'node:fs';

const dist = new URL('./dist/', import.meta.url);
const vendor = new URL('./vendor/maplibre-gl/', dist);
rmSync(dist, { recursive: true, force: true });
mkdirSync(vendor, { recursive: true });
cpSync(new URL('./src/', import.meta.url), dist, { recursive: true });
const maplibre = new URL('./node_modules/maplibre-gl/dist/', import.meta.url);
for (const file of readdirSync(maplibre))
  if (/^maplibre-gl(-shared|-worker)?\.(mjs|css)$/.test(file))
    cpSync(new URL(file, maplibre), new URL(file, vendor));
console.log('explorer built into web/explorer/dist');
