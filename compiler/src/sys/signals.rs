//! Process-wide SIGSEGV/SIGBUS handling that turns guard-page hits by compiled code into
//! jumps to a per-code-range fault stub.
//!
//! Two registries say what is ours: code ranges (each with the address of its memory fault
//! stub) and guard regions (linear memory reservations). A fault is a wasm memory trap only
//! if the faulting instruction is in a registered code range *and* the faulting address is
//! in a registered guard region. Then the handler rewrites the interrupted context so that,
//! on return from the signal, execution continues at the stub with the faulting PC in
//! [`FAULT_PC_REGISTER`] and every other register as it was. Any other fault goes to the
//! handler that was installed before ours, so a host bug still crashes the host.
//!
//! # The registries are lock-free
//!
//! Each registry is a list of fixed-size chunks of slots. Chunks are appended when all
//! slots are taken and are never freed, so a pointer to a chunk stays valid forever. A slot
//! holds `(start, end, extra)` guarded by a sequence number (a seqlock): writers make the
//! number odd, store the fields, and make it even again; the signal handler reads the
//! number, the fields, and the number again, and ignores the slot unless both reads agree
//! and are even. The handler therefore never allocates, never takes a lock, never waits
//! and never retries: a slot that is being written at the moment of a fault is treated as
//! absent, which is correct because code must be registered before it runs and may only be
//! unregistered after it has stopped (and likewise for the memory it accesses).
//!
//! Lookups are linear in the number of live registrations; they run only when a fault
//! happens, which is rare, so this favours cheap registration.
//!
//! # Stack
//!
//! The handler is installed with `SA_ONSTACK`: on threads that have an alternate signal
//! stack (the Rust runtime gives one to the main thread and to threads it spawns) it runs
//! there; otherwise it runs on the faulting thread's stack below the interrupted frame.
//! That is safe for wasm faults because wasm stack exhaustion is caught by explicit
//! prologue checks against a limit set with headroom, never by a guard page, so the stack
//! is healthy when a memory fault occurs. No alternate stack is installed here.

#[cfg(not(all(target_os = "linux", target_arch = "x86_64")))]
compile_error!("the signal handler reads and rewrites x86-64 Linux signal contexts only");

use std::io;
use std::mem::MaybeUninit;
use std::ptr;
use std::sync::atomic::{fence, AtomicBool, AtomicPtr, AtomicUsize, Ordering};
use std::sync::OnceLock;

/// The register that holds the faulting instruction's address when a fault stub starts,
/// as a hardware register number (the `Rq(..)` number in `dynasm!`): 0 is `rax`.
///
/// `rax` is caller-saved in every convention the code generator uses, and the stub reports
/// the trap through the entry trampoline rather than returning a value, so its old
/// contents are dead.
pub const FAULT_PC_REGISTER: u8 = 0;

/// The `gregs` index of [`FAULT_PC_REGISTER`] in a Linux x86-64 `mcontext_t`.
const FAULT_PC_GREG: usize = libc::REG_RAX as usize;

/// The `gregs` index of the instruction pointer in a Linux x86-64 `mcontext_t`.
const PC_GREG: usize = libc::REG_RIP as usize;

/// The signals this module handles.
const SIGNALS: [libc::c_int; 2] = [libc::SIGSEGV, libc::SIGBUS];

/// Installs the SIGSEGV and SIGBUS handlers once for the whole process.
///
/// Safe to call any number of times from any thread; only the first call installs, and
/// every call returns its result. The previously installed actions are remembered and
/// receive every fault that is not a wasm memory trap. Registration calls this itself.
pub fn install() -> io::Result<()> {
    /// The outcome of the one installation, as a raw OS error code on failure.
    static INSTALLED: OnceLock<Result<(), i32>> = OnceLock::new();
    INSTALLED
        .get_or_init(|| {
            // SAFETY: runs at most once per process (inside `OnceLock::get_or_init`).
            unsafe { install_once() }.map_err(|e| e.raw_os_error().unwrap_or(libc::EINVAL))
        })
        .map_err(io::Error::from_raw_os_error)
}

/// The actions that were installed before ours, indexed like [`SIGNALS`].
///
/// Set before our handlers are installed and never changed afterwards, so the handler can
/// read it with a plain atomic load (`OnceLock::get`).
static PREVIOUS: OnceLock<[libc::sigaction; 2]> = OnceLock::new();

/// Records the current actions in [`PREVIOUS`], then installs [`handle_fault`].
///
/// The previous actions are read and published *before* installing, so a fault racing with
/// installation on another thread never sees ours without a predecessor to chain to. (If
/// other code changes these actions between the two steps, its change is the one that
/// gets chained to only if it happened first; that race is outside our control.)
///
/// # Safety
///
/// Must run at most once per process.
unsafe fn install_once() -> io::Result<()> {
    let mut previous = [const { MaybeUninit::<libc::sigaction>::zeroed() }; 2];
    for (signal, slot) in SIGNALS.iter().zip(previous.iter_mut()) {
        // SAFETY: querying (null new action) with a valid out pointer has no side effects.
        let rc = unsafe { libc::sigaction(*signal, ptr::null(), slot.as_mut_ptr()) };
        if rc != 0 {
            return Err(io::Error::last_os_error());
        }
    }
    // SAFETY: both entries were filled in by successful `sigaction` queries (and a zeroed
    // `sigaction` is a valid value anyway).
    let previous = previous.map(|slot| unsafe { slot.assume_init() });
    if PREVIOUS.set(previous).is_err() {
        unreachable!("install_once runs once");
    }

    // SAFETY: `sigaction` is a plain C struct for which all-zero bytes are valid.
    let mut action: libc::sigaction = unsafe { MaybeUninit::zeroed().assume_init() };
    action.sa_sigaction = handle_fault as *const () as libc::sighandler_t;
    action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
    // SAFETY: `sa_mask` is a valid `sigset_t` to initialise. An empty mask blocks only the
    // signal being handled while the handler runs (no `SA_NODEFER`).
    unsafe { libc::sigemptyset(&mut action.sa_mask) };
    for signal in SIGNALS {
        // SAFETY: `handle_fault` has the `SA_SIGINFO` signature and is async-signal-safe
        // (see its docs); `PREVIOUS` is already published for it to chain to.
        let rc = unsafe { libc::sigaction(signal, &action, ptr::null_mut()) };
        if rc != 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// The SIGSEGV/SIGBUS handler: redirect wasm memory traps, chain everything else.
///
/// Async-signal-safe: it reads atomics and the signal context, writes two context
/// registers, and otherwise only calls `sigaction` or the previous handler. It does not
/// allocate, lock, or panic (no code path in it can panic). `errno` is preserved.
extern "C" fn handle_fault(
    signal: libc::c_int,
    info: *mut libc::siginfo_t,
    context: *mut libc::c_void,
) {
    // SAFETY: the kernel passes a valid `siginfo_t` and `ucontext_t` to an `SA_SIGINFO`
    // handler, live for the duration of this call and not accessed concurrently.
    if unsafe { redirect_to_stub(info, context.cast()) } {
        return;
    }
    // SAFETY: `errno` is thread-local; reading and restoring it around the chained call
    // keeps the interrupted code's view intact.
    let saved_errno = unsafe { *libc::__errno_location() };
    // SAFETY: the same three arguments the kernel handed us, passed on unchanged.
    unsafe { chain(signal, info, context) };
    // SAFETY: as above.
    unsafe { *libc::__errno_location() = saved_errno };
}

/// If the fault is a guard-page hit by registered code, rewrites `context` to resume at the
/// code range's fault stub with the faulting PC in [`FAULT_PC_REGISTER`] and returns true.
///
/// # Safety
///
/// `info` and `context` are the valid, exclusively accessible arguments of an
/// `SA_SIGINFO` handler invocation for a SIGSEGV or SIGBUS.
unsafe fn redirect_to_stub(info: *mut libc::siginfo_t, context: *mut libc::ucontext_t) -> bool {
    // SAFETY: the caller guarantees both pointers are valid and exclusively ours.
    let (info, context) = unsafe { (&*info, &mut *context) };
    // Only kernel-generated faults (positive `si_code`) carry a meaningful `si_addr`;
    // a SIGSEGV sent with `kill`/`tgkill`/`sigqueue` is never a wasm trap.
    if info.si_code <= 0 {
        return false;
    }
    let gregs = &mut context.uc_mcontext.gregs;
    let pc = gregs[PC_GREG] as usize;
    // SAFETY: for a kernel-generated SIGSEGV/SIGBUS the `si_addr` member is the one set.
    let address = unsafe { info.si_addr() } as usize;
    // Both lookups only load atomics from chunks that are never freed: no allocation, no
    // lock, no waiting, so they are safe here even if this thread (or any other) was
    // interrupted in the middle of registering or unregistering.
    let Some(stub) = CODE.find(pc) else {
        return false;
    };
    if GUARDS.find(address).is_none() {
        return false;
    }
    gregs[FAULT_PC_GREG] = pc as libc::greg_t;
    gregs[PC_GREG] = stub as libc::greg_t;
    true
}

/// Hands a fault that is not ours to the action that was installed before ours.
///
/// A previous function handler is called directly. A previous `SIG_DFL` or `SIG_IGN` is
/// reinstated and we return: the faulting instruction runs again and the kernel applies
/// the default action (for a synchronous fault an ignored signal is forced to its default,
/// so the process dies with the original signal, leaving a core dump if enabled).
/// The previous action's `sa_mask` and `SA_RESETHAND`/`SA_NODEFER` flags are not emulated
/// when calling it directly.
///
/// # Safety
///
/// The arguments are those of a running `SA_SIGINFO` handler invocation.
unsafe fn chain(signal: libc::c_int, info: *mut libc::siginfo_t, context: *mut libc::c_void) {
    let index = if signal == libc::SIGBUS { 1 } else { 0 };
    let Some(previous) = PREVIOUS.get().map(|all| &all[index]) else {
        // Unreachable in practice (published before installation): fall back to default.
        // SAFETY: restoring the default action for a signal has no preconditions.
        unsafe { libc::signal(signal, libc::SIG_DFL) };
        return;
    };
    let handler = previous.sa_sigaction;
    if handler == libc::SIG_DFL || handler == libc::SIG_IGN {
        // SAFETY: `previous` is a complete action obtained from `sigaction` itself.
        unsafe { libc::sigaction(signal, previous, ptr::null_mut()) };
    } else if previous.sa_flags & libc::SA_SIGINFO != 0 {
        /// The signature of an `SA_SIGINFO` handler.
        type InfoHandler = extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void);
        // SAFETY: with `SA_SIGINFO` set, a non-default, non-ignore `sa_sigaction` is a
        // function of exactly this signature, installed by someone for this signal.
        let handler: InfoHandler = unsafe { std::mem::transmute(handler) };
        handler(signal, info, context);
    } else {
        /// The signature of a plain `sa_handler`.
        type PlainHandler = extern "C" fn(libc::c_int);
        // SAFETY: without `SA_SIGINFO`, a non-default, non-ignore handler is a function
        // taking the signal number, installed by someone for this signal.
        let handler: PlainHandler = unsafe { std::mem::transmute(handler) };
        handler(signal);
    }
}

/// Registers `[start, start + len)` as compiled code whose memory faults resume at
/// `fault_stub`. Installs the handlers if needed. Unregistered when the value is dropped.
///
/// Fails with `InvalidInput` for an empty or wrapping range, or with the OS error of
/// installing the handlers.
///
/// # Safety
///
/// While the registration lives:
/// - every instruction in the range that can touch a registered guard region is a wasm
///   memory access whose fault may be turned into a jump to `fault_stub` (all other state
///   of the interrupted function is abandoned);
/// - `fault_stub` is the address of executable code that follows the stub contract in the
///   `sys` module docs: it starts with the faulting PC in [`FAULT_PC_REGISTER`], all other
///   registers (including the stack pointer and the pinned `VMContext` register) as at the
///   faulting instruction, and never returns into the faulting code.
pub unsafe fn register_code(
    start: *const u8,
    len: usize,
    fault_stub: *const u8,
) -> io::Result<CodeRegistration> {
    install()?;
    let slot = CODE.insert(start as usize, len, fault_stub as usize)?;
    Ok(CodeRegistration { slot })
}

/// Registers `[start, start + len)` as a guard region: faults there by registered code are
/// wasm memory traps. Installs the handlers if needed. Unregistered when dropped.
///
/// Safe on its own: faults only turn into jumps for registered code, whose registration
/// carries the obligations. Register the whole reservation of a linear memory (accessible
/// part included), since its accessible length changes with `memory.grow`.
///
/// Fails with `InvalidInput` for an empty or wrapping range, or with the OS error of
/// installing the handlers.
pub fn register_guard_region(start: *const u8, len: usize) -> io::Result<GuardRegistration> {
    install()?;
    let slot = GUARDS.insert(start as usize, len, 0)?;
    Ok(GuardRegistration { slot })
}

/// A live code range registration; dropping it unregisters the range.
#[derive(Debug)]
#[must_use = "dropping the registration unregisters the code range at once"]
pub struct CodeRegistration {
    /// The slot in [`CODE`] holding the range.
    slot: &'static Slot,
}

impl Drop for CodeRegistration {
    fn drop(&mut self) {
        self.slot.clear();
    }
}

/// A live guard region registration; dropping it unregisters the region.
#[derive(Debug)]
#[must_use = "dropping the registration unregisters the guard region at once"]
pub struct GuardRegistration {
    /// The slot in [`GUARDS`] holding the region.
    slot: &'static Slot,
}

impl Drop for GuardRegistration {
    fn drop(&mut self) {
        self.slot.clear();
    }
}

/// Registered code ranges; a slot's `extra` is the fault stub address.
static CODE: Registry = Registry::new();

/// Registered guard regions; `extra` is unused.
static GUARDS: Registry = Registry::new();

/// Slots per chunk: one page-ish of slots, so small programs never allocate.
const CHUNK_SLOTS: usize = 64;

/// One registered range, readable from a signal handler (a seqlock over three words).
#[derive(Debug)]
struct Slot {
    /// Whether a registration owns this slot (claimed before writing, released after
    /// clearing).
    claimed: AtomicBool,
    /// Odd while the fields below are being written; bumped twice per write.
    sequence: AtomicUsize,
    /// First address of the range.
    start: AtomicUsize,
    /// One past the last address; `start == end` means the slot holds no range.
    end: AtomicUsize,
    /// Per-registry payload (the fault stub for code ranges).
    extra: AtomicUsize,
}

impl Slot {
    /// An unclaimed, empty slot.
    const fn new() -> Self {
        Self {
            claimed: AtomicBool::new(false),
            sequence: AtomicUsize::new(0),
            start: AtomicUsize::new(0),
            end: AtomicUsize::new(0),
            extra: AtomicUsize::new(0),
        }
    }

    /// Tries to take ownership of an unclaimed slot.
    fn claim(&self) -> bool {
        self.claimed
            .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
    }

    /// Publishes a range in a slot this thread has claimed.
    fn write(&self, start: usize, end: usize, extra: usize) {
        // Writers never race on one slot (it is claimed), so a plain load is enough here.
        let sequence = self.sequence.load(Ordering::Relaxed);
        self.sequence
            .store(sequence.wrapping_add(1), Ordering::Relaxed);
        // Order the odd sequence number before the field stores.
        fence(Ordering::Release);
        self.start.store(start, Ordering::Relaxed);
        self.end.store(end, Ordering::Relaxed);
        self.extra.store(extra, Ordering::Relaxed);
        self.sequence
            .store(sequence.wrapping_add(2), Ordering::Release);
    }

    /// Empties and releases a claimed slot.
    fn clear(&self) {
        self.write(0, 0, 0);
        self.claimed.store(false, Ordering::Release);
    }

    /// The slot's `extra` if it stably holds a range containing `address`.
    ///
    /// Never waits: a slot that changes while being read is reported as not matching.
    fn lookup(&self, address: usize) -> Option<usize> {
        let before = self.sequence.load(Ordering::Acquire);
        if before % 2 == 1 {
            return None;
        }
        let start = self.start.load(Ordering::Relaxed);
        let end = self.end.load(Ordering::Relaxed);
        let extra = self.extra.load(Ordering::Relaxed);
        // Order the field loads before the second sequence load.
        fence(Ordering::Acquire);
        if self.sequence.load(Ordering::Relaxed) != before {
            return None;
        }
        (start <= address && address < end).then_some(extra)
    }
}

/// A fixed-size block of slots with a link to the next block.
#[derive(Debug)]
struct Chunk {
    /// The slots.
    slots: [Slot; CHUNK_SLOTS],
    /// The next chunk, or null; set once and never changed afterwards.
    next: AtomicPtr<Chunk>,
}

impl Chunk {
    /// A chunk of empty slots with no successor.
    const fn new() -> Self {
        Self {
            slots: [const { Slot::new() }; CHUNK_SLOTS],
            next: AtomicPtr::new(ptr::null_mut()),
        }
    }

    /// The chunk after this one, if any.
    fn next(&self) -> Option<&'static Chunk> {
        let next = self.next.load(Ordering::Acquire);
        // SAFETY: a non-null `next` was produced by `Box::leak` in `Registry::insert` and is
        // never freed, so it is valid for `'static`; the Acquire load pairs with the
        // Release in the publishing `compare_exchange`, so its initialisation is visible.
        unsafe { next.as_ref() }
    }
}

/// An append-only list of chunks of slots, readable from a signal handler.
#[derive(Debug)]
struct Registry {
    /// The first chunk; later ones hang off its `next`.
    head: Chunk,
}

impl Registry {
    /// An empty registry (usable in a `static`).
    const fn new() -> Self {
        Self { head: Chunk::new() }
    }

    /// All chunks, first to last.
    fn chunks(&'static self) -> impl Iterator<Item = &'static Chunk> {
        std::iter::successors(Some(&self.head), |chunk| chunk.next())
    }

    /// Claims a slot (appending a chunk if all are taken) and publishes the range in it.
    fn insert(&'static self, start: usize, len: usize, extra: usize) -> io::Result<&'static Slot> {
        let end = start.checked_add(len).filter(|_| len > 0).ok_or_else(|| {
            io::Error::new(io::ErrorKind::InvalidInput, "empty or wrapping range")
        })?;
        let slot = self.claim();
        slot.write(start, end, extra);
        Ok(slot)
    }

    /// Claims a free slot, growing the list when needed.
    fn claim(&'static self) -> &'static Slot {
        let mut chunk = &self.head;
        loop {
            if let Some(slot) = chunk.slots.iter().find(|slot| slot.claim()) {
                return slot;
            }
            chunk = match chunk.next() {
                Some(next) => next,
                None => {
                    let fresh: &'static mut Chunk = Box::leak(Box::new(Chunk::new()));
                    match chunk.next.compare_exchange(
                        ptr::null_mut(),
                        fresh,
                        Ordering::Release,
                        Ordering::Acquire,
                    ) {
                        Ok(_) => fresh,
                        Err(winner) => {
                            // SAFETY: `fresh` came from `Box::leak` just above and was never
                            // published, so we still own it exclusively.
                            drop(unsafe { Box::from_raw(fresh) });
                            // SAFETY: `winner` is non-null (the exchange failed against
                            // null) and was leaked and published by the winning thread.
                            unsafe { &*winner }
                        }
                    }
                }
            };
        }
    }

    /// The `extra` of some stable registration containing `address`.
    fn find(&'static self, address: usize) -> Option<usize> {
        self.chunks()
            .flat_map(|chunk| chunk.slots.iter())
            .find_map(|slot| slot.lookup(address))
    }

    /// The number of live registrations (for tests).
    #[cfg(test)]
    fn live(&'static self) -> usize {
        self.chunks()
            .flat_map(|chunk| chunk.slots.iter())
            .filter(|slot| slot.claimed.load(Ordering::Acquire))
            .count()
    }
}

#[cfg(test)]
mod tests {
    //! Registry behaviour, redirection of real faults, and chaining of foreign faults.
    #![allow(
        clippy::missing_docs_in_private_items,
        reason = "test names say what they check"
    )]

    use super::*;
    use crate::sys::linear_memory::{LinearMemory, WASM_PAGE_SIZE};
    use crate::sys::mmap::Mmap;
    use std::os::unix::process::ExitStatusExt;
    use std::process::Command;

    /// `xor eax, eax; mov al, [rdi]; ret`: loads one byte from its argument.
    const LOAD: [u8; 5] = [0x31, 0xc0, 0x8a, 0x07, 0xc3];
    /// Offset of the faulting `mov` in [`LOAD`].
    const LOAD_FAULT_OFFSET: usize = 2;
    /// Marker the stub folds into its result.
    const MARKER: u64 = 0x5eed_f00d_dead_beef;

    /// `movabs rcx, MARKER; xor rax, rcx; ret`: returns (faulting PC) ^ MARKER. At the
    /// fault, `rsp` points at `LOAD`'s return address, so `ret` returns to its caller.
    fn stub_bytes() -> Vec<u8> {
        let mut bytes = vec![0x48, 0xb9];
        bytes.extend_from_slice(&MARKER.to_le_bytes());
        bytes.extend_from_slice(&[0x48, 0x31, 0xc8, 0xc3]);
        bytes
    }

    /// Executable test code: the load function, then the stub at offset 16.
    struct TestCode {
        map: Mmap,
    }

    /// Offset of the stub inside [`TestCode`].
    const STUB_OFFSET: usize = 16;

    impl TestCode {
        fn new() -> Self {
            let mut map = Mmap::accessible(1).unwrap();
            // SAFETY: the page is readable and writable and private to this value.
            let bytes = unsafe { map.slice_mut(0..64) };
            bytes[..LOAD.len()].copy_from_slice(&LOAD);
            let stub = stub_bytes();
            bytes[STUB_OFFSET..STUB_OFFSET + stub.len()].copy_from_slice(&stub);
            let len = map.len();
            map.make_executable(0..len).unwrap();
            Self { map }
        }

        /// The faulting instruction's address, which the stub finds in `rax`.
        fn fault_pc(&self) -> u64 {
            assert_eq!(FAULT_PC_REGISTER, 0, "the test stub reads rax");
            self.map.as_ptr() as u64 + LOAD_FAULT_OFFSET as u64
        }

        /// Registers the load function's range with the stub.
        fn register(&self) -> CodeRegistration {
            let start = self.map.as_ptr();
            // SAFETY: the only memory access in the range is `LOAD`'s byte load, and the
            // stub returns to `LOAD`'s caller as if `LOAD` had returned; that is the whole
            // contract this test code needs.
            unsafe { register_code(start, LOAD.len(), start.wrapping_add(STUB_OFFSET)) }.unwrap()
        }

        /// Calls the load function.
        ///
        /// # Safety
        ///
        /// `address` is readable, or a registered guard address while the code is registered.
        unsafe fn load(&self, address: *const u8) -> u64 {
            type Load = unsafe extern "C" fn(*const u8) -> u64;
            // SAFETY: the page holds `LOAD`, a complete SysV function, and is executable.
            let load: Load = unsafe { std::mem::transmute(self.map.as_ptr()) };
            // SAFETY: the caller guarantees the load either succeeds or is redirected.
            unsafe { load(address) }
        }
    }

    #[test]
    fn install_is_idempotent_across_threads() {
        let threads: Vec<_> = (0..8).map(|_| std::thread::spawn(install)).collect();
        for thread in threads {
            thread.join().unwrap().unwrap();
        }
        install().unwrap();
    }

    #[test]
    fn registry_finds_inserts_and_forgets_drops() {
        static REGISTRY: Registry = Registry::new();
        let a = REGISTRY.insert(0x1000, 0x100, 1).unwrap();
        let b = REGISTRY.insert(0x2000, 0x100, 2).unwrap();
        assert_eq!(REGISTRY.find(0x1000), Some(1));
        assert_eq!(REGISTRY.find(0x10ff), Some(1));
        assert_eq!(REGISTRY.find(0x1100), None);
        assert_eq!(REGISTRY.find(0x2050), Some(2));
        assert_eq!(REGISTRY.find(0), None);
        a.clear();
        assert_eq!(REGISTRY.find(0x1000), None);
        assert_eq!(REGISTRY.live(), 1);
        b.clear();
        assert_eq!(REGISTRY.live(), 0);
        assert!(REGISTRY.insert(0x1000, 0, 0).is_err());
        assert!(REGISTRY.insert(usize::MAX, 2, 0).is_err());
    }

    #[test]
    fn registry_grows_past_one_chunk_and_reuses_slots() {
        static REGISTRY: Registry = Registry::new();
        let count = 3 * CHUNK_SLOTS + 5;
        let slots: Vec<_> = (0..count)
            .map(|i| REGISTRY.insert(0x10_0000 * (i + 1), 0x10, i).unwrap())
            .collect();
        assert_eq!(REGISTRY.chunks().count(), 4);
        for i in 0..count {
            assert_eq!(REGISTRY.find(0x10_0000 * (i + 1) + 0xf), Some(i));
        }
        slots.iter().for_each(|slot| slot.clear());
        let again: Vec<_> = (0..count)
            .map(|i| REGISTRY.insert(0x10_0000 * (i + 1), 0x10, i).unwrap())
            .collect();
        assert_eq!(REGISTRY.chunks().count(), 4, "freed slots are reused");
        again.iter().for_each(|slot| slot.clear());
    }

    #[test]
    fn registry_is_consistent_under_concurrent_registration() {
        static REGISTRY: Registry = Registry::new();
        let threads: Vec<_> = (0..4usize)
            .map(|t| {
                std::thread::spawn(move || {
                    for round in 0..2_000usize {
                        let base = ((t + 1) << 32) | (round << 8);
                        let slot = REGISTRY.insert(base, 0x10, base).unwrap();
                        assert_eq!(REGISTRY.find(base + 1), Some(base));
                        slot.clear();
                        assert_eq!(REGISTRY.find(base + 1), None);
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
        assert_eq!(REGISTRY.live(), 0);
    }

    #[test]
    fn guard_fault_in_registered_code_resumes_at_stub() {
        let code = TestCode::new();
        let _code_registration = code.register();
        let mut memory = LinearMemory::new(1, Some(2)).unwrap();
        memory.as_mut_slice()[5] = 42;
        let base = memory.base();
        // SAFETY: offset 5 is inside the accessible first page.
        assert_eq!(unsafe { code.load(base.wrapping_add(5)) }, 42);
        // SAFETY: `base + 64 KiB` is in the memory's registered guard region.
        let trapped = unsafe { code.load(base.wrapping_add(WASM_PAGE_SIZE)) };
        assert_eq!(trapped ^ MARKER, code.fault_pc());
        // The very last byte of the 8 GiB reservation traps too.
        // SAFETY: inside the registered guard region.
        let last = unsafe { code.load(base.wrapping_add(LinearMemory::RESERVATION - 1)) };
        assert_eq!(last ^ MARKER, code.fault_pc());
        // After growing, the same address is ordinary (zeroed) memory.
        assert_eq!(memory.grow(1), Some(1));
        // SAFETY: the second page is now accessible.
        assert_eq!(unsafe { code.load(base.wrapping_add(WASM_PAGE_SIZE)) }, 0);
    }

    #[test]
    fn traps_on_several_threads_at_once() {
        let code = std::sync::Arc::new(TestCode::new());
        let _code_registration = code.register();
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let code = code.clone();
                std::thread::spawn(move || {
                    let memory = LinearMemory::new(0, None).unwrap();
                    for i in 0..1_000 {
                        // SAFETY: a zero-page memory's whole reservation is guard region.
                        let result = unsafe { code.load(memory.base().wrapping_add(i * 4099)) };
                        assert_eq!(result ^ MARKER, code.fault_pc());
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
    }

    /// The environment variable that selects a crash scenario in a child test process.
    const CHILD_ENV: &str = "LIGHTBEAM_SYS_SIGNALS_CHILD";

    /// In the parent, runs this test binary's `test` alone with [`CHILD_ENV`] set and
    /// asserts that it dies of SIGSEGV; in the child, returns true so the test crashes.
    fn crashes_in_child(test: &str) -> bool {
        if std::env::var_os(CHILD_ENV).is_some() {
            // SAFETY: setting a resource limit for this (doomed) process only.
            unsafe {
                let no_core = libc::rlimit {
                    rlim_cur: 0,
                    rlim_max: 0,
                };
                libc::setrlimit(libc::RLIMIT_CORE, &no_core);
            }
            return true;
        }
        let path = module_path!().split_once("::").unwrap().1;
        let output = Command::new(std::env::current_exe().unwrap())
            .args([&format!("{path}::{test}"), "--exact", "--test-threads=1"])
            .env(CHILD_ENV, "1")
            .output()
            .unwrap();
        assert_eq!(
            output.status.signal(),
            Some(libc::SIGSEGV),
            "child should die of SIGSEGV; status {:?}, stdout {}, stderr {}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr),
        );
        false
    }

    #[test]
    fn host_fault_in_guard_region_is_not_swallowed() {
        if !crashes_in_child("host_fault_in_guard_region_is_not_swallowed") {
            return;
        }
        let code = TestCode::new();
        let _code_registration = code.register();
        let memory = LinearMemory::new(0, None).unwrap();
        // SAFETY: deliberately faulting from Rust code (not registered) on a guard page;
        // the handler must chain to the default action and kill this child process.
        unsafe { ptr::read_volatile(memory.base()) };
        unreachable!("the read above must kill the process");
    }

    #[test]
    fn registered_code_fault_outside_guard_regions_is_not_swallowed() {
        if !crashes_in_child("registered_code_fault_outside_guard_regions_is_not_swallowed") {
            return;
        }
        let code = TestCode::new();
        let _code_registration = code.register();
        let unregistered = Mmap::reserve(1).unwrap();
        // SAFETY: deliberately faulting in registered code on a PROT_NONE page that is not a
        // guard region; the handler must chain and kill this child process.
        unsafe { code.load(unregistered.as_ptr()) };
        unreachable!("the load above must kill the process");
    }

    #[test]
    fn fault_after_unregistering_is_not_swallowed() {
        if !crashes_in_child("fault_after_unregistering_is_not_swallowed") {
            return;
        }
        let code = TestCode::new();
        let memory = LinearMemory::new(0, None).unwrap();
        drop(code.register());
        // SAFETY: deliberately faulting after the code range was unregistered; the handler
        // must chain and kill this child process.
        unsafe { code.load(memory.base()) };
        unreachable!("the load above must kill the process");
    }
}
