// flopscale.wasm gives the native library's answers bit for bit: runs every case that
// flopscale_web_cases prints (parsing, formatting, compute-optimal splits, plans, the catalog) in
// the WebAssembly module through flopscale.js and expects the same line, byte for byte.
//   node wasm_matches_native.js flopscale.wasm flopscale_web_cases flopscale.js
'use strict';
const fs = require('fs');
const { execFileSync } = require('child_process');

const [wasmPath, casesPath, modulePath] = process.argv.slice(2);
const { load } = require(modulePath);

// The 16 hex digits of a double's bits, as cases.cpp prints them.
function hex(v) {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}
function fromHex(text) {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt('0x' + text));
  return view.getFloat64(0);
}

async function main() {
  const fsw = await load(fs.readFileSync(wasmPath));
  const e = fsw.exports;
  const decoder = new TextDecoder();
  const output = () => decoder.decode(new Uint8Array(e.memory.buffer, e.fs_output(),
    e.fs_output_length())).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  const values = (n) => Array.from(new Float64Array(e.memory.buffer, e.fs_values(), n), hex).join(' ');
  const kindNames = Object.keys(fsw.kinds);

  // Each case again, in the module, printed as cases.cpp prints it.
  function rerun(parts) {
    switch (parts[0]) {
    case 'parse': {
      const [, kind, text] = parts;
      const r = fsw.parse(kindNames[Number(kind)], text);
      return ['parse', kind, text, r.error === undefined ? 0 : 1,
        r.error === undefined ? values(1) : '', output()].join('\t');
    }
    case 'format': {
      const [, kind, value, notation, precision] = parts;
      const status = e.fs_format(Number(kind), fromHex(value), Number(notation), Number(precision));
      return ['format', kind, value, notation, precision, status, output()].join('\t');
    }
    case 'optimal': {
      const [, law, budget] = parts;
      const r = fsw.optimal(Number(law), fromHex(budget));
      return ['optimal', law, budget, r.error === undefined ? 0 : 1, values(3), output()].join('\t');
    }
    case 'plan': {
      const items = parts[1].split(';').map((item) => {
        const eq = item.indexOf('=');
        return [item.slice(0, eq), item.slice(eq + 1)];
      });
      // As cases.cpp: each field in the order given, each refusal reported, then the plan.
      e.fs_plan_reset();
      let refusals = '';
      for (const [name, text] of items) {
        const bytes = new TextEncoder().encode(text);
        new Uint8Array(e.memory.buffer, e.fs_input(), bytes.length).set(bytes);
        const status = e.fs_plan_set(fsw.fields.indexOf(name), bytes.length);
        if (status !== 0) refusals += `set ${name} ${status}: ${output()} | `;
      }
      const status = e.fs_plan_run();
      const rows = status === 0 ? output().split('\\n').length : 0;
      const message = output();
      const line = ['plan', parts[1], `${refusals}run ${status}`, values(rows), message].join('\t');
      // The page's path through flopscale.js (each field once) gives the same rows or message.
      const request = Object.fromEntries(items);
      if (!refusals && items.length === Object.keys(request).length) {
        const page = fsw.plan(request);
        if (status === 0 && page.rows.map((r) => hex(r.value)).join(' ') !== values(rows))
          throw new Error('flopscale.js plan() differs for ' + parts[1]);
        if (status !== 0 && !Object.values(page.errors || {}).includes(message))
          throw new Error('flopscale.js plan() reports another error for ' + parts[1]);
      }
      return line;
    }
    case 'chip':
      e.fs_chip(Number(parts[1]));
      return ['chip', parts[1], output()].join('\t');
    case 'find': {
      const r = fsw.findChip(parts[1]);
      return ['find', parts[1], r.index === undefined ? -1 : r.index, output()].join('\t');
    }
    case 'model':
      e.fs_model(Number(parts[1]));
      return ['model', parts[1], output()].join('\t');
    case 'law':
      e.fs_law(Number(parts[1]));
      return ['law', parts[1], output()].join('\t');
    case 'version':
      return ['version', fsw.version()].join('\t');
    default:
      throw new Error('unknown case ' + parts[0]);
    }
  }

  // The cases' plans with their goodput sections run past node's default 1 MB of output.
  const expected = execFileSync(casesPath, { encoding: 'utf8', maxBuffer: 16 << 20 })
    .split('\n').filter((l) => l);
  const counts = {};
  let failures = 0;
  for (const line of expected) {
    const parts = line.split('\t');
    const got = rerun(parts);
    counts[parts[0]] = (counts[parts[0]] || 0) + 1;
    if (got !== line) {
      if (++failures <= 10) console.log('native: ' + line + '\nwasm:   ' + got);
    }
  }
  console.log('cases: ' + Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', '));
  console.log(`${expected.length - failures} of ${expected.length} cases identical to the native library`);
  process.exit(failures === 0 && expected.length > 0 ? 0 : 1);
}

main().catch((error) => { console.error(error); process.exit(1); });
