//! Byte offsets of the runtime structures generated code reads and writes.
//!
//! A `VMContext` is an array of 8-byte words laid out once per module:
//!
//! | word                 | content                                                   |
//! |----------------------|-----------------------------------------------------------|
//! | 0                    | `*const VMStoreContext` (shared by all instances of a store) |
//! | 1                    | back pointer to the instance, for runtime builtins        |
//! | 2 + 2m, 3 + 2m       | memory `m`: base address, `*const VMMemoryDefinition`     |
//! | then one per global  | `*mut` the global's 16-byte value cell                    |
//! | then one per table   | `*mut VMTableDefinition`                                  |
//! | then one per function| `*const VMFuncRef` (imports and definitions alike)        |
//! | then two per defined global | the value cell itself (so code reads it with one load) |
//! | last                 | `*const` the engine's type table (see [`type_info`])      |

#![forbid(unsafe_code)]

use crate::module::ModuleInfo;

/// Offsets inside `VMStoreContext` (one per store).
pub mod store {
    /// The limit function entries compare `rsp` with (`u64`): the lowest address `rsp`
    /// may reach, or `u64::MAX` while an interrupt is pending, so one compare catches
    /// both.
    pub const STACK_LIMIT: i32 = 0;
    /// `rsp` of the innermost entry trampoline, where traps unwind to (`u64`).
    pub const ENTRY_SP: i32 = 8;
    /// Trap code written by a trapping stub (`u32`).
    pub const TRAP_CODE: i32 = 16;
    /// Non-zero when the embedder asked to interrupt (`u32`).
    pub const INTERRUPT: i32 = 20;
    /// Wasm byte offset of the trapping instruction (`u64`).
    pub const TRAP_WASM_OFFSET: i32 = 24;
    /// Machine address of a faulting memory access (`u64`).
    pub const FAULT_PC: i32 = 32;
    /// The store the running code belongs to (pointer, for runtime builtins).
    pub const STORE: i32 = 40;
    /// A detail of the last trap for its message (`u64`): the table index of an
    /// uninitialised `call_indirect` element.
    pub const TRAP_DETAIL: i32 = 48;
    /// The lowest address `rsp` may reach (`u64`), whatever [`STACK_LIMIT`] says.
    pub const REAL_STACK_LIMIT: i32 = 56;
    /// The function host-call stubs call (a function pointer).
    pub const HOST_DISPATCH: i32 = 64;
    /// The table of builtins: one function pointer per builtin, in the order they are
    /// declared, so generated code calls builtin `b` with `call [context + BUILTINS + 8 * b]`.
    pub const BUILTINS: i32 = 72;
    /// The exception a handler is catching, as an `exnref` (`u64`), written by the
    /// unwinder for a `catch_ref`/`catch_all_ref` handler to push.
    pub const CAUGHT_EXCEPTION: i32 = BUILTINS + 8 * crate::builtins::BUILTIN_COUNT as i32;
    /// Address of the payload of the exception being caught (one 16-byte `ValRaw` per
    /// value), which a `catch`/`catch_ref` handler pushes.
    pub const CAUGHT_PAYLOAD: i32 = CAUGHT_EXCEPTION + 8;
    /// The exception a host function threw (an `exnref`, `u64`), for the host-call stub
    /// to throw on into the calling wasm.
    pub const THROWN_EXCEPTION: i32 = CAUGHT_PAYLOAD + 8;
    /// Size of the structure.
    pub const SIZE: usize = THROWN_EXCEPTION as usize + 8;

    /// Offset of `builtin`'s entry in the table of builtins.
    pub(crate) const fn builtin(builtin: crate::builtins::Builtin) -> i32 {
        BUILTINS + 8 * builtin as i32
    }
}

/// The engine's type table, which casts read: one entry of `1 << SIZE_LOG2` bytes per
/// engine-wide type id, at `table + (id << SIZE_LOG2)`, never moved while the engine
/// lives (see `type_registry.rs`).
pub mod type_info {
    /// The kind of the type (`u32`): [`KIND_FUNC`], [`KIND_STRUCT`] or [`KIND_ARRAY`].
    pub const KIND: i32 = 0;
    /// The number of declared supertypes above the type (`u32`).
    pub const DEPTH: i32 = 4;
    /// Pointer to the whole display: `DEPTH + 1` `u32` ids, the ancestor at depth `d`
    /// at `4 * d`, the type itself last.
    pub const DISPLAY: i32 = 8;
    /// The display's first [`INLINE_DISPLAY_LEN`] ids (`u32` each) in the entry itself,
    /// [`NO_TYPE`] past the type's depth: a cast to a type of depth `d` below that
    /// reads one id here and needs no depth check.
    pub const INLINE_DISPLAY: i32 = 16;
    /// Number of display ids kept in the entry.
    pub const INLINE_DISPLAY_LEN: u32 = 4;
    /// Log2 of the entry size (32 bytes).
    pub const SIZE_LOG2: u8 = 5;
    /// The id no type has, filling the inline display past a type's depth.
    pub const NO_TYPE: u32 = u32::MAX;
    /// [`KIND`] of a function type.
    pub const KIND_FUNC: u32 = 0;
    /// [`KIND`] of a struct type.
    pub const KIND_STRUCT: u32 = 1;
    /// [`KIND`] of an array type.
    pub const KIND_ARRAY: u32 = 2;
    const _: () = assert!(INLINE_DISPLAY + 4 * INLINE_DISPLAY_LEN as i32 == 1 << SIZE_LOG2);
}

/// Offsets inside `VMFuncRef`, the callable representation of any function.
pub mod func_ref {
    /// Entry point in the internal calling convention.
    pub const CODE: i32 = 0;
    /// The callee's `VMContext` (or host-function context).
    pub const VMCTX: i32 = 8;
    /// Engine-wide signature id (`u32` in a `u64` slot).
    pub const TYPE_ID: i32 = 16;
    /// Index of the function in its store.
    pub const STORE_INDEX: i32 = 24;
    /// Size of the structure.
    pub const SIZE: usize = 32;
}

/// Offsets inside `VMTableDefinition`.
pub mod table {
    /// Pointer to the elements (8 bytes each).
    pub const ELEMENTS: i32 = 0;
    /// Current number of elements (`u64`).
    pub const LENGTH: i32 = 8;
}

/// Offsets inside `VMMemoryDefinition`.
pub mod memory {
    /// Base address (never moves).
    pub const BASE: i32 = 0;
    /// Accessible length in bytes (`u64`).
    pub const LENGTH: i32 = 8;
}

/// Offset of the store-context pointer in a `VMContext`.
pub const STORE_CONTEXT: i32 = 0;
/// Offset of the instance back pointer in a `VMContext`.
pub const INSTANCE: i32 = 8;

/// The `VMContext` layout of one module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VMOffsets {
    memories: u32,
    globals: u32,
    imported_globals: u32,
    tables: u32,
    funcs: u32,
}

impl VMOffsets {
    /// Lays out the context for `info`.
    pub fn new(info: &ModuleInfo) -> Self {
        VMOffsets {
            memories: info.memories.len() as u32,
            globals: info.globals.len() as u32,
            imported_globals: info.imported_globals,
            tables: info.tables.len() as u32,
            funcs: info.functions.len() as u32,
        }
    }

    fn memories_start(&self) -> u32 {
        2
    }

    fn globals_start(&self) -> u32 {
        self.memories_start() + 2 * self.memories
    }

    fn tables_start(&self) -> u32 {
        self.globals_start() + self.globals
    }

    fn funcs_start(&self) -> u32 {
        self.tables_start() + self.tables
    }

    fn defined_globals_start(&self) -> u32 {
        self.funcs_start() + self.funcs
    }

    fn type_table_word(&self) -> u32 {
        self.defined_globals_start() + 2 * (self.globals - self.imported_globals)
    }

    /// Number of 8-byte words in the context.
    pub fn size_in_words(&self) -> usize {
        self.type_table_word() as usize + 1
    }

    /// Offset of the pointer to the engine's type table (see [`type_info`]).
    pub fn type_table(&self) -> i32 {
        8 * self.type_table_word() as i32
    }

    /// Offset of memory `index`'s base address.
    pub fn memory_base(&self, index: u32) -> i32 {
        8 * (self.memories_start() + 2 * index) as i32
    }

    /// Offset of memory `index`'s definition pointer.
    pub fn memory_definition(&self, index: u32) -> i32 {
        self.memory_base(index) + 8
    }

    /// Offset of global `index`'s cell pointer.
    pub fn global(&self, index: u32) -> i32 {
        8 * (self.globals_start() + index) as i32
    }

    /// Offset of the value cell of global `index` if the module defines it (imported
    /// ones live elsewhere: reach them through [`Self::global`]).
    pub fn defined_global_value(&self, index: u32) -> Option<i32> {
        let defined = index.checked_sub(self.imported_globals)?;
        (index < self.globals).then(|| 8 * (self.defined_globals_start() + 2 * defined) as i32)
    }

    /// Offset of table `index`'s definition pointer.
    pub fn table(&self, index: u32) -> i32 {
        8 * (self.tables_start() + index) as i32
    }

    /// Offset of function `index`'s `VMFuncRef` pointer.
    pub fn func_ref(&self, index: u32) -> i32 {
        8 * (self.funcs_start() + index) as i32
    }
}
