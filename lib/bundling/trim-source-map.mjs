// Bundling step (lib/stacks/node-function.ts runs it after esbuild on every function; the cold-start
// bench too): keeps in a bundle's source map only what maps to our own code. With --enable-source-maps,
// Node reads and decodes the whole map when the bundle loads, before the first request: for a context
// the map is ~1.3 MB, ~85 % of it the packages' code (AWS SDK, ElectroDB, zod), and importing with it
// cost ~50 ms of CPU more than without (issue 20). A stack trace still names our .ts file and line for
// every frame in our code; a frame inside a package shows its position in index.mjs instead of the
// package's file (the package and version are in package-lock.json; `npx source-map-cli` on a full
// build's map resolves such a position when one is ever needed).
//
// A dropped segment is replaced by a segment that maps to nothing, so the mapping before it ends there
// and no package code is ever attributed to one of our lines.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = Object.fromEntries([...BASE64].map((c, i) => [c, i]));

function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of text) {
    const digit = DIGIT[c];
    if (digit === undefined) throw new Error(`not a base64 VLQ digit: ${c}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeValue(n) {
  let vlq = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = vlq & 31;
    vlq >>>= 5;
    if (vlq > 0) digit |= 32;
    out += BASE64[digit];
  } while (vlq > 0);
  return out;
}

/** Whether a source (as the map names it, relative to the map) is a package's file. */
export const isPackageSource = (source) => /(^|\/)node_modules\//.test(source);

/** The map (parsed JSON, version 3) with only the mappings into sources `keep` accepts. */
export function trimSourceMap(map, keep = (source) => !isPackageSource(source)) {
  const sources = [];
  const names = [];
  const sourceIndex = new Map();
  const nameIndex = new Map();
  // Absolute values across the whole mappings string (only the generated column restarts per line).
  let source = 0;
  let line = 0;
  let column = 0;
  let name = 0;
  // The previous kept values, for the re-encoded relative values.
  let outSource = 0;
  let outLine = 0;
  let outColumn = 0;
  let outName = 0;
  const lines = map.mappings.split(';').map((generated) => {
    let outGenerated = 0;
    let lastWasEmpty = true;
    const segments = [];
    let generatedColumn = 0;
    for (const text of generated ? generated.split(',') : []) {
      const v = decodeSegment(text);
      generatedColumn += v[0];
      if (v.length >= 4) {
        source += v[1];
        line += v[2];
        column += v[3];
      }
      if (v.length === 5) name += v[4];
      const kept = v.length >= 4 && keep(map.sources[source]);
      if (!kept) {
        // One empty segment ends the mapping before it; more in a row add nothing.
        if (!lastWasEmpty) {
          segments.push(encodeValue(generatedColumn - outGenerated));
          outGenerated = generatedColumn;
          lastWasEmpty = true;
        }
        continue;
      }
      const file = map.sources[source];
      if (!sourceIndex.has(file)) {
        sourceIndex.set(file, sources.length);
        sources.push(file);
      }
      const s = sourceIndex.get(file);
      let segment =
        encodeValue(generatedColumn - outGenerated) +
        encodeValue(s - outSource) +
        encodeValue(line - outLine) +
        encodeValue(column - outColumn);
      if (v.length === 5) {
        const n = map.names[name];
        if (!nameIndex.has(n)) {
          nameIndex.set(n, names.length);
          names.push(n);
        }
        segment += encodeValue(nameIndex.get(n) - outName);
        outName = nameIndex.get(n);
      }
      segments.push(segment);
      outGenerated = generatedColumn;
      outSource = s;
      outLine = line;
      outColumn = column;
      lastWasEmpty = false;
    }
    return segments.join(',');
  });
  const trimmed = { ...map, sources, names, mappings: lines.join(';') };
  if (map.sourcesContent)
    trimmed.sourcesContent = sources.map((s) => map.sourcesContent[map.sources.indexOf(s)]);
  return trimmed;
}

// As a command: node lib/bundling/trim-source-map.mjs <file.map> (rewritten in place).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: trim-source-map.mjs <file.map>');
  writeFileSync(file, JSON.stringify(trimSourceMap(JSON.parse(readFileSync(file, 'utf8')))));
}
