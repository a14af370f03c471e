//! Store-level resource limits: how much memory, how many table elements and how many
//! instances, memories and tables wasm (and the host) may create in one store.
//!
//! The semantics are wasmtime's: a store consults its [`ResourceLimiter`] before every
//! memory or table allocation and growth, whether wasm (`memory.grow`, `table.grow`) or
//! the host ([`Memory::grow`], [`Table::new`], ...) asks for it. A refused growth makes
//! the grow return -1 (`None` on the host side); a refused creation fails the
//! instantiation (or the host call) with a typed error. Nothing is ever aborted.
//!
//! [`Memory::grow`]: super::Memory::grow
//! [`Table::new`]: super::Table::new

/// Instances a store may hold when its limiter does not say otherwise (wasmtime's
/// default too). The spec testsuite's largest script creates a few hundred.
pub const DEFAULT_INSTANCE_LIMIT: usize = 10_000;
/// Tables a store may hold when its limiter does not say otherwise.
pub const DEFAULT_TABLE_LIMIT: usize = 10_000;
/// Memories a store may hold when its limiter does not say otherwise. Each memory
/// reserves 8 GiB of address space, so 10,000 of them use 80 of the 128 TiB a process
/// has.
pub const DEFAULT_MEMORY_LIMIT: usize = 10_000;

/// Decides whether a store may create or grow its memories and tables, and how many
/// instances, memories and tables it may hold. Installed with
/// [`Store::limiter`](super::Store::limiter).
///
/// Without a limiter a store allows what the types allow (up to 65,536 pages per memory
/// and 10,000,000 elements per table) and the default counts
/// ([`DEFAULT_INSTANCE_LIMIT`], [`DEFAULT_TABLE_LIMIT`], [`DEFAULT_MEMORY_LIMIT`]).
///
/// A limiter that panics while wasm runs makes that wasm trap (the panic never crosses
/// generated code); called from the host API, the panic reaches the caller.
pub trait ResourceLimiter {
    /// A memory wants to grow from `current` to `desired` bytes (`current` is 0 when it
    /// is created). `maximum` is its declared maximum in bytes, if it has one; growth
    /// past it fails whatever this returns. Return `false` to refuse: `memory.grow`
    /// then returns -1, and a creation fails.
    fn memory_growing(&mut self, current: usize, desired: usize, maximum: Option<usize>) -> bool;

    /// A growth [`memory_growing`](Self::memory_growing) allowed failed after all (past
    /// the maximum, or the OS refused the pages). The default does nothing.
    fn memory_grow_failed(&mut self, _current: usize, _desired: usize) {}

    /// A table wants to grow from `current` to `desired` elements (`current` is 0 when
    /// it is created). `maximum` is its declared maximum, if it has one. Return `false`
    /// to refuse: `table.grow` then returns -1, and a creation fails.
    fn table_growing(&mut self, current: usize, desired: usize, maximum: Option<usize>) -> bool;

    /// A growth [`table_growing`](Self::table_growing) allowed failed after all (past the
    /// maximum, or the allocation failed). The default does nothing.
    fn table_grow_failed(&mut self, _current: usize, _desired: usize) {}

    /// Most instances the store may hold.
    fn instances(&self) -> usize {
        DEFAULT_INSTANCE_LIMIT
    }

    /// Most tables the store may hold (defined by instances or created by the host).
    fn tables(&self) -> usize {
        DEFAULT_TABLE_LIMIT
    }

    /// Most memories the store may hold (defined by instances or created by the host).
    fn memories(&self) -> usize {
        DEFAULT_MEMORY_LIMIT
    }
}

/// A ready [`ResourceLimiter`]: a size limit per memory and per table, store-wide totals,
/// and counts. Built with [`StoreLimitsBuilder`]; the default limits nothing but the
/// counts.
///
/// The totals add up what the store has asked this limiter for since it was installed,
/// so install it on a new store.
#[derive(Clone, Debug)]
pub struct StoreLimits {
    memory_size: Option<usize>,
    table_elements: Option<usize>,
    total_memory_size: Option<usize>,
    total_table_elements: Option<usize>,
    instances: usize,
    tables: usize,
    memories: usize,
    /// Bytes of memory granted so far.
    memory_in_use: usize,
    /// Table elements granted so far.
    table_elements_in_use: usize,
}

impl Default for StoreLimits {
    fn default() -> Self {
        StoreLimits {
            memory_size: None,
            table_elements: None,
            total_memory_size: None,
            total_table_elements: None,
            instances: DEFAULT_INSTANCE_LIMIT,
            tables: DEFAULT_TABLE_LIMIT,
            memories: DEFAULT_MEMORY_LIMIT,
            memory_in_use: 0,
            table_elements_in_use: 0,
        }
    }
}

/// Grants growth from `current` to `desired` if it stays within `limit` alone and the
/// store-wide `total` with `in_use` granted so far; records it in `in_use`.
fn grant(
    current: usize,
    desired: usize,
    limit: Option<usize>,
    total: Option<usize>,
    in_use: &mut usize,
) -> bool {
    let added = desired.saturating_sub(current);
    let after = in_use.saturating_add(added);
    if limit.is_some_and(|limit| desired > limit) || total.is_some_and(|total| after > total) {
        return false;
    }
    *in_use = after;
    true
}

impl ResourceLimiter for StoreLimits {
    fn memory_growing(&mut self, current: usize, desired: usize, _maximum: Option<usize>) -> bool {
        grant(
            current,
            desired,
            self.memory_size,
            self.total_memory_size,
            &mut self.memory_in_use,
        )
    }

    fn memory_grow_failed(&mut self, current: usize, desired: usize) {
        self.memory_in_use = self
            .memory_in_use
            .saturating_sub(desired.saturating_sub(current));
    }

    fn table_growing(&mut self, current: usize, desired: usize, _maximum: Option<usize>) -> bool {
        grant(
            current,
            desired,
            self.table_elements,
            self.total_table_elements,
            &mut self.table_elements_in_use,
        )
    }

    fn table_grow_failed(&mut self, current: usize, desired: usize) {
        self.table_elements_in_use = self
            .table_elements_in_use
            .saturating_sub(desired.saturating_sub(current));
    }

    fn instances(&self) -> usize {
        self.instances
    }

    fn tables(&self) -> usize {
        self.tables
    }

    fn memories(&self) -> usize {
        self.memories
    }
}

/// Builds a [`StoreLimits`].
///
/// ```
/// use lightbeam::{Engine, Store, StoreLimitsBuilder};
///
/// let mut store = Store::new(&Engine::default());
/// store.limiter(
///     StoreLimitsBuilder::new()
///         .memory_size(16 << 20)
///         .table_elements(10_000)
///         .total_table_elements(100_000)
///         .instances(100)
///         .build(),
/// );
/// ```
#[derive(Clone, Debug, Default)]
pub struct StoreLimitsBuilder {
    limits: StoreLimits,
}

impl StoreLimitsBuilder {
    /// A builder whose limits are those of [`StoreLimits::default`].
    pub fn new() -> Self {
        Self::default()
    }

    /// Most bytes any one memory may have.
    pub fn memory_size(mut self, bytes: usize) -> Self {
        self.limits.memory_size = Some(bytes);
        self
    }

    /// Most elements any one table may have.
    pub fn table_elements(mut self, elements: usize) -> Self {
        self.limits.table_elements = Some(elements);
        self
    }

    /// Most bytes all memories of the store may have together.
    pub fn total_memory_size(mut self, bytes: usize) -> Self {
        self.limits.total_memory_size = Some(bytes);
        self
    }

    /// Most elements all tables of the store may have together.
    pub fn total_table_elements(mut self, elements: usize) -> Self {
        self.limits.total_table_elements = Some(elements);
        self
    }

    /// Most instances the store may hold.
    pub fn instances(mut self, count: usize) -> Self {
        self.limits.instances = count;
        self
    }

    /// Most tables the store may hold.
    pub fn tables(mut self, count: usize) -> Self {
        self.limits.tables = count;
        self
    }

    /// Most memories the store may hold.
    pub fn memories(mut self, count: usize) -> Self {
        self.limits.memories = count;
        self
    }

    /// The limits.
    pub fn build(self) -> StoreLimits {
        self.limits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_object_and_total_limits_both_apply() {
        let mut limits = StoreLimitsBuilder::new()
            .table_elements(100)
            .total_table_elements(150)
            .build();
        assert!(!limits.table_growing(0, 101, None));
        assert!(limits.table_growing(0, 100, None));
        assert!(!limits.table_growing(0, 51, None));
        assert!(limits.table_growing(0, 50, None));
        assert!(!limits.table_growing(50, 51, None));
    }

    #[test]
    fn a_failed_growth_gives_its_share_back() {
        let mut limits = StoreLimitsBuilder::new().total_memory_size(100).build();
        assert!(limits.memory_growing(0, 80, None));
        limits.memory_grow_failed(0, 80);
        assert!(limits.memory_growing(0, 100, None));
        assert!(!limits.memory_growing(100, 101, None));
    }
}
