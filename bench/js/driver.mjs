// The V8 side of the bench: runs one job (compile, script or WASI command) for the
// Liftoff column and prints one JSON line with the samples. The Rust worker starts it as
//   node --liftoff --liftoff-only --no-wasm-tier-up --no-wasm-dynamic-tiering \
//        --no-wasm-lazy-compilation --single-threaded driver.mjs JOB
// The job is the JSON of `engines::liftoff::Job`; scripts follow `src/script.rs`.

import { readFileSync, openSync, closeSync } from 'node:fs';
import { WASI } from 'node:wasi';

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const wasm = readFileSync(job.wasm);

const now = () => process.hrtime.bigint();
const seconds = (from, to) => Number(to - from) / 1e9;

// Same policy as `Repeat::run` in src/stats.rs.
function repeat(policy, sample) {
  const out = [];
  const start = now();
  for (let i = 0; i < Math.max(policy.max, 1); i++) {
    if (i >= Math.max(policy.min, 1) && seconds(start, now()) >= policy.budget_secs) break;
    out.push(sample(i));
  }
  return out;
}

// The module plus a trailing custom section that differs per run, so V8's native-module
// cache can never hand back an earlier compilation of the same bytes.
function uniqueCopy(run) {
  const name = new TextEncoder().encode('bench-run');
  const payload = [name.length, ...name, run & 255, (run >> 8) & 255, (run >> 16) & 255, run >>> 24];
  const out = new Uint8Array(wasm.length + 2 + payload.length);
  out.set(wasm);
  out.set([0, payload.length, ...payload], wasm.length);
  return out;
}

function compile() {
  return repeat(job.repeat, (run) => {
    const bytes = uniqueCopy(run);
    const t0 = now();
    new WebAssembly.Module(bytes);
    return seconds(t0, now());
  });
}

// Every function import traps when called, as in the Rust engines.
function trapImports(module) {
  const imports = {};
  for (const imp of WebAssembly.Module.imports(module)) {
    if (imp.kind !== 'function') throw new Error(`cannot provide ${imp.kind} import ${imp.module}.${imp.name}`);
    (imports[imp.module] ??= {})[imp.name] = () => {
      throw new Error(`import ${imp.module}.${imp.name} called`);
    };
  }
  return imports;
}

function runScript(module, script) {
  const exports = new WebAssembly.Instance(module, trapImports(module)).exports;
  const vars = new Map();
  const output = [];
  let started = null;
  let elapsed = null;
  const memory = () => new Uint8Array(exports.memory.buffer);
  const operand = (op) => {
    if ('const' in op) return op.const;
    if (!vars.has(op.var.name)) throw new Error(`unbound script variable ${op.var.name}`);
    return vars.get(op.var.name) + op.var.offset;
  };
  const arg = (a) => ('i32' in a ? operand(a.i32) | 0 : BigInt(operand(a.i64)));
  const unsigned = (v) => (typeof v === 'bigint' ? Number(BigInt.asUintN(64, v)) : v >>> 0);
  const steps = (list) => {
    for (const step of list) {
      if (step === 'start_timer') started = now();
      else if (step === 'stop_timer') elapsed = seconds(started, now());
      else if (step.call) {
        const f = exports[step.call.func];
        if (typeof f !== 'function') throw new Error(`no exported function ${step.call.func}`);
        const r = f(...step.call.args.map(arg));
        if (step.call.bind) vars.set(step.call.bind, unsigned(Array.isArray(r) ? r[0] : r));
      } else if (step.global_get) {
        vars.set(step.global_get.bind, unsigned(exports[step.global_get.global].value));
      } else if (step.fill) {
        const { at, len, mul, add } = step.fill;
        const base = operand(at);
        const m = memory();
        for (let i = 0; i < len; i++) m[base + i] = (Math.imul(i, mul) + add) & 255;
      } else if (step.write) {
        memory().set(step.write.bytes, operand(step.write.at));
      } else if (step.repeat) {
        for (let i = 0; i < step.repeat.times; i++) steps(step.repeat.body);
      } else if (step.read) {
        const base = operand(step.read.at);
        output.push(...memory().subarray(base, base + step.read.len));
      } else if (step.output) {
        let v = BigInt(operand({ var: { name: step.output.name, offset: 0 } }));
        for (let i = 0; i < 8; i++, v >>= 8n) output.push(Number(v & 255n));
      } else throw new Error(`unknown script step ${JSON.stringify(step)}`);
    }
  };
  steps(script.steps);
  if (elapsed === null) throw new Error('script never stopped its timer');
  return { seconds: elapsed, output };
}

function runWasi(module, cmd) {
  const fds = [openSync(job.stdout_path, 'w'), openSync(job.stderr_path, 'w')];
  const wasi = new WASI({
    version: 'preview1',
    args: cmd.args,
    env: {},
    preopens: { '.': cmd.dir },
    stdout: fds[0],
    stderr: fds[1],
    returnOnExit: true,
  });
  let started = null;
  let total = 0;
  const bench = {
    start() { started = now(); },
    end() { if (started !== null) { total += seconds(started, now()); started = null; } },
  };
  const instance = new WebAssembly.Instance(module, { wasi_snapshot_preview1: wasi.wasiImport, bench });
  const exit_code = wasi.start(instance);
  fds.forEach(closeSync);
  return {
    seconds: total,
    exit_code,
    stdout: [...readFileSync(job.stdout_path)],
    stderr: [...readFileSync(job.stderr_path)],
  };
}

let result;
try {
  if (job.mode === 'compile') {
    result = { ok: compile() };
  } else {
    const module = new WebAssembly.Module(wasm);
    if (job.mode === 'script') result = { ok: repeat(job.repeat, () => runScript(module, job.script)) };
    else result = { ok: repeat(job.repeat, () => runWasi(module, job.wasi)) };
  }
} catch (e) {
  result = { error: String(e && e.message ? e.message : e) };
}
process.stdout.write(JSON.stringify(result) + '\n');
