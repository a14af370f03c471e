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
}

/// Bytes of memory read from each engine at a time when memories are compared:
/// two such buffers stay in the cache, where copying whole memories out of both
/// engines for every comparison did not (it was a third of a `differential`
/// execution).
const MEMORY_CHUNK: usize = 8 * 1024;

/// Compares the exported memory `name` of two instances, a chunk at a time;
/// describes the first difference, or a memory only one of them can show.
pub fn memory_difference(a: &LiveInstance<'_>, b: &LiveInstance<'_>, name: &str) -> Option<String> {
    let sizes = (
        a.engine.memory_size(a.instance, name),
        b.engine.memory_size(b.instance, name),
    );
    let (Ok(size), Ok(other_size)) = sizes else {
        return Some(format!("present {} / {}", sizes.0.is_ok(), sizes.1.is_ok()));
    };
    if size != other_size {
        return Some(format!("sizes differ: {size} / {other_size} bytes"));
    }
    let mut chunk_a = [0; MEMORY_CHUNK];
    let mut chunk_b = [0; MEMORY_CHUNK];
    for start in (0..size).step_by(MEMORY_CHUNK) {
        let len = MEMORY_CHUNK.min(size - start);
        let (chunk_a, chunk_b) = (&mut chunk_a[..len], &mut chunk_b[..len]);
        let read_a = a.engine.read_memory(a.instance, name, start, chunk_a);
        let read_b = b.engine.read_memory(b.instance, name, start, chunk_b);
        if read_a.is_err() || read_b.is_err() {
            return Some(format!(
                "readable {} / {} at byte {start:#x}",
                read_a.is_ok(),
                read_b.is_ok()
            ));
        }
        if let Some(at) = first_difference(chunk_a, chunk_b) {
            return Some(format!(
                "first difference at byte {:#x}: {:#04x} / {:#04x}",
                start + at,
                chunk_a[at],
                chunk_b[at]
            ));
        }
    }
    None
}

/// Where two equally long byte strings first differ (equal ones, the common
/// case, cost one `memcmp`).
fn first_difference(a: &[u8], b: &[u8]) -> Option<usize> {
    if a == b {
        return None;
    }
    a.iter().zip(b).position(|(x, y)| x != y)
}

/// The observable state of a table: its size and which entries are null.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TableSnapshot {
    /// Number of entries.
    pub size: u64,
    /// Null-ness of every entry, in order.
    pub null_entries: Vec<bool>,
}

#[cfg(test)]
mod tests {
    use super::first_difference;

    #[test]
    fn the_first_differing_byte_is_found() {
        assert_eq!(first_difference(&[1, 2, 3], &[1, 2, 3]), None);
        assert_eq!(first_difference(&[1, 2, 3], &[1, 9, 7]), Some(1));
        assert_eq!(first_difference(&[], &[]), None);
    }
}
