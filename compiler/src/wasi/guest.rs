//! Bounds-checked access to the calling instance's linear memory.

use super::errno::Errno;

/// The guest's linear memory during one WASI call; every access is checked and an
/// out-of-bounds pointer is `EFAULT`, never a host fault.
pub(crate) struct GuestMemory<'a> {
    bytes: &'a mut [u8],
}

impl<'a> GuestMemory<'a> {
    /// Wraps the bytes of a linear memory.
    pub(crate) fn new(bytes: &'a mut [u8]) -> Self {
        GuestMemory { bytes }
    }

    /// The range `ptr..ptr + len`, if inside memory.
    fn range(&self, ptr: u32, len: u32) -> Result<std::ops::Range<usize>, Errno> {
        let start = ptr as usize;
        let end = start
            .checked_add(len as usize)
            .filter(|end| *end <= self.bytes.len())
            .ok_or(Errno::FAULT)?;
        Ok(start..end)
    }

    /// The `len` bytes at `ptr`.
    pub(crate) fn slice(&self, ptr: u32, len: u32) -> Result<&[u8], Errno> {
        let range = self.range(ptr, len)?;
        Ok(&self.bytes[range])
    }

    /// The `len` bytes at `ptr`, writable.
    pub(crate) fn slice_mut(&mut self, ptr: u32, len: u32) -> Result<&mut [u8], Errno> {
        let range = self.range(ptr, len)?;
        Ok(&mut self.bytes[range])
    }

    /// Copies `data` to `ptr`.
    pub(crate) fn write(&mut self, ptr: u32, data: &[u8]) -> Result<(), Errno> {
        self.slice_mut(ptr, data.len() as u32)?
            .copy_from_slice(data);
        Ok(())
    }

    /// The little-endian `u32` at `ptr`.
    pub(crate) fn read_u32(&self, ptr: u32) -> Result<u32, Errno> {
        let bytes = self.slice(ptr, 4)?;
        Ok(u32::from_le_bytes(bytes.try_into().expect("four bytes")))
    }

    /// The little-endian `u64` at `ptr`.
    pub(crate) fn read_u64(&self, ptr: u32) -> Result<u64, Errno> {
        let bytes = self.slice(ptr, 8)?;
        Ok(u64::from_le_bytes(bytes.try_into().expect("eight bytes")))
    }

    /// Stores `value` little-endian at `ptr`.
    pub(crate) fn write_u32(&mut self, ptr: u32, value: u32) -> Result<(), Errno> {
        self.write(ptr, &value.to_le_bytes())
    }

    /// Stores `value` little-endian at `ptr`.
    pub(crate) fn write_u64(&mut self, ptr: u32, value: u64) -> Result<(), Errno> {
        self.write(ptr, &value.to_le_bytes())
    }

    /// The `(pointer, length)` pairs of an `iovec` array of `count` entries at `ptr`.
    pub(crate) fn iovecs(&self, ptr: u32, count: u32) -> Result<Vec<(u32, u32)>, Errno> {
        (0..count)
            .map(|i| {
                let entry = ptr.checked_add(i.checked_mul(8).ok_or(Errno::FAULT)?);
                let entry = entry.ok_or(Errno::FAULT)?;
                Ok((self.read_u32(entry)?, self.read_u32(entry + 4)?))
            })
            .collect()
    }

    /// The UTF-8 path of `len` bytes at `ptr`.
    pub(crate) fn path(&self, ptr: u32, len: u32) -> Result<&str, Errno> {
        std::str::from_utf8(self.slice(ptr, len)?).map_err(|_| Errno::INVAL)
    }
}
