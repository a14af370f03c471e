//! A module instantiated beside a host that throws: the set-up of the exception tests
//! (`tests/exceptions.rs`, `tests/legacy_exceptions.rs`).

use lightbeam::{
    Config, Engine, Exn, Extern, Func, FuncType, Instance, Linker, Module, Store, Tag, Trap, Val,
    ValType,
};

/// An engine accepting every feature the validator knows, legacy exceptions included.
pub fn engine() -> Engine {
    Engine::new(Config {
        features: wasmparser::WasmFeatures::all(),
        ..Config::default()
    })
}

/// A module that imports, from `"host"`:
/// - `"tag"`: a tag with one `i32` parameter;
/// - `"throw"` `(param i32)`: throws that tag with its argument plus 100;
/// - `"call-back"` `(param i32) (result i32)`: calls the module's export `"throw"` with
///   its argument (and returns 0 if that returns).
pub struct ExceptionHost {
    /// The store holding the instance and the host functions.
    pub store: Store,
    /// The host's tag.
    pub tag: Tag,
    /// The instantiated module.
    pub instance: Instance,
}

impl ExceptionHost {
    /// Compiles `wasm` with [`engine`] and instantiates it beside the host.
    pub fn new(wasm: &str) -> Self {
        let engine = engine();
        let module = Module::new(&engine, wasm).expect("module compiles");
        let mut store = Store::new(&engine);
        let tag = Tag::new(&mut store, FuncType::new([ValType::I32], [])).unwrap();
        let host_throw = Func::new_host_with_caller(
            &mut store,
            FuncType::new([ValType::I32], []),
            move |caller, args| {
                let [Val::I32(value)] = args else {
                    unreachable!("the signature says one i32")
                };
                let store = caller.store();
                let exn = Exn::new(store, tag, &[Val::I32(value + 100)]).unwrap();
                Err(store.throw(exn))
            },
        );
        let call_back = Func::new_host_with_caller(
            &mut store,
            FuncType::new([ValType::I32], [ValType::I32]),
            |caller, args| {
                let instance = caller.instance().expect("called from wasm");
                let store = caller.store();
                let throw = instance.get_func(store, "throw").unwrap().unwrap();
                throw.call(store, args)?;
                Ok(vec![Val::I32(0)])
            },
        );
        let mut linker = Linker::new();
        linker.define("host", "tag", Extern::Tag(tag));
        linker.define("host", "throw", Extern::Func(host_throw));
        linker.define("host", "call-back", Extern::Func(call_back));
        let instance = linker
            .instantiate(&mut store, &module)
            .expect("instantiates");
        ExceptionHost {
            store,
            tag,
            instance,
        }
    }

    /// Calls the export `name` with `args`.
    pub fn call(&mut self, name: &str, args: &[Val]) -> Result<Vec<Val>, Trap> {
        super::call(&mut self.store, &self.instance, name, args)
    }
}
