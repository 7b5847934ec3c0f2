// The planner page in headless Chromium, driven over the DevTools protocol: it loads from file://
// and from a static server and is filled by keyboard input; every number it shows equals
// `flopscale plan --json` for the same inputs and its text reads as `flopscale plan` prints it;
// bad input shows the library's message next to its field; the state survives in the URL; every
// field has a label and Tab reaches them all in order; no NaN is ever on screen; and a screenshot
// is not blank.
//   node page_in_chromium.js CHROMIUM index.html FLOPSCALE_TOOL screenshot.png PYTHON png_nonblank.py
// Node's built-in modules only: the WebSocket client below is the few lines CDP needs.
'use strict';
const childProcess = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const [chromium, indexPath, tool, screenshotPath, python, pngChecker] = process.argv.slice(2);

// A WebSocket client (RFC 6455) for one text-message conversation: masked frames out, unmasked
// frames in, fragments joined.
function connect(url) {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: target.hostname, port: target.port, path: target.pathname,
      headers: {
        Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': crypto.randomBytes(16).toString('base64'),
      },
    });
    request.on('error', reject);
    request.on('upgrade', (response, socket, head) => {
      const listeners = [];
      let pending = head;
      let fragments = [];
      socket.on('data', (chunk) => {
        pending = Buffer.concat([pending, chunk]);
        for (;;) {
          if (pending.length < 2) return;
          const fin = (pending[0] & 0x80) !== 0;
          const opcode = pending[0] & 0x0f;
          let length = pending[1] & 0x7f;
          let offset = 2;
          if (length === 126) {
            if (pending.length < 4) return;
            length = pending.readUInt16BE(2);
            offset = 4;
          } else if (length === 127) {
            if (pending.length < 10) return;
            length = Number(pending.readBigUInt64BE(2));
            offset = 10;
          }
          if (pending.length < offset + length) return;
          const payload = pending.subarray(offset, offset + length);
          pending = pending.subarray(offset + length);
          if (opcode === 0x8) return socket.end();
          if (opcode === 0x1 || opcode === 0x0) {
            fragments.push(Buffer.from(payload));
            if (fin) {
              const text = Buffer.concat(fragments).toString('utf8');
              fragments = [];
              listeners.forEach((listener) => listener(text));
            }
          }
        }
      });
      resolve({
        onMessage(listener) { listeners.push(listener); },
        send(text) {
          const payload = Buffer.from(text, 'utf8');
          const mask = crypto.randomBytes(4);
          let header;
          if (payload.length < 126) {
            header = Buffer.from([0x81, 0x80 | payload.length]);
          } else if (payload.length < 65536) {
            header = Buffer.alloc(4);
            header.writeUInt16BE(payload.length, 2);
            header[1] = 0x80 | 126;
          } else {
            header = Buffer.alloc(10);
            header.writeBigUInt64BE(BigInt(payload.length), 2);
            header[1] = 0x80 | 127;
          }
          header[0] = 0x81;
          for (let i = 0; i < payload.length; ++i) payload[i] ^= mask[i % 4];
          socket.write(Buffer.concat([header, mask, payload]));
        },
        close() { socket.destroy(); },
      });
    });
    request.end();
  });
}

function getJson(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (response) => {
      let body = '';
      response.on('data', (chunk) => { body += chunk; });
      response.on('end', () => resolve(JSON.parse(body)));
    }).on('error', reject);
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function startChromium(profile) {
  const browser = childProcess.spawn(chromium, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    // Containers often give /dev/shm too little room for a renderer.
    '--disable-dev-shm-usage', '--user-data-dir=' + profile, '--remote-debugging-port=0',
    '--window-size=1280,1800', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const port = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('Chromium did not start:\n' + text)), 60000);
    browser.stderr.on('data', (chunk) => {
      text += chunk;
      const found = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (found) { clearTimeout(timer); resolve(found[1]); }
    });
    browser.on('exit', (code) => reject(new Error('Chromium exited with ' + code + ':\n' + text)));
  });
  const pages = await getJson(`http://127.0.0.1:${port}/json/list`);
  const socket = await connect(pages.find((p) => p.type === 'page').webSocketDebuggerUrl);
  let next = 0;
  const waiting = new Map();
  socket.onMessage((text) => {
    const message = JSON.parse(text);
    if (message.id !== undefined && waiting.has(message.id)) {
      const { resolve, reject } = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error) reject(new Error(JSON.stringify(message.error)));
      else resolve(message.result);
    }
  });
  const send = (method, params = {}) => new Promise((resolve, reject) => {
    const id = ++next;
    waiting.set(id, { resolve, reject });
    socket.send(JSON.stringify({ id, method, params }));
  });
  return { browser, socket, send };
}

let failures = 0;
function check(ok, what, detail) {
  console.log((ok ? 'ok   ' : 'FAIL ') + what + (ok || detail === undefined ? '' : ': ' + detail));
  if (!ok) ++failures;
}

// `flopscale plan` for the page's field values: its table, or with --json its object.
function cliPlan(fields, json) {
  const args = ['plan'].concat(json ? ['--json'] : []);
  for (const [name, value] of Object.entries(fields)) if (value !== '') args.push('--' + name, value);
  const text = childProcess.execFileSync(tool, args, { encoding: 'utf8' });
  return json ? JSON.parse(text) : text;
}

// The page's plan laid out as the tool lays out its table: headings, then labels padded to the
// longest one.
const planAsText = `(() => {
  const rows = Array.from(document.querySelectorAll('#plan-table tr'), (tr) => {
    const heading = tr.querySelector('th[colspan]');
    return heading ? [heading.textContent] : [tr.querySelector('th').textContent, tr.querySelector('td').textContent];
  });
  const width = Math.max(...rows.filter((r) => r.length === 2).map((r) => r[0].length));
  let text = '';
  for (const r of rows)
    text += r.length === 1 ? (text ? '\\n' : '') + r[0] + '\\n' : '  ' + r[0].padEnd(width + 2) + r[1] + '\\n';
  return text;
})()`;

async function main() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'flopscale-chromium-'));
  const server = http.createServer((request, response) => {
    const file = path.join(path.dirname(indexPath), path.basename(new URL(request.url, 'http://x').pathname) || 'index.html');
    const types = { '.html': 'text/html', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };
    fs.readFile(file, (error, data) => {
      response.writeHead(error ? 404 : 200, { 'Content-Type': types[path.extname(file)] || 'text/plain' });
      response.end(error ? '' : data);
    });
  }).listen(0, '127.0.0.1');
  const { browser, socket, send } = await startChromium(profile);
  try {
    const evaluate = async (expression) => {
      const r = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
      if (r.exceptionDetails) throw new Error(expression + ': ' + JSON.stringify(r.exceptionDetails));
      return r.result.value;
    };
    const open = async (url) => {
      await send('Page.navigate', { url });
      for (let i = 0; i < 200; ++i) {
        await sleep(100);
        const ready = await evaluate("document.body && document.body.getAttribute('data-ready')").catch(() => null);
        if (ready === 'true') return;
      }
      throw new Error('the page did not get ready: ' +
        await evaluate("document.getElementById('error-plan') && document.getElementById('error-plan').textContent"));
    };
    // Types into a field as a user would: focus, select what is there, insert the new text.
    const type = async (name, text) => {
      const isSelect = await evaluate(`(() => { const e = document.forms.planner.elements[${JSON.stringify(name)}];
        e.focus(); if (e.select) e.select(); return e.tagName === 'SELECT'; })()`);
      if (isSelect) {
        await evaluate(`(() => { const e = document.forms.planner.elements[${JSON.stringify(name)}];
          e.value = ${JSON.stringify(text)}; e.dispatchEvent(new Event('change', { bubbles: true })); })()`);
      } else if (text === '') {
        await send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Delete', code: 'Delete', windowsVirtualKeyCode: 46 });
        await send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Delete', code: 'Delete', windowsVirtualKeyCode: 46 });
      } else {
        await send('Input.insertText', { text });
      }
    };
    const fill = async (fields) => {
      for (const [name, value] of Object.entries(fields)) await type(name, value);
    };
    const shownPlan = () => evaluate(`Array.from(document.querySelectorAll('#plan-table tr[data-key]'),
      (tr) => [tr.dataset.key, tr.dataset.value, tr.querySelector('td').textContent])`);
    const noNaN = async (when) => {
      const text = await evaluate('document.body.innerText');
      check(!/NaN|undefined|Infinity/.test(text), 'no NaN, undefined or Infinity on screen ' + when);
    };

    // Every number and name the page shows is the tool's, bit for bit.
    const comparePlan = async (title, fields) => {
      await fill(fields);
      const rows = await shownPlan();
      const given = Object.fromEntries(Object.entries(fields).filter(([k]) => k !== 'model' || fields[k]));
      const json = cliPlan(given, true);
      let compared = 0;
      const differences = [];
      for (const [key, value, shown] of rows) {
        if (!(key in json)) { differences.push(key + ' is not in the JSON'); continue; }
        const expected = json[key];
        const got = typeof expected === 'string' ? shown
          : typeof expected === 'boolean' ? Number(value) === 1
            : expected === null ? (Number.isNaN(Number(value)) ? null : Number(value)) : Number(value);
        if (got !== expected) differences.push(`${key}: page ${got}, flopscale plan ${expected}`);
        ++compared;
      }
      check(differences.length === 0 && compared >= 20,
        `${title}: ${compared} rows equal to flopscale plan --json`, differences.join('; '));
      // The page asks for a price where the tool asks for its flag.
      const table = cliPlan(given, false).replace('(give --price per chip-hour)', '(give a price per chip-hour)');
      const shown = await evaluate(planAsText);
      check(shown === table, `${title}: the page reads as flopscale plan prints`,
        '\npage:\n' + shown + 'flopscale plan:\n' + table);
      await noNaN('for ' + title);
    };

    const fileUrl = pathToFileURL(path.resolve(indexPath)).href;
    await open(fileUrl);
    check(true, 'the page loads from ' + fileUrl);

    // Accessibility: every control has a label; Tab walks through them in the form's order.
    const unlabelled = await evaluate(`Array.from(document.querySelectorAll('#planner input, #planner select'))
      .filter((e) => e.labels.length === 0).map((e) => e.id)`);
    check(unlabelled.length === 0, 'every field has a label', unlabelled.join(', '));
    await evaluate('document.activeElement.blur(); window.focus()');
    const order = [];
    for (let i = 0; i < 20; ++i) {
      await send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 });
      await send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 });
      order.push(await evaluate('document.activeElement.id'));
    }
    const fieldOrder = ['model', 'params', 'tokens', 'compute', 'chip', 'chips', 'power', 'mfu',
      'precision', 'pue', 'price', 'law'];
    const reached = order.filter((id) => fieldOrder.includes(id)).slice(0, fieldOrder.length);
    check(JSON.stringify(reached) === JSON.stringify(fieldOrder), 'Tab reaches the fields in order',
      order.join(' '));
    await noNaN('on the first plan');

    await comparePlan('10T parameters, 300T tokens, 200,000 GB300s', {
      params: '10T', tokens: '300T', compute: '', chip: 'GB300', chips: '200000', mfu: '0.4',
      precision: 'bf16', pue: '1', price: '' });
    await comparePlan('Llama 3.1 405B on 16,384 H100s', {
      model: 'llama3-405b', tokens: '15.6T', compute: '', chip: 'H100', chips: '16384', mfu: '40%',
      precision: 'bf16', pue: '1.1', price: '2', law: 'besiroglu2024' });
    await comparePlan('a 1e26 FLOP budget on B200s, compute-optimal', {
      model: '', params: '', tokens: '', compute: '1e26', chip: 'B200', chips: '25000', mfu: '0.35',
      precision: 'fp8', pue: '1.2', price: '$3.50', law: 'hoffmann2022' });
    await comparePlan('the B200s 50 MW feeds, as --power', {
      model: '', params: '', tokens: '', compute: '1e26', chip: 'B200', chips: '', power: '50 MW',
      mfu: '0.35', precision: 'fp8', pue: '1.2', price: '$3.50', law: 'hoffmann2022' });

    // The state is in the URL: opening it again shows the same plan.
    const shared = await evaluate('location.href');
    const before = await shownPlan();
    // A new document, not a jump within this one.
    await send('Page.navigate', { url: 'about:blank' });
    await sleep(300);
    await open(shared);
    check(JSON.stringify(await shownPlan()) === JSON.stringify(before), 'the URL restores the plan', shared);

    // Bad input: the library's message next to the field, nothing else broken.
    await fill({ mfu: '1.5' });
    const mfuError = await evaluate(`[document.getElementById('error-mfu').textContent,
      document.getElementById('mfu').getAttribute('aria-invalid')]`);
    check(mfuError[0] === 'mfu must be in (0, 1]' && mfuError[1] === 'true',
      'MFU 1.5 shows the library\'s precondition next to the field', mfuError.join(' | '));
    await noNaN('with a bad MFU');
    await fill({ mfu: '0.4', tokens: '', compute: '12 parsecs' });
    const computeError = await evaluate("document.getElementById('error-compute').textContent");
    check(computeError === "cannot read '12 parsecs' as a FLOP count (unknown unit 'parsecs')",
      'a unit the parser does not know shows its message next to the field', computeError);
    await fill({ compute: '1e26', chip: 'H1000' });
    const chipError = await evaluate("document.getElementById('error-chip').textContent");
    check(chipError.startsWith("unknown chip 'H1000'; closest: H100"), 'an unknown chip names the closest', chipError);
    await fill({ chip: 'B200' });
    const cleared = await evaluate("Array.from(document.querySelectorAll('.error'), (e) => e.textContent).join('')");
    check(cleared === '', 'fixing the input clears the messages', cleared);

    const shot = await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: false });
    fs.writeFileSync(screenshotPath, Buffer.from(shot.data, 'base64'));
    const blank = childProcess.spawnSync(python, [pngChecker, screenshotPath], { encoding: 'utf8' });
    check(blank.status === 0, 'the screenshot is not blank (' + screenshotPath + ')', blank.stdout + blank.stderr);

    // Any static server works as well as file://.
    const port = server.address().port;
    await open(`http://127.0.0.1:${port}/index.html`);
    await comparePlan('served over http', {
      model: 'gpt3-175b', tokens: '300B', compute: '', chip: 'A100', chips: '1024', mfu: '0.2',
      precision: 'bf16', pue: '1', price: '', law: 'besiroglu2024' });
  } finally {
    socket.close();
    server.close();
    // Chromium and its helper processes (a process group of their own), then their profile.
    const exited = new Promise((resolve) => browser.once('exit', resolve));
    process.kill(-browser.pid, 'SIGTERM');
    await exited;
    try {
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch (error) {
      console.log('note: ' + profile + ' stays behind: ' + error.message);
    }
  }
  console.log(failures === 0 ? 'all checks passed' : failures + ' checks failed');
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((error) => { console.error(error); process.exit(1); });
