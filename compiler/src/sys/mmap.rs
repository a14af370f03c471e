//! An owned anonymous memory mapping whose pages change protection over time.
//!
//! A [`Mmap`] starts as a `PROT_NONE` reservation: address space that cannot be touched.
//! Page-aligned ranges of it are then made readable and writable (linear memory, code being
//! written) or readable and executable (code after linking). Nothing is ever mapped
//! writable and executable at once. Dropping the value unmaps the whole reservation.
//!
//! The reservation is made with `MAP_NORESERVE`; see the `sys` module docs for what that
//! means under each `vm.overcommit_memory` mode.

use std::io;
use std::ops::Range;
use std::ptr::NonNull;
use std::sync::OnceLock;

/// The host page size in bytes (a power of two), read once from `sysconf`.
pub fn page_size() -> usize {
    static PAGE_SIZE: OnceLock<usize> = OnceLock::new();
    *PAGE_SIZE.get_or_init(|| {
        // SAFETY: `sysconf` has no preconditions; `_SC_PAGESIZE` is always supported.
        let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
        usize::try_from(size)
            .ok()
            .filter(|size| size.is_power_of_two())
            .expect("sysconf(_SC_PAGESIZE) returns a positive power of two")
    })
}

/// Rounds `len` up to a multiple of the page size, or `None` if that overflows.
fn round_up_to_page(len: usize) -> Option<usize> {
    let mask = page_size() - 1;
    len.checked_add(mask).map(|len| len & !mask)
}

/// The error returned for a range argument that is unaligned or out of bounds.
fn invalid_input(what: &'static str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, what)
}

/// An owned anonymous private mapping, unmapped on drop.
///
/// Every page starts inaccessible (`PROT_NONE`) and reads as zero the first time it is made
/// accessible. The mapping does not track which pages are accessible; that bookkeeping
/// belongs to its owner (a linear memory knows its length, code memory its layout).
#[derive(Debug)]
pub struct Mmap {
    /// Start of the mapping; page aligned. Dangling (and never dereferenced) when `len == 0`.
    ptr: NonNull<u8>,
    /// Length of the mapping in bytes; a multiple of the page size.
    len: usize,
}

// SAFETY: `Mmap` owns its pages exclusively, like a `Box<[u8]>`; nothing in it is tied to
// the thread that created it, and `munmap` may be called from any thread.
unsafe impl Send for Mmap {}
// SAFETY: shared access (`&Mmap`) only hands out raw pointers, the length, and (through an
// `unsafe fn` whose caller vouches for the absence of writers) shared slices; every method
// that changes protection takes `&mut self`.
unsafe impl Sync for Mmap {}

impl Mmap {
    /// Reserves `len` bytes (rounded up to whole pages) of inaccessible address space.
    ///
    /// A zero `len` gives an empty mapping that owns no pages. Fails with the OS error if
    /// the address space is not available (for example under a low `ulimit -v`).
    pub fn reserve(len: usize) -> io::Result<Self> {
        let len = round_up_to_page(len).ok_or_else(|| invalid_input("mapping length overflows"))?;
        if len == 0 {
            return Ok(Self {
                ptr: NonNull::dangling(),
                len: 0,
            });
        }
        // SAFETY: an anonymous private mapping at an address of the kernel's choosing
        // (`addr` null, no `MAP_FIXED`) cannot replace or alias any existing memory; the
        // result is checked against `MAP_FAILED` below.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        let ptr = NonNull::new(ptr.cast::<u8>()).expect("mmap never returns null on success");
        Ok(Self { ptr, len })
    }

    /// Reserves `len` bytes (rounded up to whole pages) and makes all of them readable and
    /// writable: a convenience for buffers such as code memory.
    pub fn accessible(len: usize) -> io::Result<Self> {
        let mut map = Self::reserve(len)?;
        let whole = map.len;
        map.make_accessible(0..whole)?;
        Ok(map)
    }

    /// The first byte of the mapping.
    #[inline]
    pub fn as_ptr(&self) -> *const u8 {
        self.ptr.as_ptr()
    }

    /// The first byte of the mapping, for writing.
    #[inline]
    pub fn as_mut_ptr(&self) -> *mut u8 {
        self.ptr.as_ptr()
    }

    /// The length of the mapping in bytes (a multiple of the page size).
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the mapping owns no pages.
    #[cfg(test)]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Makes the pages covering `range` readable and writable.
    ///
    /// `range.start` must be page aligned; `range.end` is rounded up to a page boundary and
    /// must stay inside the mapping. Pages never touched before read as zero.
    pub fn make_accessible(&mut self, range: Range<usize>) -> io::Result<()> {
        self.protect(range, libc::PROT_READ | libc::PROT_WRITE)
    }

    /// Makes the pages covering `range` readable and executable (and no longer writable).
    ///
    /// Same range rules as [`Mmap::make_accessible`]. On x86-64 instruction fetch is
    /// coherent with data writes, so no cache maintenance is needed after this call.
    pub fn make_executable(&mut self, range: Range<usize>) -> io::Result<()> {
        self.protect(range, libc::PROT_READ | libc::PROT_EXEC)
    }

    /// Makes the pages covering `range` inaccessible again (their contents are kept).
    ///
    /// Same range rules as [`Mmap::make_accessible`].
    #[cfg(test)]
    pub fn make_inaccessible(&mut self, range: Range<usize>) -> io::Result<()> {
        self.protect(range, libc::PROT_NONE)
    }

    /// Allocates the pages covering `range` now, in one system call, instead of one page
    /// fault per page on first write.
    ///
    /// Same range rules as [`Mmap::make_accessible`]; the pages must be readable and
    /// writable. Only a hint: on kernels without `MADV_POPULATE_WRITE` (before Linux 5.14)
    /// nothing happens and the pages fault in on first use as usual.
    pub fn populate(&mut self, range: Range<usize>) {
        let Ok(end) = self.page_range_end(&range) else {
            return;
        };
        if range.start == end {
            return;
        }
        // SAFETY: `[start, end)` is page aligned and inside our own mapping (checked by
        // `page_range_end`); populating only allocates the zero pages a first write would.
        // The result is ignored on purpose: a failure leaves the pages to fault in later.
        unsafe {
            libc::madvise(
                self.as_mut_ptr().add(range.start).cast(),
                end - range.start,
                libc::MADV_POPULATE_WRITE,
            );
        }
    }

    /// Unmaps everything from `len` (rounded up to a page boundary) to the end, keeping
    /// the start of the mapping where it is.
    ///
    /// A `len` at or past the current length changes nothing.
    pub fn truncate(&mut self, len: usize) -> io::Result<()> {
        let keep =
            round_up_to_page(len).ok_or_else(|| invalid_input("mapping length overflows"))?;
        if keep >= self.len {
            return Ok(());
        }
        // SAFETY: `[keep, self.len)` is a page-aligned tail of the mapping this value owns;
        // after unmapping it, `self.len` shrinks so nothing here refers to it again, and
        // `&mut self` rules out outstanding slices of it.
        let rc = unsafe { libc::munmap(self.as_mut_ptr().add(keep).cast(), self.len - keep) };
        if rc != 0 {
            return Err(io::Error::last_os_error());
        }
        self.len = keep;
        if keep == 0 {
            self.ptr = NonNull::dangling();
        }
        Ok(())
    }

    /// The bytes in `range`.
    ///
    /// # Safety
    ///
    /// `range` lies inside the mapping, its pages are currently readable, and nothing
    /// writes to them (through raw pointers, e.g. from running code) while the slice lives.
    pub unsafe fn slice(&self, range: Range<usize>) -> &[u8] {
        debug_assert!(range.start <= range.end && range.end <= self.len);
        // SAFETY: the caller guarantees the range is in bounds, readable and not written
        // while the borrow of `self` lasts; a mapping is never larger than `isize::MAX`.
        unsafe { std::slice::from_raw_parts(self.as_ptr().add(range.start), range.len()) }
    }

    /// The bytes in `range`, for writing.
    ///
    /// # Safety
    ///
    /// `range` lies inside the mapping, its pages are currently readable and writable, and
    /// nothing else reads or writes them while the slice lives.
    pub unsafe fn slice_mut(&mut self, range: Range<usize>) -> &mut [u8] {
        debug_assert!(range.start <= range.end && range.end <= self.len);
        // SAFETY: the caller guarantees the range is in bounds, writable and not accessed
        // by anything else; `&mut self` rules out other slices of this mapping.
        unsafe { std::slice::from_raw_parts_mut(self.as_mut_ptr().add(range.start), range.len()) }
    }

    /// Applies `prot` to the pages covering `range` after checking the range.
    fn protect(&mut self, range: Range<usize>, prot: libc::c_int) -> io::Result<()> {
        let end = self.page_range_end(&range)?;
        if range.start == end {
            return Ok(());
        }
        // SAFETY: `[start, end)` is page aligned and inside our own mapping (checked above),
        // so only pages this value owns change protection. Callers that later read or run
        // these pages go through `unsafe` code that checks the protection it relies on.
        let rc = unsafe {
            libc::mprotect(
                self.as_mut_ptr().add(range.start).cast(),
                end - range.start,
                prot,
            )
        };
        if rc != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    /// Checks that `range` starts on a page boundary and, rounded up to whole pages, lies
    /// inside the mapping; returns its rounded-up end.
    fn page_range_end(&self, range: &Range<usize>) -> io::Result<usize> {
        if range.start % page_size() != 0 {
            return Err(invalid_input("protection range start is not page aligned"));
        }
        round_up_to_page(range.end)
            .filter(|&end| range.start <= end && end <= self.len)
            .ok_or_else(|| invalid_input("protection range is outside the mapping"))
    }
}

impl Drop for Mmap {
    fn drop(&mut self) {
        if self.len == 0 {
            return;
        }
        // SAFETY: `ptr..ptr + len` is exactly the mapping created in `reserve`, owned by
        // this value; it is unmapped once, here. Raw pointers handed out earlier must not be
        // used afterwards, which is the contract of every `unsafe` user of those pointers.
        let rc = unsafe { libc::munmap(self.ptr.as_ptr().cast(), self.len) };
        debug_assert_eq!(rc, 0, "munmap failed: {}", io::Error::last_os_error());
    }
}

#[cfg(test)]
mod tests {
    //! Reservation, protection changes and their argument checks.

    use super::*;

    #[test]
    fn page_size_is_sane() {
        assert!(page_size() >= 4096);
        assert!(page_size().is_power_of_two());
    }

    #[test]
    fn reserve_rounds_up_and_starts_zeroed_once_accessible() {
        let mut map = Mmap::reserve(1).unwrap();
        assert_eq!(map.len(), page_size());
        assert_eq!(map.as_ptr() as usize % page_size(), 0);
        map.make_accessible(0..1).unwrap();
        // SAFETY: the first page was just made readable and writable; nothing else uses it.
        let bytes = unsafe { map.slice_mut(0..page_size()) };
        assert!(bytes.iter().all(|&b| b == 0));
        bytes[7] = 7;
        // SAFETY: same page, still readable, no writer alive.
        assert_eq!(unsafe { map.slice(0..8) }[7], 7);
    }

    #[test]
    fn empty_mapping_is_fine() {
        let mut map = Mmap::reserve(0).unwrap();
        assert!(map.is_empty());
        map.make_accessible(0..0).unwrap();
        assert!(map.make_accessible(0..1).is_err());
    }

    #[test]
    fn huge_reservation_is_cheap() {
        // 64 GiB of PROT_NONE costs address space only.
        let map = Mmap::reserve(64 << 30).unwrap();
        assert_eq!(map.len(), 64 << 30);
    }

    #[test]
    fn bad_ranges_are_errors() {
        let mut map = Mmap::reserve(2 * page_size()).unwrap();
        let unaligned = map.make_accessible(1..page_size()).unwrap_err();
        assert_eq!(unaligned.kind(), io::ErrorKind::InvalidInput);
        let past_end = map.make_accessible(0..2 * page_size() + 1).unwrap_err();
        assert_eq!(past_end.kind(), io::ErrorKind::InvalidInput);
        #[allow(
            clippy::reversed_empty_ranges,
            reason = "testing the reversed-range check"
        )]
        let reversed = map.make_accessible(page_size()..0).unwrap_err();
        assert_eq!(reversed.kind(), io::ErrorKind::InvalidInput);
        assert!(Mmap::reserve(usize::MAX).is_err());
    }

    #[test]
    fn truncate_keeps_the_start_and_its_contents() {
        let mut map = Mmap::accessible(4 * page_size()).unwrap();
        map.populate(0..2 * page_size());
        // SAFETY: the first page is readable and writable and only this test touches it.
        let bytes = unsafe { map.slice_mut(0..1) };
        bytes[0] = 9;
        let start = map.as_ptr();
        map.truncate(page_size() + 1).unwrap();
        assert_eq!(map.len(), 2 * page_size());
        assert_eq!(map.as_ptr(), start);
        // SAFETY: still mapped, readable, no writer alive.
        assert_eq!(unsafe { map.slice(0..1) }[0], 9);
        map.truncate(8 * page_size()).unwrap();
        assert_eq!(map.len(), 2 * page_size());
        map.truncate(0).unwrap();
        assert!(map.is_empty());
    }

    #[test]
    fn rw_then_rx_then_none() {
        let mut map = Mmap::accessible(page_size()).unwrap();
        // SAFETY: the page is readable and writable and only this test touches it.
        let bytes = unsafe { map.slice_mut(0..1) };
        bytes[0] = 0xc3;
        map.make_executable(0..page_size()).unwrap();
        // SAFETY: the page is readable (RX) and nothing writes to it.
        assert_eq!(unsafe { map.slice(0..1) }[0], 0xc3);
        map.make_inaccessible(0..page_size()).unwrap();
        map.make_accessible(0..page_size()).unwrap();
        // SAFETY: readable again; contents survive protection changes.
        assert_eq!(unsafe { map.slice(0..1) }[0], 0xc3);
    }
}
