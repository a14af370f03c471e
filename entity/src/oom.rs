//! The error returned by the fallible `try_*` allocation methods.

use core::fmt;

/// An allocation failed.
///
/// Returned by the `try_*` methods (for example
/// [`PrimaryMap::try_reserve`](crate::PrimaryMap::try_reserve)) instead of
/// aborting the process, so that callers can recover from memory exhaustion.
///
/// ```
/// use lightbeam_entity::{entity_impl, EntityRef, OutOfMemory, PrimaryMap};
///
/// #[derive(Clone, Copy, PartialEq, Eq)]
/// struct Func(u32);
/// entity_impl!(Func);
///
/// let mut funcs = PrimaryMap::<Func, u64>::new();
/// let error: OutOfMemory = funcs.try_reserve(usize::MAX).unwrap_err();
/// assert!(error.to_string().starts_with("out of memory"));
/// assert!(funcs.try_reserve(16).is_ok());
/// ```
#[derive(Clone, Copy)]
pub struct OutOfMemory {
    requested_allocation_size: usize,
}

impl OutOfMemory {
    /// Records a failed request for `requested_allocation_size` bytes.
    #[inline]
    pub const fn new(requested_allocation_size: usize) -> Self {
        Self {
            requested_allocation_size,
        }
    }

    /// The size of the allocation that could not be satisfied.
    #[inline]
    pub fn requested_allocation_size(&self) -> usize {
        self.requested_allocation_size
    }
}

impl fmt::Debug for OutOfMemory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OutOfMemory")
            .field("requested_allocation_size", &self.requested_allocation_size)
            .finish()
    }
}

impl fmt::Display for OutOfMemory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "out of memory (failed to allocate {} bytes)",
            self.requested_allocation_size
        )
    }
}

impl core::error::Error for OutOfMemory {}

#[cfg(test)]
mod tests {
    use super::OutOfMemory;
    use alloc::format;

    #[test]
    fn reports_the_requested_size() {
        let error = OutOfMemory::new(4096);
        assert_eq!(error.requested_allocation_size(), 4096);
        assert_eq!(
            format!("{error}"),
            "out of memory (failed to allocate 4096 bytes)"
        );
        assert_eq!(
            format!("{error:?}"),
            "OutOfMemory { requested_allocation_size: 4096 }"
        );
    }
}
