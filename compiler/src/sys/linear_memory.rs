//! A 32-bit wasm linear memory inside an 8 GiB guarded reservation.
//!
//! The whole reservation is made up front: 4 GiB that a `u32` index can reach plus 4 GiB
//! more that a `u32` static offset can add. Only the first `pages * 64 KiB` are readable
//! and writable (rounded up to a host page for memories of one-byte pages, whose code
//! checks accesses explicitly); the rest is `PROT_NONE`. Compiled code therefore computes
//! `base + zext(index) + offset` with no bounds check: an out-of-bounds access lands in the
//! reservation, faults, and the signal handler turns the fault into a trap (the reservation
//! is registered as a guard region for the memory's lifetime). `memory.grow` only changes
//! protection, so the base never moves and compiled code may keep it in a register.
//!
//! Every memory pays 8 GiB of *address space* (not memory): 47-bit user space fits about
//! 16 000 of them, far more than any test or embedding keeps alive. 64-bit memories use
//! the same type: their compiled code checks every access against the length
//! explicitly, so for them the guard pages are never reached, and they are bounded by
//! the same 65536 pages. A cheaper mode with a reservation sized by the memory's
//! maximum (for address-space limited hosts, or 64-bit memories larger than 4 GiB) is
//! not provided yet.

use std::io;

use super::mmap::{page_size, Mmap};
use super::signals::{self, GuardRegistration};

/// The size of a wasm page in bytes.
pub const WASM_PAGE_SIZE: usize = 64 * 1024;

/// The most pages a 32-bit memory can have (4 GiB).
pub const MAX_WASM_PAGES: u32 = 65_536;

/// A growable, zero-initialised 32-bit linear memory with a fixed base.
#[derive(Debug)]
pub struct LinearMemory {
    /// Keeps the reservation registered as a guard region; dropped before `map`, so the
    /// handler never considers unmapped (and perhaps reused) address space ours.
    _guard: GuardRegistration,
    /// The 8 GiB reservation; its first `pages << page_size_log2` bytes are read-write.
    map: Mmap,
    /// The current size in pages.
    pages: u32,
    /// The maximum size in pages (the declared maximum, at most [`Self::max_pages_of`]).
    max_pages: u32,
    /// Log2 of the page size in bytes (16 for wasm's 64 KiB pages, 0 for one-byte pages).
    page_size_log2: u8,
}

impl LinearMemory {
    /// Bytes of address space reserved per memory: 4 GiB reachable by an index plus 4 GiB
    /// reachable by a static offset.
    pub const RESERVATION: usize = 8 << 30;

    /// Creates a memory of `min_pages` zeroed 64 KiB pages that may grow up to
    /// `max_pages` (or [`MAX_WASM_PAGES`] if `None`).
    ///
    /// Fails with `InvalidInput` if `min_pages > max_pages` or either exceeds
    /// [`MAX_WASM_PAGES`] (validation rejects such types), and with the OS error if the
    /// reservation or the initial pages cannot be mapped.
    #[cfg(test)]
    pub fn new(min_pages: u32, max_pages: Option<u32>) -> io::Result<Self> {
        Self::with_page_size(min_pages, max_pages, 16)
    }

    /// The most pages of `2^page_size_log2` bytes a memory can have: 4 GiB of them, and
    /// no more than fit a `u32`.
    pub fn max_pages_of(page_size_log2: u8) -> u32 {
        let four_gib = u64::from(MAX_WASM_PAGES) * WASM_PAGE_SIZE as u64;
        u32::try_from(four_gib >> page_size_log2).unwrap_or(u32::MAX)
    }

    /// [`LinearMemory::new`] with pages of `2^page_size_log2` bytes (at most 64 KiB),
    /// bounded by [`Self::max_pages_of`] instead of [`MAX_WASM_PAGES`]. A size that is
    /// not a multiple of the host page leaves the rest of the last host page accessible:
    /// such memories are bounds-checked explicitly.
    pub fn with_page_size(
        min_pages: u32,
        max_pages: Option<u32>,
        page_size_log2: u8,
    ) -> io::Result<Self> {
        let limit = Self::max_pages_of(page_size_log2.min(16));
        let max_pages = max_pages.unwrap_or(limit);
        if page_size_log2 > 16 || max_pages > limit || min_pages > max_pages {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "memory limits must satisfy min <= max <= 4 GiB of pages of at most 64 KiB",
            ));
        }
        let mut map = Mmap::reserve(Self::RESERVATION)?;
        map.make_accessible(0..pages_to_bytes(min_pages, page_size_log2))?;
        let guard = signals::register_guard_region(map.as_ptr(), map.len())?;
        Ok(Self {
            _guard: guard,
            map,
            pages: min_pages,
            max_pages,
            page_size_log2,
        })
    }

    /// The address of byte 0. Never changes for the life of the memory.
    #[inline]
    pub fn base(&self) -> *mut u8 {
        self.map.as_mut_ptr()
    }

    /// The accessible length in bytes (`pages` times the page size, at most 4 GiB).
    #[inline]
    pub fn byte_len(&self) -> usize {
        pages_to_bytes(self.pages, self.page_size_log2)
    }

    /// The current size in wasm pages.
    #[inline]
    pub fn pages(&self) -> u32 {
        self.pages
    }

    /// The most pages this memory may grow to.
    #[cfg(test)]
    pub fn max_pages(&self) -> u32 {
        self.max_pages
    }

    /// Grows by `delta_pages` zeroed pages and returns the old size in pages, or `None`
    /// (the memory unchanged) if the new size would exceed the maximum or the OS refuses
    /// the pages. Growing by zero returns the current size.
    pub fn grow(&mut self, delta_pages: u32) -> Option<u32> {
        let old = self.pages;
        let new = old
            .checked_add(delta_pages)
            .filter(|&new| new <= self.max_pages)?;
        // Pages past the old length were never accessible, so they are still zero (and
        // the bytes of a host page past a length in small pages were never writable
        // by wasm or the host, see `as_mut_slice`).
        // Protection changes by host page, from the one holding the old end.
        let log2 = self.page_size_log2;
        let old_end = pages_to_bytes(old, log2);
        let start = old_end - old_end % page_size();
        self.map
            .make_accessible(start..pages_to_bytes(new, log2))
            .ok()?;
        self.pages = new;
        Some(old)
    }

    /// The accessible bytes.
    ///
    /// Compiled code writes through [`LinearMemory::base`] without borrowing; whoever runs
    /// it (an `unsafe` entry point) must not do so while this borrow is alive.
    #[inline]
    pub fn as_slice(&self) -> &[u8] {
        // SAFETY: `[0, byte_len)` is readable and writable for as long as `self` lives (the
        // memory never shrinks) and nothing else writes while `&self` is borrowed (see
        // above).
        unsafe { self.map.slice(0..self.byte_len()) }
    }

    /// The accessible bytes, for writing (data segment initialisation, host functions).
    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [u8] {
        let len = self.byte_len();
        // SAFETY: `[0, byte_len)` is readable and writable, and `&mut self` excludes every
        // other slice; compiled code is not running on this memory (see `as_slice`).
        unsafe { self.map.slice_mut(0..len) }
    }
}

/// The byte length of `pages` pages of `2^page_size_log2` bytes (at most 4 GiB for
/// 64 KiB pages, which fits a 64-bit `usize`).
#[inline]
fn pages_to_bytes(pages: u32, page_size_log2: u8) -> usize {
    (pages as usize) << page_size_log2
}

#[cfg(test)]
mod tests {
    //! Limits, growth, zeroing and the fixed base.
    #![allow(
        clippy::missing_docs_in_private_items,
        reason = "test names say what they check"
    )]

    use super::*;

    #[test]
    fn new_memory_has_min_pages_zeroed() {
        let memory = LinearMemory::new(2, Some(5)).unwrap();
        assert_eq!(memory.pages(), 2);
        assert_eq!(memory.max_pages(), 5);
        assert_eq!(memory.byte_len(), 2 * WASM_PAGE_SIZE);
        assert_eq!(memory.as_slice().len(), 2 * WASM_PAGE_SIZE);
        assert!(memory.as_slice().iter().all(|&b| b == 0));
    }

    #[test]
    fn zero_page_memory_is_empty() {
        let mut memory = LinearMemory::new(0, Some(0)).unwrap();
        assert_eq!(memory.byte_len(), 0);
        assert!(memory.as_slice().is_empty());
        assert_eq!(memory.grow(0), Some(0));
        assert_eq!(memory.grow(1), None);
    }

    #[test]
    fn grow_keeps_base_and_contents_and_zeroes_new_pages() {
        let mut memory = LinearMemory::new(1, None).unwrap();
        let base = memory.base();
        memory.as_mut_slice()[WASM_PAGE_SIZE - 1] = 0xab;
        assert_eq!(memory.grow(3), Some(1));
        assert_eq!(memory.pages(), 4);
        assert_eq!(memory.base(), base);
        let bytes = memory.as_slice();
        assert_eq!(bytes.len(), 4 * WASM_PAGE_SIZE);
        assert_eq!(bytes[WASM_PAGE_SIZE - 1], 0xab);
        assert!(bytes[WASM_PAGE_SIZE..].iter().all(|&b| b == 0));
        memory.as_mut_slice()[4 * WASM_PAGE_SIZE - 1] = 1;
        assert_eq!(memory.grow(0), Some(4));
    }

    #[test]
    fn grow_respects_declared_max() {
        let mut memory = LinearMemory::new(1, Some(3)).unwrap();
        assert_eq!(memory.grow(3), None);
        assert_eq!(memory.pages(), 1);
        assert_eq!(memory.grow(2), Some(1));
        assert_eq!(memory.grow(1), None);
        assert_eq!(memory.pages(), 3);
    }

    #[test]
    fn grow_respects_the_4gib_cap_and_overflow() {
        let mut memory = LinearMemory::new(0, None).unwrap();
        assert_eq!(memory.max_pages(), MAX_WASM_PAGES);
        assert_eq!(memory.grow(MAX_WASM_PAGES + 1), None);
        assert_eq!(memory.grow(u32::MAX), None);
        assert_eq!(memory.grow(1), Some(0));
        assert_eq!(memory.grow(u32::MAX), None);
        assert_eq!(memory.pages(), 1);
    }

    #[test]
    fn full_4gib_memory_touches_its_last_byte() {
        // Accessible but untouched pages cost nothing until written.
        let mut memory = LinearMemory::new(0, None).unwrap();
        assert_eq!(memory.grow(MAX_WASM_PAGES), Some(0));
        assert_eq!(memory.byte_len(), 4 << 30);
        let last = memory.byte_len() - 1;
        memory.as_mut_slice()[last] = 9;
        assert_eq!(memory.as_slice()[last], 9);
        assert_eq!(memory.grow(1), None);
    }

    #[test]
    fn invalid_limits_are_errors() {
        let kind = |r: io::Result<LinearMemory>| r.unwrap_err().kind();
        assert_eq!(
            kind(LinearMemory::new(2, Some(1))),
            io::ErrorKind::InvalidInput
        );
        assert_eq!(
            kind(LinearMemory::new(0, Some(MAX_WASM_PAGES + 1))),
            io::ErrorKind::InvalidInput
        );
        assert_eq!(
            kind(LinearMemory::new(MAX_WASM_PAGES + 1, None)),
            io::ErrorKind::InvalidInput
        );
        assert!(LinearMemory::new(MAX_WASM_PAGES, Some(MAX_WASM_PAGES)).is_ok());
    }

    #[test]
    fn one_byte_pages() {
        let mut memory = LinearMemory::with_page_size(3, None, 0).unwrap();
        assert_eq!(memory.byte_len(), 3);
        assert_eq!(memory.max_pages(), u32::MAX);
        assert_eq!(memory.grow(5), Some(3));
        assert_eq!(memory.as_slice(), &[0; 8]);
        assert_eq!(memory.grow(u32::MAX), None);
        let mut memory = LinearMemory::with_page_size(0, Some(10), 0).unwrap();
        assert_eq!(memory.grow(11), None);
        assert_eq!(memory.grow(10), Some(0));
        assert!(LinearMemory::with_page_size(0, None, 17).is_err());
    }

    #[test]
    fn many_memories_at_once() {
        // 256 memories = 2 TiB of reservations, on two threads.
        let threads: Vec<_> = (0..2)
            .map(|_| {
                std::thread::spawn(|| {
                    let memories: Vec<_> = (0..128)
                        .map(|_| LinearMemory::new(1, None).unwrap())
                        .collect();
                    memories.len()
                })
            })
            .collect();
        for thread in threads {
            assert_eq!(thread.join().unwrap(), 128);
        }
    }
}
