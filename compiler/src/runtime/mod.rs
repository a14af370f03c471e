//! The runtime: stores, instances, calls, traps.
//!
//! `unsafe` is confined to calling generated code ([`store`]), the builtins generated code
//! calls back into ([`builtins`]), and the OS layer ([`sys`]).

pub(crate) mod builtins;
mod caller;
mod limits;
pub(crate) mod linker;
mod stack;
pub(crate) mod store;
pub(crate) mod sys;
mod values;
pub(crate) mod vm;

pub use caller::Caller;
pub use limits::{
    ResourceLimiter, StoreLimits, StoreLimitsBuilder, DEFAULT_INSTANCE_LIMIT, DEFAULT_MEMORY_LIMIT,
    DEFAULT_TABLE_LIMIT,
};
pub use linker::{InstantiationError, Linker};
pub use store::{Extern, Func, Global, Instance, InterruptHandle, Memory, Store, Table};
pub use values::Val;
