//! One live instance inside one engine, as the oracles observe it: calls that
//! always end in an outcome, and snapshots of its exported state that can be
//! compared across engines.

use spec_runner::engine::{Engine, Export, InstanceId, Outcome};
use spec_runner::value::{Trap, TrapKind, Value};

/// An instance and the engine (store) that holds it.
pub struct LiveInstance<'a> {
    /// The engine holding the instance.
    pub engine: &'a mut dyn Engine,
    /// The instance's handle in that engine.
    pub instance: InstanceId,
}

impl LiveInstance<'_> {
    /// Every export of the instance, sorted by name: engines list exports in
    /// different orders (module order, or by name), and the order means
    /// nothing to the oracle. An engine that cannot list them lists none.
    pub fn sorted_exports(&self) -> Vec<Export> {
        let mut exports = self.engine.exports(self.instance).unwrap_or_default();
        exports.sort_by(|a, b| a.name.cmp(&b.name));
        exports
    }

    /// Calls the exported function `name`; an engine that cannot make the
    /// call at all reports it as a trap of its own ([`TrapKind::Other`]).
    pub fn call(&mut self, name: &str, args: &[Value]) -> Outcome {
        self.engine
            .invoke(self.instance, name, args)
            .unwrap_or_else(|error| {
                Outcome::Trapped(Trap {
                    kind: TrapKind::Other,
                    message: error.0,
                })
            })
    }

    /// The current value of the exported global `name`.
    pub fn global(&mut self, name: &str) -> Option<Value> {
        self.engine.get_global(self.instance, name).ok()
    }

    /// Sets the exported mutable global `name`; `false` when there is no
    /// such global or it cannot be set.
    pub fn set_global(&mut self, name: &str, value: Value) -> bool {
        self.engine.set_global(self.instance, name, value).is_ok()
    }

    /// A snapshot of the exported table `name`.
    pub fn table(&self, name: &str) -> Option<TableSnapshot> {
        let null_entries = self.engine.table_nulls(self.instance, name).ok()?;
        Some(TableSnapshot {
            size: null_entries.len() as u64,
            null_entries,
        })
    }

    /// A snapshot of the exported memory `name`.
    pub fn memory(&self, name: &str) -> Option<MemorySnapshot> {
        let size = self.engine.memory_size(self.instance, name).ok()?;
        let mut bytes = vec![0; size];
        self.engine
            .read_memory(self.instance, name, 0, &mut bytes)
            .ok()?;
        Some(MemorySnapshot { bytes })
    }
}

/// The observable state of a table: its size and which entries are null.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TableSnapshot {
    /// Number of entries.
    pub size: u64,
    /// Null-ness of every entry, in order.
    pub null_entries: Vec<bool>,
}

/// The observable state of a linear memory: a copy of its bytes.
///
/// A copy (a memcpy) compares faster than any hash this crate could compute
/// in a debug build, and tells where two memories differ.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct MemorySnapshot {
    /// The memory's contents; its length is the memory's size.
    pub bytes: Vec<u8>,
}

impl MemorySnapshot {
    /// Describes how `self` and `other` differ, or `None` when they are equal.
    pub fn difference(&self, other: &MemorySnapshot) -> Option<String> {
        if self.bytes.len() != other.bytes.len() {
            return Some(format!(
                "sizes differ: {} / {} bytes",
                self.bytes.len(),
                other.bytes.len()
            ));
        }
        let offset = self
            .bytes
            .iter()
            .zip(&other.bytes)
            .position(|(a, b)| a != b)?;
        Some(format!(
            "first difference at byte {offset:#x}: {:#04x} / {:#04x}",
            self.bytes[offset], other.bytes[offset]
        ))
    }
}

/// Prints the size only; the contents are too long to be useful in a message.
impl std::fmt::Debug for MemorySnapshot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "MemorySnapshot({} bytes)", self.bytes.len())
    }
}

#[cfg(test)]
mod tests {
    use super::MemorySnapshot;

    #[test]
    fn memory_differences_name_the_first_byte_or_the_sizes() {
        let a = MemorySnapshot {
            bytes: vec![1, 2, 3],
        };
        let b = MemorySnapshot {
            bytes: vec![1, 9, 3],
        };
        assert_eq!(a.difference(&a.clone()), None);
        assert_eq!(
            a.difference(&b).as_deref(),
            Some("first difference at byte 0x1: 0x02 / 0x09")
        );
        let short = MemorySnapshot { bytes: vec![1] };
        assert_eq!(
            a.difference(&short).as_deref(),
            Some("sizes differ: 3 / 1 bytes")
        );
    }
}
