//! Arbitrary sequences of embedding-API calls for the `api` oracle: engines, stores
//! (with and without resource limits), modules (fixed and wasm-smith), linkers, host
//! functions that misbehave on purpose, and every handle operation. Handles are picked
//! from pools shared by all stores, so a good share of the calls use a handle with a
//! store it does not belong to, or a module with a store of another engine.

use arbitrary::{Arbitrary, Result, Unstructured};

use super::differential_config;

/// Most calls in one sequence; keeps one input to a few milliseconds.
pub const MAX_CALLS: usize = 48;

/// Small modules written to reach the API's corners: imports of every kind, exported
/// tables of `funcref`, `call_indirect` over imported functions, growth from wasm, a
/// bounded loop for interrupts, and functions that hand references back to the host.
pub const FIXED_MODULES: &[&str] = &[
    r#"(module
         (type $ret_ref (func (result funcref)))
         (type $ret_i64 (func (result i64)))
         (import "host" "f0" (func $ref (result funcref)))
         (import "host" "f1" (func $i64 (result i64)))
         (table (export "table") 4 funcref)
         (elem (i32.const 0) func $ref $i64)
         (func (export "confuse") (result i64)
           (table.set (i32.const 2) (call_indirect (type $ret_ref) (i32.const 0)))
           (call_indirect (type $ret_i64) (i32.const 2)))
         (func (export "via_table") (param i32) (result i64)
           (call_indirect (type $ret_i64) (local.get 0)))
         (func (export "get") (param i32) (result funcref) (table.get (local.get 0))))"#,
    r#"(module
         (import "host" "memory" (memory 1))
         (import "host" "table" (table 1 funcref))
         (import "host" "global" (global (mut i32)))
         (import "host" "f2" (func $call (param i32) (result i32)))
         (func (export "grow_memory") (param i32) (result i32) (memory.grow (local.get 0)))
         (func (export "grow_table") (param i32) (result i32)
           (table.grow (ref.null func) (local.get 0)))
         (func (export "store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
         (func (export "bump") (result i32)
           (global.set 0 (call $call (global.get 0))) (global.get 0))
         (func (export "call_slot") (param i32) (call_indirect (local.get 0))))"#,
    r#"(module
         (memory (export "memory") 1 4)
         (table (export "table") 2 8 funcref)
         (global (export "global") (mut funcref) (ref.null func))
         (func $self (export "self") (result funcref) (ref.func $self))
         (func (export "spin") (result i32) (local i32)
           (loop $l (br_if $l (i32.ne (local.tee 0 (i32.add (local.get 0) (i32.const 1)))
                                      (i32.const 1000000))))
           (local.get 0))
         (func $recurse (export "recurse") (param i32) (result i32)
           (if (result i32) (local.get 0)
             (then (call $recurse (i32.sub (local.get 0) (i32.const 1))))
             (else (i32.const 0))))
         (func (export "set_global") (param funcref) (global.set 0 (local.get 0)))
         (func (export "fill") (param i32 i32 i32)
           (memory.fill (local.get 0) (local.get 1) (local.get 2)))
         (elem declare func $self))"#,
    r#"(module
         (import "host" "f3" (func $host (param funcref) (result funcref)))
         (table (export "table") 1 funcref)
         (func (export "round_trip") (param funcref) (result funcref)
           (call $host (local.get 0)))
         (func (export "keep") (param funcref) (table.set (i32.const 0) (local.get 0)))
         (func (export "call_kept") (call_indirect (i32.const 0))))"#,
    r#"(module (func (export "start_traps") unreachable) (start 0))"#,
    r#"(module
         (import "other" "table" (table 0 funcref))
         (import "other" "memory" (memory 0))
         (func (export "sizes") (result i32 i32) (table.size 0) (memory.size)))"#,
];

/// The signatures fixed modules import from `host`, by import name `f0`, `f1`, ...:
/// host functions get these (or an arbitrary one) so that some link.
pub const HOST_SIGNATURES: &[(&[ValKind], &[ValKind])] = &[
    (&[], &[ValKind::FuncRef]),
    (&[], &[ValKind::I64]),
    (&[ValKind::I32], &[ValKind::I32]),
    (&[ValKind::FuncRef], &[ValKind::FuncRef]),
    (&[], &[]),
];

/// A value type.
#[derive(Arbitrary, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValKind {
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `f32`.
    F32,
    /// `f64`.
    F64,
    /// `v128`.
    V128,
    /// `funcref`.
    FuncRef,
    /// `externref`.
    ExternRef,
}

/// A value: numbers as given, references by index into the function pool (of any
/// store).
#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum ValueSpec {
    /// An `i32`.
    I32(i32),
    /// An `i64`.
    I64(i64),
    /// An `f32`'s bits.
    F32(u32),
    /// An `f64`'s bits.
    F64(u64),
    /// A `v128`.
    V128(u128),
    /// A function of the pool (`None`: null).
    FuncRef(Option<u8>),
    /// A host reference (`None`: null).
    ExternRef(Option<u32>),
}

/// A function signature.
#[derive(Arbitrary, Clone, Debug)]
pub enum SigSpec {
    /// One of [`HOST_SIGNATURES`].
    Known(u8),
    /// Up to a few arbitrary parameters and results.
    Other(Vec<ValKind>, Vec<ValKind>),
    /// More parameters than any module may declare (no host-call stub).
    Huge,
}

/// What a host function does when called.
#[derive(Arbitrary, Clone, Debug)]
pub enum HostBehavior {
    /// Returns the default value of each result type.
    Defaults,
    /// Returns these values, whatever the result types (wrong types, references of
    /// other stores).
    Values(Vec<ValueSpec>),
    /// Returns a trap.
    Trap,
    /// Panics (deliberately, see [`crate::oracles::api::DeliberatePanic`]).
    Panic,
    /// Calls function `func` of the pool through the store the `Caller` lends, then
    /// returns the default values.
    CallBack {
        /// Pool index of the function to call.
        func: u8,
        /// Its arguments.
        args: Vec<ValueSpec>,
    },
    /// Reads and writes the calling instance's memory and grows it by `pages`.
    UseCallerMemory {
        /// Where to read and write.
        offset: u32,
        /// Pages to grow by.
        pages: u8,
    },
}

/// A store's resource limits.
#[derive(Arbitrary, Clone, Debug)]
pub struct LimitsSpec {
    /// Most pages per memory.
    pub memory_pages: Option<u8>,
    /// Most elements per table.
    pub table_elements: Option<u16>,
    /// Most pages of all memories together.
    pub total_memory_pages: Option<u8>,
    /// Most elements of all tables together.
    pub total_table_elements: Option<u16>,
    /// Most instances, memories and tables.
    pub counts: Option<(u8, u8, u8)>,
    /// Refuse by panicking (deliberately) rather than by returning `false`.
    pub panics: bool,
}

/// Where a module comes from.
#[derive(Clone, Debug)]
pub enum ModuleSource {
    /// [`FIXED_MODULES`]`[index % len]`.
    Fixed(u8),
    /// A wasm-smith module with imports, made to terminate.
    Smith(Vec<u8>),
}

impl<'a> Arbitrary<'a> for ModuleSource {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let fixed = ModuleSource::Fixed(u.arbitrary()?);
        if u.ratio(2, 3)? {
            return Ok(fixed);
        }
        // wasm-smith gets a bounded share of the bytes, so one module does not eat the
        // rest of the sequence; bytes it cannot use give a fixed module instead.
        let len = u.int_in_range(0..=2048)?;
        let bytes = u.bytes(len.min(u.len()))?;
        Ok(smith_module(&mut Unstructured::new(bytes)).unwrap_or(fixed))
    }
}

/// A wasm-smith module with up to 6 imports, made to terminate.
fn smith_module(u: &mut Unstructured<'_>) -> Result<ModuleSource> {
    let mut config = differential_config(u)?;
    config.max_imports = 6;
    config.max_instructions = config.max_instructions.min(100);
    let mut module = wasm_smith::Module::new(config, u)?;
    module
        .ensure_termination(1_000)
        .map_err(|_| arbitrary::Error::IncorrectFormat)?;
    Ok(ModuleSource::Smith(module.to_bytes()))
}

/// A handle of any kind, by index into its pool.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum HandleSpec {
    /// A function.
    Func(u8),
    /// A memory.
    Memory(u8),
    /// A table.
    Table(u8),
    /// A global.
    Global(u8),
}

/// One call of the embedding API. Indices pick from the pools modulo their length; a
/// call whose pool is empty is skipped.
#[derive(Arbitrary, Clone, Debug)]
pub enum ApiCall {
    /// A new engine.
    EngineNew {
        /// Compile function bodies on the rayon pool.
        parallel: bool,
    },
    /// A new store of engine `engine`, with limits if given.
    StoreNew {
        /// Engine index.
        engine: u8,
        /// Its limiter.
        limits: Option<LimitsSpec>,
    },
    /// Compiles a module with engine `engine`.
    ModuleNew {
        /// Engine index.
        engine: u8,
        /// The module.
        source: ModuleSource,
    },
    /// A new, empty linker.
    LinkerNew,
    /// A host function in store `store`.
    HostFuncNew {
        /// Store index.
        store: u8,
        /// Its signature.
        sig: SigSpec,
        /// What it does.
        behavior: HostBehavior,
    },
    /// A host memory.
    MemoryNew {
        /// Store index.
        store: u8,
        /// Initial pages.
        min: u8,
        /// Maximum pages.
        max: Option<u8>,
    },
    /// A host table of `funcref`s.
    TableNew {
        /// Store index.
        store: u8,
        /// Initial elements.
        min: u16,
        /// Maximum elements.
        max: Option<u16>,
        /// Initial value (of any type, of any store).
        init: ValueSpec,
    },
    /// A host global.
    GlobalNew {
        /// Store index.
        store: u8,
        /// Its type.
        content: ValKind,
        /// Whether it is mutable.
        mutable: bool,
        /// Its value (of any type, of any store).
        value: ValueSpec,
    },
    /// `linker.define(module, name, item)`.
    Define {
        /// Linker index.
        linker: u8,
        /// Module name: `host`, `other` or an arbitrary one.
        module: u8,
        /// Name: `f0`.. `f4`, `memory`, `table`, `global`.
        name: u8,
        /// The item.
        item: HandleSpec,
    },
    /// Defines, for every import of module `module`, a new item of store `store`
    /// of the import's type.
    DefineImports {
        /// Linker index.
        linker: u8,
        /// Store index.
        store: u8,
        /// Module index.
        module: u8,
        /// Behavior of the host functions.
        behavior: HostBehavior,
    },
    /// `linker.define_instance(store, name, instance)`.
    DefineInstance {
        /// Linker index.
        linker: u8,
        /// Store index.
        store: u8,
        /// Instance index.
        instance: u8,
    },
    /// `linker.instantiate(store, module)`.
    Instantiate {
        /// Linker index.
        linker: u8,
        /// Store index.
        store: u8,
        /// Module index.
        module: u8,
    },
    /// `func.call(store, args)`.
    Call {
        /// Store index.
        store: u8,
        /// Function index.
        func: u8,
        /// Arguments; defaults fill in up to the function's arity when `fit`.
        args: Vec<ValueSpec>,
        /// Make the arguments match the signature where they can.
        fit: bool,
    },
    /// Accessors and growth of memory `memory` through store `store`.
    MemoryOp {
        /// Store index.
        store: u8,
        /// Memory index.
        memory: u8,
        /// Pages to grow by.
        grow: u8,
        /// Where to read and write.
        offset: u32,
        /// Bytes to write.
        len: u16,
    },
    /// Accessors, growth and writes of table `table` through store `store`.
    TableOp {
        /// Store index.
        store: u8,
        /// Table index.
        table: u8,
        /// Elements to grow by.
        grow: u16,
        /// Element to get and set.
        index: u32,
        /// The value to set and grow with.
        value: ValueSpec,
    },
    /// Accessors and a write of global `global` through store `store`.
    GlobalOp {
        /// Store index.
        store: u8,
        /// Global index.
        global: u8,
        /// The value to set.
        value: ValueSpec,
    },
    /// Accessors of instance `instance` through store `store`; its exports join the
    /// pools.
    InstanceOp {
        /// Store index.
        store: u8,
        /// Instance index.
        instance: u8,
    },
    /// Interrupts store `store`: its next wasm traps.
    Interrupt {
        /// Store index.
        store: u8,
    },
}

/// A whole input: a sequence of calls.
#[derive(Clone, Debug)]
pub struct ApiCalls {
    /// The calls, in order.
    pub calls: Vec<ApiCall>,
}

impl<'a> Arbitrary<'a> for ApiCalls {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        // Start with two engines and a store each, so that the first calls already
        // have something to cross.
        let mut calls = vec![
            ApiCall::EngineNew { parallel: false },
            ApiCall::EngineNew { parallel: false },
            ApiCall::StoreNew {
                engine: 0,
                limits: None,
            },
            ApiCall::StoreNew {
                engine: 1,
                limits: None,
            },
            ApiCall::LinkerNew,
            // One module instantiated with imports made for it, so that calls reach
            // wasm early; the rest of the sequence decides whose store it lands in.
            ApiCall::ModuleNew {
                engine: u.arbitrary()?,
                source: u.arbitrary()?,
            },
            ApiCall::DefineImports {
                linker: 0,
                store: u.arbitrary()?,
                module: 0,
                behavior: u.arbitrary()?,
            },
            ApiCall::Instantiate {
                linker: 0,
                store: u.arbitrary()?,
                module: 0,
            },
        ];
        // Bytes that run out (or do not decode) end the sequence, not the input.
        while calls.len() < MAX_CALLS && !u.is_empty() {
            match ApiCall::arbitrary(u) {
                Ok(call) => calls.push(call),
                Err(_) => break,
            }
        }
        Ok(ApiCalls { calls })
    }
}
