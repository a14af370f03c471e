//! Bounds-checked access to the calling instance's linear memory.
//!
//! Every pointer and count a guest hands over is checked against the memory before the
//! host acts on it, in 64-bit arithmetic that cannot wrap: a range that does not lie
//! inside memory is `EFAULT` (as wasmtime's WASI answers an out-of-bounds or overflowing
//! guest pointer). Arrays the guest describes (iovecs, subscriptions, string tables) are
//! read in place, one entry at a time, so no host allocation grows with a guest count.

use super::errno::Errno;

/// The longest guest path accepted (Linux's `PATH_MAX`).
pub(crate) const PATH_MAX: usize = 4096;

/// Size of a preview1 `iovec`/`ciovec`: a `u32` pointer and a `u32` length.
const IOVEC_SIZE: u64 = 8;

/// The guest's linear memory during one WASI call; every access is checked and an
/// out-of-bounds pointer is `EFAULT`, never a host fault.
pub(crate) struct GuestMemory<'a> {
    bytes: &'a mut [u8],
}

/// An `iovec` array that [`GuestMemory::iovecs`] has checked: the array and every buffer
/// it names lie in memory, and their lengths add up to at most `u32::MAX`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Iovecs {
    /// Address of the first entry.
    ptr: u32,
    /// Number of entries.
    count: u32,
}

impl Iovecs {
    /// The number of entries.
    pub(crate) fn len(self) -> u32 {
        self.count
    }
}

impl<'a> GuestMemory<'a> {
    /// Wraps the bytes of a linear memory.
    pub(crate) fn new(bytes: &'a mut [u8]) -> Self {
        GuestMemory { bytes }
    }

    /// The range `ptr..ptr + len`, if inside memory.
    fn range(&self, ptr: u32, len: u64) -> Result<std::ops::Range<usize>, Errno> {
        let end = u64::from(ptr)
            .checked_add(len)
            .filter(|end| *end <= self.bytes.len() as u64)
            .ok_or(Errno::FAULT)?;
        Ok(ptr as usize..end as usize)
    }

    /// Checks that `count` entries of `size` bytes from `ptr` lie in memory.
    pub(crate) fn check_array(&self, ptr: u32, count: u32, size: u32) -> Result<(), Errno> {
        self.range(ptr, u64::from(count) * u64::from(size))
            .map(drop)
    }

    /// The address of entry `index` of an array of `size`-byte entries at `ptr`, which
    /// [`check_array`](Self::check_array) has accepted (so this does not overflow).
    pub(crate) fn entry(ptr: u32, index: u32, size: u32) -> Result<u32, Errno> {
        u32::try_from(u64::from(ptr) + u64::from(index) * u64::from(size)).map_err(|_| Errno::FAULT)
    }

    /// The `len` bytes at `ptr`.
    pub(crate) fn slice(&self, ptr: u32, len: u32) -> Result<&[u8], Errno> {
        let range = self.range(ptr, u64::from(len))?;
        Ok(&self.bytes[range])
    }

    /// The `len` bytes at `ptr`, writable.
    pub(crate) fn slice_mut(&mut self, ptr: u32, len: u32) -> Result<&mut [u8], Errno> {
        let range = self.range(ptr, u64::from(len))?;
        Ok(&mut self.bytes[range])
    }

    /// Copies `data` to `ptr`.
    pub(crate) fn write(&mut self, ptr: u32, data: &[u8]) -> Result<(), Errno> {
        let range = self.range(ptr, data.len() as u64)?;
        self.bytes[range].copy_from_slice(data);
        Ok(())
    }

    /// The little-endian `u32` at `ptr`.
    pub(crate) fn read_u32(&self, ptr: u32) -> Result<u32, Errno> {
        Ok(u32::from_le_bytes(self.array(ptr)?))
    }

    /// The `N` bytes at `ptr`.
    pub(crate) fn array<const N: usize>(&self, ptr: u32) -> Result<[u8; N], Errno> {
        let range = self.range(ptr, N as u64)?;
        let mut bytes = [0; N];
        bytes.copy_from_slice(&self.bytes[range]);
        Ok(bytes)
    }

    /// Stores `value` little-endian at `ptr`.
    pub(crate) fn write_u32(&mut self, ptr: u32, value: u32) -> Result<(), Errno> {
        self.write(ptr, &value.to_le_bytes())
    }

    /// Stores `value` little-endian at `ptr`.
    pub(crate) fn write_u64(&mut self, ptr: u32, value: u64) -> Result<(), Errno> {
        self.write(ptr, &value.to_le_bytes())
    }

    /// Checks the `iovec` array of `count` entries at `ptr` before any I/O: the array and
    /// every buffer must lie in memory (`EFAULT`), and the total length must fit the
    /// 32-bit count the call returns (`EINVAL`, as `readv`/`writev` answer an overflowing
    /// total). Costs one pass over the entries and no allocation.
    pub(crate) fn iovecs(&self, ptr: u32, count: u32) -> Result<Iovecs, Errno> {
        self.check_array(ptr, count, IOVEC_SIZE as u32)?;
        let iovecs = Iovecs { ptr, count };
        let mut total = 0u64;
        for index in 0..count {
            let (buf, len) = self.iovec(iovecs, index)?;
            self.range(buf, u64::from(len))?;
            total += u64::from(len);
            if total > u64::from(u32::MAX) {
                return Err(Errno::INVAL);
            }
        }
        Ok(iovecs)
    }

    /// The `(pointer, length)` of entry `index` of a checked `iovec` array.
    pub(crate) fn iovec(&self, iovecs: Iovecs, index: u32) -> Result<(u32, u32), Errno> {
        let entry = Self::entry(iovecs.ptr, index, IOVEC_SIZE as u32)?;
        Ok((
            self.read_u32(entry)?,
            self.read_u32(entry.checked_add(4).ok_or(Errno::FAULT)?)?,
        ))
    }

    /// The path of `len` bytes at `ptr`: `ENAMETOOLONG` beyond [`PATH_MAX`] bytes,
    /// `EILSEQ` if not UTF-8 (as in wasmtime).
    pub(crate) fn path(&self, ptr: u32, len: u32) -> Result<&str, Errno> {
        let bytes = self.slice(ptr, len)?;
        if bytes.len() > PATH_MAX {
            return Err(Errno::NAMETOOLONG);
        }
        std::str::from_utf8(bytes).map_err(|_| Errno::ILSEQ)
    }
}
