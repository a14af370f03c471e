//! One shared memory used by two instances in two stores on two OS threads at once:
//! `memory.atomic.wait32` really blocks until the other thread's
//! `memory.atomic.notify` (which reports how many it woke), times out when nobody
//! notifies, and concurrent `i32.atomic.rmw.add`s from both threads lose no update.
//! Also: which types cross threads, and the link-time checks of sharing.

use std::time::{Duration, Instant};

use lightbeam::module::{IndexType, Limits, MemoryType};
use lightbeam::{
    Config, Engine, Extern, InstantiationError, Linker, Memory, Module, SharedMemory, Store, Val,
};
use wasmparser::WasmFeatures;

/// Waits at address 0 and notifies it; adds to address 8 in a loop; the memory is
/// imported, so the instances of every thread use the same one.
const WORKER: &str = r#"(module
  (import "env" "memory" (memory 1 1 shared))
  (func (export "wait") (param $expected i32) (param $timeout i64) (result i32)
    (memory.atomic.wait32 (i32.const 0) (local.get $expected) (local.get $timeout)))
  (func (export "notify") (param $count i32) (result i32)
    (memory.atomic.notify (i32.const 0) (local.get $count)))
  (func (export "store") (param $value i32) (i32.atomic.store (i32.const 0) (local.get $value)))
  ;; Counts itself in at address 16 and spins until two threads are in, so the two
  ;; loops of adds really overlap.
  (func (export "add_many") (param $times i32)
    (drop (i32.atomic.rmw.add (i32.const 16) (i32.const 1)))
    (loop $both (br_if $both (i32.ne (i32.atomic.load (i32.const 16)) (i32.const 2))))
    (loop $again
      (drop (i32.atomic.rmw.add (i32.const 8) (i32.const 1)))
      (br_if $again (local.tee $times (i32.sub (local.get $times) (i32.const 1))))))
  (func (export "total") (result i32) (i32.atomic.load (i32.const 8))))"#;

fn engine() -> Engine {
    Engine::new(Config {
        features: WasmFeatures::WASM2 | WasmFeatures::THREADS,
        ..Config::default()
    })
}

/// A store on the current thread holding an instance of `module` that imports
/// `shared` as `env.memory`.
struct Worker {
    store: Store,
    instance: lightbeam::Instance,
}

impl Worker {
    fn new(module: &Module, shared: &SharedMemory) -> Worker {
        let mut store = Store::new(module.engine());
        let memory = Memory::from_shared(&mut store, shared).unwrap();
        let mut linker = Linker::new();
        linker.define("env", "memory", Extern::Memory(memory));
        let instance = linker.instantiate(&mut store, module).unwrap();
        Worker { store, instance }
    }

    fn call(&mut self, name: &str, args: &[Val]) -> Vec<Val> {
        let func = self.instance.get_func(&self.store, name).unwrap().unwrap();
        func.call(&mut self.store, args).unwrap()
    }
}

/// A new shared memory of one page (at most one).
fn shared_memory() -> SharedMemory {
    SharedMemory::new(MemoryType {
        limits: Limits {
            min: 1,
            max: Some(1),
        },
        index_type: IndexType::I32,
        page_size_log2: 16,
        shared: true,
    })
    .unwrap()
}

#[test]
fn engines_modules_and_shared_memories_cross_threads() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Engine>();
    send_sync::<Module>();
    send_sync::<SharedMemory>();
}

#[test]
fn wait_blocks_until_another_thread_notifies() {
    let engine = engine();
    let module = Module::new(&engine, WORKER).unwrap();
    let shared = shared_memory();
    let mut main = Worker::new(&module, &shared);
    let waiter = {
        let (module, shared) = (module.clone(), shared.clone());
        std::thread::spawn(move || {
            let mut worker = Worker::new(&module, &shared);
            // No timeout: only a notify ends this wait.
            worker.call("wait", &[Val::I32(0), Val::I64(-1)])
        })
    };
    // Notify until the waiter was there to be woken: one notify wakes exactly it.
    let mut woken = 0;
    let deadline = Instant::now() + Duration::from_secs(30);
    while woken == 0 {
        assert!(Instant::now() < deadline, "the waiter never blocked");
        std::thread::sleep(Duration::from_millis(20));
        woken = match main.call("notify", &[Val::I32(2)])[..] {
            [Val::I32(count)] => count,
            ref other => panic!("notify returned {other:?}"),
        };
    }
    assert_eq!(woken, 1, "one thread was waiting");
    // "ok" (not "timed out" or "not equal"): the wait ended by the notify that
    // counted it, so it blocked until then. How long it blocked depends on when the
    // thread got to run, which a loaded machine delays, so it is not checked.
    let result = waiter.join().unwrap();
    assert_eq!(result, [Val::I32(0)], "woken: \"ok\"");
    // Nobody waits any more.
    assert_eq!(main.call("notify", &[Val::I32(1)]), [Val::I32(0)]);
}

#[test]
fn wait_times_out_and_compares_first() {
    let engine = engine();
    let module = Module::new(&engine, WORKER).unwrap();
    let shared = shared_memory();
    let mut worker = Worker::new(&module, &shared);
    let start = Instant::now();
    let result = worker.call("wait", &[Val::I32(0), Val::I64(50_000_000)]);
    let waited = start.elapsed();
    assert_eq!(result, [Val::I32(2)], "timed out");
    assert!(
        waited >= Duration::from_millis(50),
        "waited only {waited:?}"
    );
    worker.call("store", &[Val::I32(5)]);
    let result = worker.call("wait", &[Val::I32(0), Val::I64(-1)]);
    assert_eq!(result, [Val::I32(1)], "not equal: no wait at all");
}

#[test]
fn concurrent_atomic_adds_reach_the_exact_total() {
    const TIMES: i32 = 1_000_000;
    let engine = engine();
    let module = Module::new(&engine, WORKER).unwrap();
    let shared = shared_memory();
    let threads: Vec<_> = (0..2)
        .map(|_| {
            let (module, shared) = (module.clone(), shared.clone());
            std::thread::spawn(move || {
                let mut worker = Worker::new(&module, &shared);
                worker.call("add_many", &[Val::I32(TIMES)]);
            })
        })
        .collect();
    for thread in threads {
        thread.join().unwrap();
    }
    let mut worker = Worker::new(&module, &shared);
    assert_eq!(worker.call("total", &[]), [Val::I32(2 * TIMES)]);
    let mut bytes = [0; 4];
    let mut store = Store::new(&engine);
    let memory = Memory::from_shared(&mut store, &shared).unwrap();
    memory.read(&store, 8, &mut bytes).unwrap();
    assert_eq!(i32::from_le_bytes(bytes), 2 * TIMES);
}

#[test]
fn a_memory_defined_by_an_instance_is_shared_through_its_export() {
    let engine = engine();
    let defining = Module::new(
        &engine,
        r#"(module (memory (export "memory") 1 2 shared)
             (func (export "grow") (result i32) (memory.grow (i32.const 1))))"#,
    )
    .unwrap();
    let module = Module::new(&engine, WORKER).unwrap();
    let mut store = Store::new(&engine);
    let instance = Linker::new().instantiate(&mut store, &defining).unwrap();
    let memory = instance.get_memory(&store, "memory").unwrap().unwrap();
    let shared = memory
        .shared(&store)
        .unwrap()
        .expect("the memory is shared");
    // Another thread writes through its own instance; this one sees it.
    std::thread::spawn({
        let shared = shared.clone();
        move || {
            let mut store = Store::new(&engine);
            let memory = Memory::from_shared(&mut store, &shared).unwrap();
            memory.write(&mut store, 8, &7i32.to_le_bytes()).unwrap();
        }
    })
    .join()
    .unwrap();
    let mut bytes = [0; 4];
    memory.read(&store, 8, &mut bytes).unwrap();
    assert_eq!(i32::from_le_bytes(bytes), 7);
    // Growth through one store is seen by every holder.
    let grow = instance.get_func(&store, "grow").unwrap().unwrap();
    assert_eq!(grow.call(&mut store, &[]).unwrap(), [Val::I32(1)]);
    assert_eq!(shared.pages(), 2);
    // The WORKER module wants exactly 1..1 pages: a 2-page memory no longer fits.
    let mut other = Store::new(module.engine());
    let imported = Memory::from_shared(&mut other, &shared).unwrap();
    let mut linker = Linker::new();
    linker.define("env", "memory", Extern::Memory(imported));
    assert!(matches!(
        linker.instantiate(&mut other, &module),
        Err(InstantiationError::Unlinkable(_))
    ));
}

#[test]
fn sharing_must_match_at_link_time() {
    let engine = engine();
    let wants_shared = Module::new(&engine, WORKER).unwrap();
    let wants_unshared =
        Module::new(&engine, r#"(module (import "env" "memory" (memory 1 1)))"#).unwrap();
    let mut store = Store::new(&engine);
    let shared = Memory::from_shared(&mut store, &shared_memory()).unwrap();
    let mut unshared_type = shared.ty(&store).unwrap();
    unshared_type.shared = false;
    let unshared = Memory::new(&mut store, unshared_type).unwrap();
    assert!(unshared.shared(&store).unwrap().is_none());
    for (memory, module) in [(unshared, &wants_shared), (shared, &wants_unshared)] {
        let mut linker = Linker::new();
        linker.define("env", "memory", Extern::Memory(memory));
        assert!(matches!(
            linker.instantiate(&mut store, module),
            Err(InstantiationError::Unlinkable(_))
        ));
    }
    // A shared type needs a maximum.
    let mut unbounded = shared_memory().ty();
    unbounded.limits.max = None;
    assert!(SharedMemory::new(unbounded).is_err());
}
