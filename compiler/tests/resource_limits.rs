//! Store-level resource limits (wasmtime's semantics): a refused growth returns -1 from
//! `memory.grow` / `table.grow` (`None` from the host API), a refused creation fails the
//! instantiation with a typed error, and nothing ever aborts.

use std::cell::RefCell;
use std::rc::Rc;

use lightbeam::{
    Engine, IndexType, Instance, InstantiationError, Limits, Linker, Memory, MemoryType, Module,
    ObjectError, ResourceLimiter, Store, StoreLimitsBuilder, Table, TableType, TrapCode, Val,
    ValType, DEFAULT_TABLE_LIMIT,
};

const PAGE: usize = 65536;

fn instantiate(store: &mut Store, text: &str) -> Result<Instance, InstantiationError> {
    let module = Module::new(store.engine(), text).unwrap();
    Linker::new().instantiate(store, &module)
}

fn call(store: &mut Store, instance: Instance, name: &str, args: &[Val]) -> Vec<Val> {
    let func = instance.get_func(store, name).unwrap().unwrap();
    func.call(store, args).unwrap()
}

/// Resident set size of this process in bytes.
fn rss() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap();
    let pages: usize = statm.split_whitespace().nth(1).unwrap().parse().unwrap();
    pages * 4096
}

/// The issue's case: 10 tables × `table.grow 10,000,000` took 786 MB with no store-level
/// limit. With a limit every grow returns -1 and nothing is allocated.
#[test]
fn table_grow_past_the_limit_returns_minus_one_and_allocates_nothing() {
    let mut store = Store::new(&Engine::default());
    store.limiter(StoreLimitsBuilder::new().table_elements(10_000).build());
    let tables: String = (0..10).map(|_| "(table 0 funcref)").collect();
    let grows: String = (0..10)
        .map(|t| format!("(table.grow {t} (ref.null func) (i32.const 10000000)) i32.add"))
        .collect();
    let text =
        format!("(module {tables} (func (export \"grow\") (result i32) i32.const 0 {grows}))");
    let instance = instantiate(&mut store, &text).unwrap();
    let before = rss();
    assert_eq!(call(&mut store, instance, "grow", &[]), vec![Val::I32(-10)]);
    let grown = rss().saturating_sub(before);
    assert!(grown < 64 << 20, "RSS grew by {grown} bytes");
    // Within the limit the tables still grow.
    let module = Module::new(
        store.engine(),
        r#"(module (table (export "t") 0 funcref)
             (func (export "grow") (param i32) (result i32)
               (table.grow (ref.null func) (local.get 0))))"#,
    )
    .unwrap();
    let instance = Linker::new().instantiate(&mut store, &module).unwrap();
    assert_eq!(
        call(&mut store, instance, "grow", &[Val::I32(10_000)]),
        vec![Val::I32(0)]
    );
    assert_eq!(
        call(&mut store, instance, "grow", &[Val::I32(1)]),
        vec![Val::I32(-1)]
    );
}

#[test]
fn memory_grow_past_the_limit_returns_minus_one_from_wasm_and_the_host() {
    let mut store = Store::new(&Engine::default());
    store.limiter(StoreLimitsBuilder::new().memory_size(4 * PAGE).build());
    let instance = instantiate(
        &mut store,
        r#"(module (memory (export "m") 1)
             (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))"#,
    )
    .unwrap();
    let grow = |store: &mut Store, delta| call(store, instance, "grow", &[Val::I32(delta)]);
    assert_eq!(grow(&mut store, 4), vec![Val::I32(-1)]);
    assert_eq!(grow(&mut store, 3), vec![Val::I32(1)]);
    assert_eq!(grow(&mut store, 1), vec![Val::I32(-1)]);
    assert_eq!(grow(&mut store, 0), vec![Val::I32(4)]);
    let memory = instance.get_memory(&store, "m").unwrap().unwrap();
    assert_eq!(memory.grow(&mut store, 1), Ok(None));
    assert_eq!(memory.size(&store), Ok(4));
    // A memory over the limit cannot be created either.
    let error = instantiate(&mut store, "(module (memory 5))").unwrap_err();
    assert!(matches!(error, InstantiationError::Limit(_)), "{error}");
    let ty = MemoryType {
        limits: Limits { min: 5, max: None },
        index_type: IndexType::I32,
        page_size_log2: 16,
        shared: false,
    };
    assert!(matches!(
        Memory::new(&mut store, ty),
        Err(ObjectError::Limit(_))
    ));
}

#[test]
fn store_wide_totals_span_every_table_and_memory() {
    let mut store = Store::new(&Engine::default());
    store.limiter(
        StoreLimitsBuilder::new()
            .total_table_elements(1_000)
            .total_memory_size(3 * PAGE)
            .build(),
    );
    let ty = TableType {
        element: ValType::FUNCREF,
        limits: Limits {
            min: 400,
            max: None,
        },
        index_type: IndexType::I32,
    };
    let first = Table::new(&mut store, ty, Val::FuncRef(None)).unwrap();
    let second = Table::new(&mut store, ty, Val::FuncRef(None)).unwrap();
    assert!(matches!(
        Table::new(&mut store, ty, Val::FuncRef(None)),
        Err(ObjectError::Limit(_))
    ));
    assert_eq!(
        first.grow(&mut store, 200, Val::FuncRef(None)),
        Ok(Some(400))
    );
    assert_eq!(second.grow(&mut store, 1, Val::FuncRef(None)), Ok(None));
    let a = instantiate(&mut store, r#"(module (memory (export "m") 2))"#).unwrap();
    let b = instantiate(&mut store, r#"(module (memory (export "m") 1))"#).unwrap();
    let a = a.get_memory(&store, "m").unwrap().unwrap();
    let b = b.get_memory(&store, "m").unwrap().unwrap();
    assert_eq!(a.grow(&mut store, 1), Ok(None));
    assert_eq!(b.grow(&mut store, 1), Ok(None));
    let error = instantiate(&mut store, "(module (memory 1))").unwrap_err();
    assert!(matches!(error, InstantiationError::Limit(_)), "{error}");
}

#[test]
fn counts_past_the_limit_fail_instantiation_with_a_limit_error() {
    let mut store = Store::new(&Engine::default());
    store.limiter(
        StoreLimitsBuilder::new()
            .instances(2)
            .memories(1)
            .tables(1)
            .build(),
    );
    instantiate(&mut store, "(module (memory 1) (table 1 funcref))").unwrap();
    for text in ["(module (memory 1))", "(module (table 1 funcref))"] {
        let error = instantiate(&mut store, text).unwrap_err();
        let InstantiationError::Limit(message) = &error else {
            panic!("{text}: {error}");
        };
        assert!(message.contains("count too high"), "{message}");
    }
    instantiate(&mut store, "(module)").unwrap();
    let error = instantiate(&mut store, "(module)").unwrap_err();
    assert_eq!(
        error.to_string(),
        "resource limit exceeded: instance count too high (at most 2)"
    );
    // The host is held to the same counts.
    let ty = TableType {
        element: ValType::FUNCREF,
        limits: Limits { min: 0, max: None },
        index_type: IndexType::I32,
    };
    assert!(matches!(
        Table::new(&mut store, ty, Val::FuncRef(None)),
        Err(ObjectError::Limit(_))
    ));
}

/// Without a limiter a store still holds at most [`DEFAULT_TABLE_LIMIT`] tables (and as
/// many memories and instances), and a table at most 10,000,000 elements.
#[test]
fn stores_without_a_limiter_keep_the_default_caps() {
    let mut store = Store::new(&Engine::default());
    let ty = TableType {
        element: ValType::FUNCREF,
        limits: Limits { min: 0, max: None },
        index_type: IndexType::I32,
    };
    for _ in 0..DEFAULT_TABLE_LIMIT {
        Table::new(&mut store, ty, Val::FuncRef(None)).unwrap();
    }
    assert!(matches!(
        Table::new(&mut store, ty, Val::FuncRef(None)),
        Err(ObjectError::Limit(_))
    ));
    let mut store = Store::new(&Engine::default());
    let instance = instantiate(
        &mut store,
        r#"(module (table 0 funcref)
             (func (export "grow") (param i32) (result i32)
               (table.grow (ref.null func) (local.get 0))))"#,
    )
    .unwrap();
    assert_eq!(
        call(&mut store, instance, "grow", &[Val::I32(10_000_001)]),
        vec![Val::I32(-1)]
    );
}

/// What a limiter is told, in wasmtime's terms: bytes for memories, elements for
/// tables, `current` 0 on creation, the declared maximum.
#[derive(Default)]
struct Recorder {
    calls: Rc<RefCell<Vec<String>>>,
}

impl ResourceLimiter for Recorder {
    fn memory_growing(&mut self, current: usize, desired: usize, maximum: Option<usize>) -> bool {
        let call = format!("memory {current} -> {desired} (max {maximum:?})");
        self.calls.borrow_mut().push(call);
        desired <= 2 * PAGE
    }

    fn memory_grow_failed(&mut self, current: usize, desired: usize) {
        let call = format!("memory {current} -> {desired} failed");
        self.calls.borrow_mut().push(call);
    }

    fn table_growing(&mut self, current: usize, desired: usize, maximum: Option<usize>) -> bool {
        let call = format!("table {current} -> {desired} (max {maximum:?})");
        self.calls.borrow_mut().push(call);
        true
    }

    fn table_grow_failed(&mut self, current: usize, desired: usize) {
        let call = format!("table {current} -> {desired} failed");
        self.calls.borrow_mut().push(call);
    }
}

#[test]
fn limiter_sees_every_creation_and_growth_from_wasm_and_the_host() {
    let mut store = Store::new(&Engine::default());
    let calls = Rc::default();
    store.limiter(Recorder {
        calls: Rc::clone(&calls),
    });
    let instance = instantiate(
        &mut store,
        r#"(module (memory (export "m") 1 3) (table (export "t") 2 5 funcref)
             (func (export "grow_memory") (param i32) (result i32) (memory.grow (local.get 0)))
             (func (export "grow_table") (param i32) (result i32)
               (table.grow (ref.null func) (local.get 0))))"#,
    )
    .unwrap();
    let grow_memory =
        |store: &mut Store, delta| call(store, instance, "grow_memory", &[Val::I32(delta)]);
    assert_eq!(grow_memory(&mut store, 1), vec![Val::I32(1)]);
    assert_eq!(grow_memory(&mut store, 1), vec![Val::I32(-1)]);
    assert_eq!(grow_memory(&mut store, 0), vec![Val::I32(2)]);
    let grow_table =
        |store: &mut Store, delta| call(store, instance, "grow_table", &[Val::I32(delta)]);
    assert_eq!(grow_table(&mut store, 4), vec![Val::I32(-1)]);
    let table = instance.get_table(&store, "t").unwrap().unwrap();
    assert_eq!(table.grow(&mut store, 3, Val::FuncRef(None)), Ok(Some(2)));
    let (one, two, three) = (PAGE, 2 * PAGE, 3 * PAGE);
    assert_eq!(
        *calls.borrow(),
        [
            format!("memory 0 -> {one} (max Some({three}))"),
            "table 0 -> 2 (max Some(5))".to_string(),
            format!("memory {one} -> {two} (max Some({three}))"),
            format!("memory {two} -> {three} (max Some({three}))"),
            "table 2 -> 6 (max Some(5))".to_string(),
            "table 2 -> 6 failed".to_string(),
            "table 2 -> 5 (max Some(5))".to_string(),
        ]
    );
}

struct Panicking;

impl ResourceLimiter for Panicking {
    fn memory_growing(&mut self, _: usize, desired: usize, _: Option<usize>) -> bool {
        assert!(desired <= PAGE, "the limiter refuses by panicking");
        true
    }

    fn table_growing(&mut self, _: usize, desired: usize, _: Option<usize>) -> bool {
        assert!(desired == 0, "the limiter refuses by panicking");
        true
    }
}

/// A limiter's panic must not unwind through generated code (the builtins are
/// `extern "C"`, so that would abort): wasm traps instead.
#[test]
fn a_panicking_limiter_makes_wasm_trap_instead_of_aborting() {
    let mut store = Store::new(&Engine::default());
    store.limiter(Panicking);
    let instance = instantiate(
        &mut store,
        r#"(module (memory 1) (table 0 funcref)
             (func (export "grow_memory") (result i32) (memory.grow (i32.const 1)))
             (func (export "grow_table") (result i32)
               (table.grow (ref.null func) (i32.const 1))))"#,
    )
    .unwrap();
    for name in ["grow_memory", "grow_table"] {
        let func = instance.get_func(&store, name).unwrap().unwrap();
        let trap = func.call(&mut store, &[]).unwrap_err();
        assert_eq!(trap.code, TrapCode::HostTrap);
        assert_eq!(trap.message, "the store's resource limiter panicked");
    }
}
