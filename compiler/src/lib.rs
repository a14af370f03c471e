//! Lightbeam: a streaming one-pass WebAssembly → x86-64 compiler and its runtime.
//!
//! Bytes are decoded and validated by `wasmparser` while each function body is compiled
//! in the same pass, operator by operator, over an abstract value stack (constants,
//! locals, registers and spilled slots) with a small register allocator. Functions are
//! linked into read-execute memory; linear memories use guard pages so accesses need no
//! bounds checks; every other trap is an explicit check.
//!
//! # Example
//!
//! ```
//! use lightbeam::{Engine, Linker, Module, Store, Val, TrapCode};
//!
//! let engine = Engine::default();
//! let module = Module::new(&engine, r#"
//!     (module
//!       (func (export "add") (param i32 i32) (result i32)
//!         local.get 0
//!         local.get 1
//!         i32.add)
//!       (func (export "div") (param i32 i32) (result i32)
//!         (i32.div_s (local.get 0) (local.get 1))))
//! "#).unwrap();
//! let mut store = Store::new(&engine);
//! let instance = Linker::new().instantiate(&mut store, &module).unwrap();
//!
//! let add = instance.get_func(&store, "add").unwrap().unwrap();
//! assert_eq!(add.call(&mut store, &[Val::I32(2), Val::I32(3)]).unwrap(), vec![Val::I32(5)]);
//!
//! let div = instance.get_func(&store, "div").unwrap().unwrap();
//! let trap = div.call(&mut store, &[Val::I32(1), Val::I32(0)]).unwrap_err();
//! assert_eq!(trap.code, TrapCode::IntegerDivisionByZero);
//! assert_eq!(trap.message, "integer divide by zero");
//! ```
//!
//! # Layout
//!
//! Layers, each importing only from the ones before it (`tests/layers.rs` checks it):
//!
//! * foundation: [`module`] (the module environment, parsed section by section), errors,
//!   trap codes, `vmoffsets` (layouts generated code shares with the runtime) and
//!   `builtins` (the runtime functions generated code calls, declared once);
//! * `sys`: memory mappings, guarded linear memories, the signal handler;
//! * `x64`: registers, the macro-assembler and the calling convention;
//! * `codegen`: the one-pass code generator (value stack, register allocator, control
//!   frames, one visitor file per operator family) and the trampolines;
//! * compile and link: `engine`, `compiled_module` ([`Module`]), `code` (executable
//!   memory);
//! * `runtime`: stores, instances, calls, traps; then `wasi` and the CLI.

mod builtins;
mod code;
mod codegen;
mod compiled_module;
mod disasm;
mod engine;
mod error;
pub mod module;
mod perf_map;
mod runtime;
mod sys;
mod trap;
mod type_registry;
mod vmoffsets;
#[cfg(feature = "wasi")]
pub mod wasi;
mod x64;

pub use codegen::{
    CallSite, CatchClause, CompiledFunction, HandlerScope, RelaxedSimd,
    MAX_CODE_BYTES_PER_INPUT_BYTE,
};
pub use compiled_module::{FuncSelector, Module};
pub use disasm::disassemble;
pub use engine::{Config, Engine};
pub use error::{CompileError, CompileResult, EngineError, ObjectError, StoreMismatch};
pub use module::{
    ExternType, FuncType, GlobalType, HeapType, IndexType, Limits, MemoryType, RefType,
    SharedTypeId, TableType, ValType,
};
pub use runtime::{
    AnyRef, Caller, Exn, Extern, Func, Global, Instance, InstantiationError, InterruptHandle,
    Linker, Memory, ResourceLimiter, SharedMemory, Store, StoreLimits, StoreLimitsBuilder, Table,
    Tag, Val, DEFAULT_INSTANCE_LIMIT, DEFAULT_MEMORY_LIMIT, DEFAULT_TABLE_LIMIT,
};
pub use trap::{Trap, TrapCode};
pub use x64::masm::SimdEncoding;
