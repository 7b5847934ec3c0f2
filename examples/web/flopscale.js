// flopscale.js: flopscale.wasm for JavaScript. load(bytes) resolves to the library's calls as
// functions: require('./flopscale.js').load in node, flopscale.load after a <script> in a page
// (flopscale.bytesFromHex(flopscale_wasm_hex) gives the bytes flopscale-wasm.js embeds). In a page
// with the planner's form (index.html) it runs the planner. No dependencies, no build step.
(function () {
  'use strict';

  const kinds = {
    parameters: 0, tokens: 1, flops: 2, flop_rate: 3, duration: 4, energy: 5, power: 6, usd: 7,
    bytes: 8, usd_per_hour: 9,
  };
  const notations = { human: 0, scientific: 1, plain: 2, exact: 3 };
  // flopscale_web.h's fs_field order.
  const fields = ['model', 'params', 'tokens', 'compute', 'chip', 'chips', 'mfu', 'precision',
    'pue', 'price', 'law', 'power'];
  const inputCapacity = 1024; // FS_INPUT_CAPACITY

  // The calls of flopscale_web.h over an instantiated module's exports.
  function bind(e) {
    const encoder = new TextEncoder();
    const decoder = new TextDecoder();
    function input(text) {
      const bytes = encoder.encode(String(text)).subarray(0, inputCapacity);
      new Uint8Array(e.memory.buffer, e.fs_input(), bytes.length).set(bytes);
      return bytes.length;
    }
    function output() {
      return decoder.decode(new Uint8Array(e.memory.buffer, e.fs_output(), e.fs_output_length()));
    }
    function values(count) {
      return Array.from(new Float64Array(e.memory.buffer, e.fs_values(), count));
    }
    function list(count, entry, names) {
      const out = [];
      for (let i = 0; i < count; ++i) {
        entry(i);
        const parts = output().split('\t');
        const item = {};
        names.forEach((name, k) => { item[name] = parts[k]; });
        out.push(item);
      }
      return out;
    }
    function kindOf(kind) {
      if (!(kind in kinds)) throw new RangeError('unknown quantity kind ' + kind);
      return kinds[kind];
    }
    return {
      exports: e,
      kinds, fields,
      version() { e.fs_version(); return output(); },
      // { value } in base units, or { error } in the library's words.
      parse(kind, text) {
        return e.fs_parse(kindOf(kind), input(text)) === 0 ? { value: values(1)[0] }
          : { error: output() };
      },
      format(kind, value, options = {}) {
        e.fs_format(kindOf(kind), value, notations[options.notation || 'human'],
          options.precision || 4);
        return output();
      },
      chips() { return list(e.fs_chip_count(), e.fs_chip, ['name', 'vendor', 'year']); },
      findChip(text) {
        const index = e.fs_chip_find(input(text));
        return index >= 0 ? { index } : { error: output() };
      },
      models() { return list(e.fs_model_count(), e.fs_model, ['name', 'description']); },
      laws() { return list(e.fs_law_count(), e.fs_law, ['name', 'citation']); },
      optimal(law, flops) {
        if (e.fs_optimal(law, flops) !== 0) return { error: output() };
        const [params, tokens, loss] = values(3);
        return { params, tokens, loss };
      },
      // A plan from text fields named as in `fields` (absent or empty: not given). Resolves to
      // { rows } (kind, key, label, shown, value) or { errors: { field: message } }.
      plan(request) {
        e.fs_plan_reset();
        const errors = {};
        fields.forEach((name, field) => {
          const text = request[name] === undefined ? '' : request[name];
          if (e.fs_plan_set(field, input(text)) !== 0) errors[name] = output();
        });
        if (Object.keys(errors).length > 0) return { errors };
        const status = e.fs_plan_run();
        if (status !== 0) return { errors: { [fields[status - 1] || 'plan']: output() } };
        const lines = output().split('\n');
        const numbers = values(lines.length);
        return {
          rows: lines.map((line, i) => {
            const [kind, key, label, shown] = line.split('\t');
            return { kind, key, label, shown, value: numbers[i] };
          }),
        };
      },
    };
  }

  async function load(bytes) {
    const { instance } = await WebAssembly.instantiate(bytes, {});
    instance.exports._initialize();
    return bind(instance.exports);
  }

  function bytesFromHex(hex) {
    const bytes = new Uint8Array(hex.length / 2);
    for (let i = 0; i < bytes.length; ++i) bytes[i] = parseInt(hex.substr(2 * i, 2), 16);
    return bytes;
  }

  if (typeof module !== 'undefined' && module.exports) {
    module.exports = { load, bytesFromHex };
    return;
  }
  globalThis.flopscale = { load, bytesFromHex };
  if (!document.getElementById('planner')) return;

  // The page: index.html's form, plan, plots and the state in the URL's fragment.
  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function fill(select, items, first) {
    if (first) select.append(element('option', { value: '' }, first));
    for (const item of items) select.append(element('option', { value: item.name }, item.label));
  }

  async function start() {
    const fs = await load(bytesFromHex(globalThis.flopscale_wasm_hex));
    const form = document.getElementById('planner');
    const controls = Object.fromEntries(fields.map((name) => [name, form.elements[name]]));

    fill(controls.model, fs.models().map((m) => ({ name: m.name, label: m.description })),
      'custom: the parameters below');
    fill(controls.law, fs.laws().map((l) => ({ name: l.name, label: l.name + ' (' + l.citation + ')' })));
    const chipList = document.getElementById('chip-names');
    for (const chip of fs.chips())
      chipList.append(element('option', { value: chip.name }, chip.vendor + ', ' + chip.year));
    document.getElementById('version').textContent = fs.version();

    // The URL's fragment holds every field that differs from the form's defaults.
    const defaults = Object.fromEntries(fields.map((name) => [name, controls[name].value]));
    const state = new URLSearchParams(location.hash.slice(1));
    for (const name of fields) if (state.has(name)) controls[name].value = state.get(name);

    function request() {
      const r = {};
      for (const name of fields) r[name] = controls[name].value.trim();
      if (r.model) r.params = '';
      return r;
    }

    function showErrors(errors) {
      for (const name of fields.concat('plan')) {
        const message = document.getElementById('error-' + name);
        message.textContent = errors[name] || '';
        if (controls[name]) controls[name].setAttribute('aria-invalid', errors[name] ? 'true' : 'false');
      }
    }

    function showPlan(rows) {
      const table = document.getElementById('plan-table');
      table.replaceChildren();
      let body = null;
      for (const row of rows) {
        if (row.kind === 'h') {
          body = element('tbody');
          const heading = element('tr');
          heading.append(element('th', { colspan: '2', scope: 'colgroup' }, row.shown));
          body.append(heading);
          table.append(body);
        } else if (row.label) {
          // Rows keyed as in `flopscale plan --json` carry their value in base units.
          const tr = element('tr', row.key ? { 'data-key': row.key, 'data-value': String(row.value) } : {});
          tr.append(element('th', { scope: 'row' }, row.label), element('td', {}, row.shown));
          body.append(tr);
        }
      }
    }

    function update() {
      controls.params.disabled = controls.model.value !== '';
      const r = request();
      const state = new URLSearchParams();
      for (const name of fields) if (controls[name].value !== defaults[name]) state.set(name, controls[name].value);
      history.replaceState(null, '', '#' + state.toString());
      const law = controls.law.value || 'besiroglu2024';
      document.getElementById('isoflop').src = 'isoflop-' + law + '.svg';

      const result = fs.plan(r);
      // The status is a live region: it speaks when the state changes, not at every keystroke.
      const status = document.getElementById('status');
      const announce = (text) => { if (status.textContent !== text) status.textContent = text; };
      if (result.errors) {
        showErrors(result.errors);
        announce('The plan needs a fix: ' + Object.values(result.errors)[0]);
        document.getElementById('plan').setAttribute('aria-busy', 'true');
        return;
      }
      showErrors({});
      showPlan(result.rows);
      announce('The plan is up to date.');
      document.getElementById('plan').setAttribute('aria-busy', 'false');
    }

    form.addEventListener('input', update);
    form.addEventListener('change', update);
    form.addEventListener('submit', (event) => { event.preventDefault(); update(); });
    update();
    document.body.setAttribute('data-ready', 'true');
  }

  start().catch((error) => {
    document.getElementById('error-plan').textContent =
      'flopscale.wasm did not load: ' + error.message;
  });
})();
