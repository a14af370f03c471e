//! The runtime: stores, instances, calls, traps.
//!
//! One file per job: the [`store`] and its checks, the handles (`handles.rs`), each
//! object kind's data and methods (`func.rs`, `memory.rs`, `table.rs`, `global.rs`,
//! `instance.rs`), tags, exceptions and their unwinder (`exception.rs`), value conversions (`values.rs`), calls into wasm (`call.rs`) and from
//! it to the host ([`host_call`]), instantiation ([`linker`]) and resource limits
//! (`limits.rs`).
//!
//! `unsafe` is confined to calling generated code (`call.rs`), the calls it makes back
//! into the host ([`host_call`], [`builtins`]), global cells (`global.rs`) and the OS
//! layer (`crate::sys`).

pub(crate) mod builtins;
mod call;
mod caller;
mod exception;
mod func;
mod global;
mod handles;
mod host_call;
mod instance;
mod limits;
pub(crate) mod linker;
mod memory;
mod new_store;
mod objects;
mod parking;
mod raw_values;
mod roots;
mod shared_memory;
mod stack;
pub(crate) mod store;
mod table;
mod values;
pub(crate) mod vm;

pub use handles::{Exn, Extern, Func, Global, Instance, Memory, Table, Tag};
pub use limits::{
    ResourceLimiter, StoreLimits, StoreLimitsBuilder, DEFAULT_INSTANCE_LIMIT, DEFAULT_MEMORY_LIMIT,
    DEFAULT_TABLE_LIMIT,
};
pub use linker::{InstantiationError, Linker};
pub use shared_memory::SharedMemory;
pub use store::Caller;
pub use store::{InterruptHandle, Store};
pub use values::{AnyRef, Val};
