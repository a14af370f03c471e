//! Operating-system primitives, the lowest layer (code memory and the runtime both build
//! on it): memory mappings, guarded linear memories, and the signal handler that turns
//! out-of-bounds memory accesses into traps.
//!
//! This is one of the few places with `unsafe` code. Every `unsafe` block states why it is
//! sound in a `// SAFETY:` comment and every `unsafe fn` has a `# Safety` section. The
//! code targets x86-64 Linux.
//!
//! - [`mmap`]: [`Mmap`](mmap::Mmap), an owned anonymous mapping that starts as a
//!   `PROT_NONE` reservation and whose page ranges become read-write or read-execute
//!   (never both).
//! - [`linear_memory`]: [`LinearMemory`](linear_memory::LinearMemory), a 32-bit wasm memory
//!   in an 8 GiB reservation whose base never moves.
//! - [`signals`]: the SIGSEGV/SIGBUS handler and the registries of code ranges and guard
//!   regions it consults.
//!
//! # Contract for generated code
//!
//! **Memory accesses.** For a 32-bit memory, compiled code addresses
//! `base + zext(index) + offset` (with `offset < 2^32`) without a bounds check. Anything at
//! or past [`byte_len`](linear_memory::LinearMemory::byte_len) but inside the 8 GiB
//! reservation faults. A [`LinearMemory`](linear_memory::LinearMemory) registers its whole
//! reservation as a guard region itself; nothing else needs registering for memories.
//!
//! **Registering code.** After linking, when the code is executable and before any of it
//! runs, call [`signals::register_code(start, len, fault_stub)`](signals::register_code)
//! for the code memory (one range per module is typical) and keep the returned
//! [`CodeRegistration`](signals::CodeRegistration) alive for as long as the code may run;
//! drop it before unmapping the code. Registering and unregistering may happen on any
//! thread at any time, including in host functions called from wasm: the registries are
//! lock-free, so a fault that interrupts a registration cannot deadlock the handler.
//!
//! **The fault stub.** When an instruction inside a registered code range faults on an
//! address inside a registered guard region, the handler returns from the signal into
//! `fault_stub` with:
//! - `rax` ([`signals::FAULT_PC_REGISTER`]) = the address of the faulting instruction,
//!   which the stub (or the code it jumps to) maps to a wasm offset through the trap table;
//! - every other general-purpose register, the flags and the vector registers exactly as
//!   they were at the faulting instruction. In particular `rsp` is the faulting function's
//!   stack pointer, *not* aligned for a call, and the pinned `VMContext` register is
//!   intact, so the stub can reach the entry trampoline's saved state through it;
//! - the signal mask restored to what it was before the fault (the handler returns
//!   normally, it does not jump), so no signal state needs repair.
//!
//! The stub must never return into the faulting code. It records the trap (code
//! `MemoryOutOfBounds` and the PC) and unwinds to the entry trampoline's landing pad,
//! typically by restoring the stack pointer saved in the `VMContext` at entry. One stub per
//! code memory suffices; it may be placed inside the registered range or outside it.
//!
//! **What is not a trap.** A fault whose PC is outside every registered code range (a host
//! bug, even on a guard page), a fault by registered code outside every guard region
//! (a compiler bug, e.g. a wild pointer), and any SIGSEGV/SIGBUS sent by `kill` go to the
//! handler installed before ours, or to the default action, which kills the process.
//!
//! **Stack.** Wasm stack exhaustion is detected by prologue checks against the limit in the
//! `VMContext`, so faults handled here happen on a healthy stack. The limit must leave
//! headroom below it (32 KiB is plenty) for the kernel's signal frame and the handler on
//! threads without an alternate signal stack.
//!
//! # Address space and overcommit
//!
//! Reservations are private anonymous `PROT_NONE` mappings made with `MAP_NORESERVE`. A
//! `PROT_NONE` mapping is never charged against the commit limit, so 8 GiB per memory
//! costs only address space (one VMA, plus one more once part of it is accessible).
//! Per `vm.overcommit_memory`:
//! - `0` (heuristic, the default) and `1` (always): with `MAP_NORESERVE`, pages made
//!   accessible are not charged either; they are backed lazily on first write. A memory can
//!   grow to 4 GiB regardless of RAM; running out of real memory shows up when pages are
//!   written (OOM killer), as for any lazily-backed allocation.
//! - `2` (never): the kernel ignores `MAP_NORESERVE`, and making pages writable charges
//!   them, so a grow beyond the commit limit fails with `ENOMEM`, which
//!   [`grow`](linear_memory::LinearMemory::grow) reports as `None` (`memory.grow`
//!   returns -1). Reservations still cost nothing.
//!
//! Limits that do bite: `ulimit -v` (`RLIMIT_AS`) counts reservations, so an 8 GiB
//! reservation fails with `ENOMEM` under a smaller limit; 47-bit user address space holds
//! about 16 000 live memories; `vm.max_map_count` (65 530 by default) bounds the number of
//! mappings, two per memory. Spec tests keep a handful of memories alive per script, so
//! even many scripts in parallel stay far below these.

#![warn(
    clippy::missing_docs_in_private_items,
    clippy::undocumented_unsafe_blocks,
    clippy::missing_safety_doc
)]

pub mod linear_memory;
pub mod mmap;
pub mod signals;
