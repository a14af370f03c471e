//! Setup shared by the integration tests: compile a module with the default
//! configuration, instantiate it in a store of its own, call its exports.

#![allow(dead_code, reason = "each test crate uses only some of these helpers")]

pub mod exception_host;

use lightbeam::{Engine, Instance, Linker, Module, Store, Trap, Val};

/// A module instantiated in a store of its own.
pub struct Harness {
    /// The store holding the instance.
    pub store: Store,
    /// The instantiated module.
    pub instance: Instance,
}

impl Harness {
    /// Compiles `wasm` (text or binary) and instantiates it with no imports.
    pub fn new(wasm: impl AsRef<[u8]>) -> Self {
        Self::with_imports(wasm, |_| Linker::new())
    }

    /// Compiles `wasm` (text or binary) and instantiates it with the linker `imports`
    /// builds in the new store.
    pub fn with_imports(
        wasm: impl AsRef<[u8]>,
        imports: impl FnOnce(&mut Store) -> Linker,
    ) -> Self {
        let engine = Engine::default();
        let module = Module::new(&engine, wasm).expect("module compiles");
        let mut store = Store::new(&engine);
        let instance = imports(&mut store)
            .instantiate(&mut store, &module)
            .expect("instantiates");
        Harness { store, instance }
    }

    /// Calls the export `name` with `args`.
    pub fn call(&mut self, name: &str, args: &[Val]) -> Result<Vec<Val>, Trap> {
        call(&mut self.store, &self.instance, name, args)
    }

    /// Calls the export `name` with `args` and returns its only (or first) result.
    pub fn one(&mut self, name: &str, args: &[Val]) -> Val {
        self.call(name, args).expect("no trap")[0]
    }
}

/// Compiles `wasm` (text or binary) and instantiates it with no imports.
pub fn instantiate(wasm: impl AsRef<[u8]>) -> (Store, Instance) {
    let Harness { store, instance } = Harness::new(wasm);
    (store, instance)
}

/// Calls the export `name` of `instance` with `args`.
pub fn call(
    store: &mut Store,
    instance: &Instance,
    name: &str,
    args: &[Val],
) -> Result<Vec<Val>, Trap> {
    let func = instance
        .get_func(store, name)
        .expect("the instance belongs to the store")
        .expect("export exists");
    func.call(store, args)
}

/// Instantiates `wasm` with no imports and calls its export `name` once with `args`.
pub fn run(wasm: impl AsRef<[u8]>, name: &str, args: &[Val]) -> Vec<Val> {
    Harness::new(wasm).call(name, args).expect("no trap")
}
