//! The bounds checks of explicitly checked memories already proven in the current
//! straight-line stretch of code, so a later access they cover needs none.
//!
//! A check of an access at local `l`'s value proves `l + end <= length` for its `end`
//! (offset plus size). That stays true while `l` is not written (memories never
//! shrink) and no other path can join: the code generator forgets everything at every
//! operator that opens, switches or closes a control frame (where labels bind) and at
//! the start of a body, and forgets `l` when `local.set`/`local.tee` writes it.

/// One proven check: `local + end <= length of memory`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ProvenBound {
    local: u32,
    memory: u32,
    end: u64,
}

/// The checks proven since the last label (at most [`ProvenBounds::CAPACITY`], the
/// most recent kept).
#[derive(Debug, Default)]
pub(crate) struct ProvenBounds {
    bounds: Vec<ProvenBound>,
}

impl ProvenBounds {
    /// Most checks remembered at once: lookups are linear, so this bounds their cost.
    const CAPACITY: usize = 8;

    /// Whether an access to `memory` at `local` ending at `end` is proven in bounds.
    pub(crate) fn covers(&self, local: u32, memory: u32, end: u64) -> bool {
        self.bounds
            .iter()
            .any(|bound| bound.local == local && bound.memory == memory && end <= bound.end)
    }

    /// Records a check of `local + end` against `memory`'s length.
    pub(crate) fn record(&mut self, local: u32, memory: u32, end: u64) {
        if let Some(bound) = self
            .bounds
            .iter_mut()
            .find(|bound| bound.local == local && bound.memory == memory)
        {
            bound.end = bound.end.max(end);
            return;
        }
        if self.bounds.len() == Self::CAPACITY {
            self.bounds.remove(0);
        }
        self.bounds.push(ProvenBound { local, memory, end });
    }

    /// Forgets the checks of `local` (it is being written).
    pub(crate) fn forget_local(&mut self, local: u32) {
        self.bounds.retain(|bound| bound.local != local);
    }

    /// Forgets every check (a label may bind here, or a new body starts).
    pub(crate) fn clear(&mut self) {
        self.bounds.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covers_smaller_ends_of_the_same_local_and_memory() {
        let mut bounds = ProvenBounds::default();
        bounds.record(1, 0, 8);
        assert!(bounds.covers(1, 0, 8) && bounds.covers(1, 0, 4));
        assert!(!bounds.covers(1, 0, 9) && !bounds.covers(2, 0, 4) && !bounds.covers(1, 1, 4));
        bounds.record(1, 0, 4);
        assert!(bounds.covers(1, 0, 8));
        bounds.record(1, 0, 16);
        assert!(bounds.covers(1, 0, 16));
    }

    #[test]
    fn forgets_written_locals_and_everything_at_labels() {
        let mut bounds = ProvenBounds::default();
        bounds.record(1, 0, 8);
        bounds.record(2, 0, 8);
        bounds.forget_local(1);
        assert!(!bounds.covers(1, 0, 1) && bounds.covers(2, 0, 1));
        bounds.clear();
        assert!(!bounds.covers(2, 0, 1));
    }

    #[test]
    fn keeps_the_most_recent_checks() {
        let mut bounds = ProvenBounds::default();
        for local in 0..=ProvenBounds::CAPACITY as u32 {
            bounds.record(local, 0, 4);
        }
        assert!(!bounds.covers(0, 0, 4));
        assert!(bounds.covers(ProvenBounds::CAPACITY as u32, 0, 4));
    }
}
