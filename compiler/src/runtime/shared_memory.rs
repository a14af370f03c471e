//! Shared linear memories: the one runtime object that crosses threads.
//!
//! A [`SharedMemory`] is reference-counted (`Arc`); every store that holds it (as a
//! memory an instance defined, or one the host imported with
//! [`Memory::from_shared`](crate::Memory::from_shared)) holds one count, and the
//! mapping lives until the last is gone. Its memory never moves: like every linear
//! memory it sits in a fixed reservation that covers its maximum, and growing only
//! changes protection. The [`VMMemoryDefinition`] generated code reads (base and byte
//! length) lives inside the shared object, so every instance, in any store on any
//! thread, sees a growth at once; the length is atomic and growth is serialised by a
//! lock. The memory also owns the [`ParkingLot`] of its `wait`/`notify` operators.

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use super::parking::{ParkingLot, WaitOutcome};
use super::vm::VMMemoryDefinition;
use crate::error::ObjectError;
use crate::module::MemoryType;
use crate::sys::linear_memory::LinearMemory;
use crate::trap::TrapCode;

/// A linear memory that instances in several stores, on several threads, may use at
/// once. Cheap to clone (one reference count); `Send` and `Sync`.
#[derive(Clone)]
pub struct SharedMemory {
    inner: Arc<SharedInner>,
}

/// What the clones of a [`SharedMemory`] share.
struct SharedInner {
    /// The memory; locked only to grow it.
    memory: Mutex<LinearMemory>,
    /// What generated code reads: the fixed base and the current byte length.
    definition: VMMemoryDefinition,
    /// The declared type (its minimum is the initial size).
    ty: MemoryType,
    /// Threads waiting in `memory.atomic.wait32/64`.
    waiters: ParkingLot,
}

// SAFETY: the only field that is not `Send`/`Sync` by itself is the definition's base
// pointer, which points into the mapping `memory` owns for as long as `self` lives and
// is never written after creation; the length is atomic, and growth (the only change of
// the mapping) goes through the mutex.
unsafe impl Send for SharedInner {}
// SAFETY: as for `Send`.
unsafe impl Sync for SharedInner {}

impl std::fmt::Debug for SharedMemory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SharedMemory")
            .field("ty", &self.inner.ty)
            .field("byte_len", &self.byte_len())
            .finish()
    }
}

/// A value `memory.atomic.wait32/64` expects at an address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Expected {
    /// An `i32` (`wait32`).
    U32(u32),
    /// An `i64` (`wait64`).
    U64(u64),
}

impl Expected {
    /// Bytes the value occupies.
    pub(crate) fn bytes(self) -> u64 {
        match self {
            Expected::U32(_) => 4,
            Expected::U64(_) => 8,
        }
    }
}

impl SharedMemory {
    /// A new shared memory of type `ty`, which must say `shared` and have a maximum
    /// (as validation requires of every shared memory a module declares).
    pub fn new(ty: MemoryType) -> Result<SharedMemory, ObjectError> {
        if !ty.shared || ty.limits.max.is_none() {
            return Err(ObjectError::Type(
                "a shared memory's type must be shared and have a maximum".into(),
            ));
        }
        let log2 = ty.page_size_log2;
        let limit = LinearMemory::max_pages_of(log2);
        let too_big =
            || ObjectError::Resource(format!("memory size must be at most {limit} pages"));
        let min = u32::try_from(ty.limits.min)
            .ok()
            .filter(|min| *min <= limit)
            .ok_or_else(too_big)?;
        let max = ty.limits.max.map(|max| max.min(limit.into()) as u32);
        let memory = LinearMemory::with_page_size(min, max, log2)
            .map_err(|error| ObjectError::Resource(error.to_string()))?;
        let definition = VMMemoryDefinition {
            base: memory.base(),
            length: AtomicU64::new(memory.byte_len() as u64),
        };
        Ok(SharedMemory {
            inner: Arc::new(SharedInner {
                memory: Mutex::new(memory),
                definition,
                ty,
                waiters: ParkingLot::default(),
            }),
        })
    }

    /// The memory's type, with its current size as the minimum.
    pub fn ty(&self) -> MemoryType {
        let mut ty = self.inner.ty;
        ty.limits.min = self.pages().into();
        ty
    }

    /// The current size in pages.
    pub fn pages(&self) -> u32 {
        (self.byte_len() >> self.inner.ty.page_size_log2) as u32
    }

    /// The current size in bytes.
    pub fn byte_len(&self) -> usize {
        self.inner.definition.length.load(Ordering::Acquire) as usize
    }

    /// Grows by `delta` pages; returns the old size, or `None` (nothing changed) past
    /// the maximum or when the OS refuses the pages. Growth from several threads at
    /// once is serialised.
    pub fn grow(&self, delta: u32) -> Option<u32> {
        let mut memory = self
            .inner
            .memory
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let old = memory.grow(delta)?;
        self.inner
            .definition
            .length
            .store(memory.byte_len() as u64, Ordering::Release);
        Some(old)
    }

    /// Whether `self` and `other` are the same memory.
    pub fn same(&self, other: &SharedMemory) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }

    /// The definition generated code reads (the same for every clone).
    pub(crate) fn definition(&self) -> *const VMMemoryDefinition {
        &self.inner.definition
    }

    /// The address of byte 0 (fixed for the memory's lifetime).
    pub(crate) fn base(&self) -> *mut u8 {
        self.inner.definition.base
    }

    /// Checks an access of `bytes` bytes at `address` for an atomic operator:
    /// alignment first, then bounds.
    pub(crate) fn check_atomic(address: u64, bytes: u64, byte_len: usize) -> Result<(), TrapCode> {
        if address % bytes != 0 {
            return Err(TrapCode::UnalignedAtomic);
        }
        match address.checked_add(bytes) {
            Some(end) if end <= byte_len as u64 => Ok(()),
            _ => Err(TrapCode::MemoryOutOfBounds),
        }
    }

    /// `memory.atomic.wait32/64` at `address` (the effective address): blocks while
    /// the value there is `expected`, for at most `timeout_ns` nanoseconds (forever
    /// if negative), and returns wasm's result: 0 woken, 1 not equal, 2 timed out.
    /// `interrupt` is the waiting store's interrupt flag.
    pub(crate) fn wait(
        &self,
        address: u64,
        expected: Expected,
        timeout_ns: i64,
        interrupt: &AtomicU32,
    ) -> Result<u32, TrapCode> {
        Self::check_atomic(address, expected.bytes(), self.byte_len())?;
        // In bounds and aligned, within the accessible bytes (which never shrink).
        let pointer = self.base().wrapping_add(address as usize);
        let still_expected = || match expected {
            Expected::U32(value) => {
                // SAFETY: `pointer` is 4-byte aligned and inside the memory's
                // accessible bytes, which stay mapped while `self` lives; other threads
                // access them atomically or with generated code's aligned moves.
                let cell = unsafe { AtomicU32::from_ptr(pointer.cast()) };
                cell.load(Ordering::SeqCst) == value
            }
            Expected::U64(value) => {
                // SAFETY: as for `U32`, with 8-byte alignment.
                let cell = unsafe { AtomicU64::from_ptr(pointer.cast()) };
                cell.load(Ordering::SeqCst) == value
            }
        };
        let timeout = u64::try_from(timeout_ns).ok().map(Duration::from_nanos);
        let interrupted = || interrupt.load(Ordering::SeqCst) != 0;
        match self
            .inner
            .waiters
            .wait(address, still_expected, timeout, interrupted)
        {
            WaitOutcome::Woken => Ok(0),
            WaitOutcome::NotEqual => Ok(1),
            WaitOutcome::TimedOut => Ok(2),
            WaitOutcome::Interrupted => Err(TrapCode::Interrupted),
        }
    }

    /// `memory.atomic.notify` at `address` (the effective address): wakes up to
    /// `count` waiters there and returns how many it woke.
    pub(crate) fn notify(&self, address: u64, count: u32) -> Result<u32, TrapCode> {
        Self::check_atomic(address, 4, self.byte_len())?;
        Ok(self.inner.waiters.notify(address, count))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::module::{IndexType, Limits};

    fn shared_type(min: u64, max: u64) -> MemoryType {
        MemoryType {
            limits: Limits {
                min,
                max: Some(max),
            },
            index_type: IndexType::I32,
            page_size_log2: 16,
            shared: true,
        }
    }

    #[test]
    fn is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<SharedMemory>();
    }

    #[test]
    fn growth_is_seen_by_every_clone_and_the_base_stays() {
        let memory = SharedMemory::new(shared_type(1, 3)).unwrap();
        let clone = memory.clone();
        let base = memory.base();
        assert_eq!(clone.grow(1), Some(1));
        assert_eq!((memory.pages(), memory.byte_len()), (2, 2 << 16));
        assert_eq!(memory.grow(2), None);
        assert_eq!(memory.base(), base);
        assert!(memory.same(&clone) && memory.definition() == clone.definition());
        assert_eq!(memory.ty().limits.min, 2);
    }

    #[test]
    fn types_must_be_shared_with_a_maximum() {
        let mut unshared = shared_type(1, 1);
        unshared.shared = false;
        assert!(SharedMemory::new(unshared).is_err());
        let mut unbounded = shared_type(1, 1);
        unbounded.limits.max = None;
        assert!(SharedMemory::new(unbounded).is_err());
    }

    #[test]
    fn wait_and_notify_check_alignment_then_bounds() {
        let memory = SharedMemory::new(shared_type(1, 1)).unwrap();
        let flag = AtomicU32::new(0);
        assert_eq!(
            memory.wait(2, Expected::U32(0), 0, &flag),
            Err(TrapCode::UnalignedAtomic)
        );
        assert_eq!(
            memory.wait(4, Expected::U64(0), 0, &flag),
            Err(TrapCode::UnalignedAtomic)
        );
        assert_eq!(
            memory.wait(65536, Expected::U32(0), 0, &flag),
            Err(TrapCode::MemoryOutOfBounds)
        );
        assert_eq!(memory.notify(65533, 1), Err(TrapCode::UnalignedAtomic));
        assert_eq!(memory.notify(65536, 1), Err(TrapCode::MemoryOutOfBounds));
        assert_eq!(memory.notify(65532, 1), Ok(0));
        assert_eq!(memory.wait(65528, Expected::U64(1), -1, &flag), Ok(1));
        assert_eq!(memory.wait(0, Expected::U32(0), 1_000_000, &flag), Ok(2));
        flag.store(1, Ordering::SeqCst);
        assert_eq!(
            memory.wait(0, Expected::U32(0), -1, &flag),
            Err(TrapCode::Interrupted)
        );
    }
}
