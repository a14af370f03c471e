//! The abstract value stack: where each wasm operand currently lives.
//!
//! Entries are constants, references to locals, registers or spilled slots; code is
//! emitted only when an operator needs a value somewhere specific. Spilled entries
//! always form a prefix of the non-constant entries (everything below a spilled entry
//! is spilled or constant), so the topmost spilled entry is at the machine stack top.

use super::output::{StackMapNode, NO_STACK_MAP_NODE};
use crate::module::ValType;
use crate::x64::{Cond, Reg};

/// Where a value lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// A constant, as bits (`i32` sign-extended to 64 bits, floats as their bits).
    Const(i64),
    /// The current value of a local (read lazily).
    Local(u32),
    /// A register owned by this entry.
    Reg(Reg),
    /// A machine-stack slot at `[rbp - depth]`: 8 bytes, 16 for a `v128`.
    Spilled(u32),
    /// An `i32` that is 1 when the condition holds in the CPU flags, 0 otherwise. Only
    /// ever the top entry, right after the comparison that set the flags: the driver
    /// materialises it before any operator but `if` and `br_if`, which branch on it.
    Flags(Cond),
}

/// One operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Value {
    /// The wasm type.
    pub ty: ValType,
    /// Where it is.
    pub location: Location,
}

impl Value {
    /// A value of type `ty` at `location`.
    pub fn new(ty: ValType, location: Location) -> Self {
        Value { ty, location }
    }
}

/// The operand stack of one function being compiled.
///
/// Each local's number of lazy reads on the stack is counted, so writing a local that
/// nothing reads costs nothing; the reads of a local that is read are found by walking
/// down from the top and stopping at the last one ([`ValueStack::reads_of`]). That walk
/// costs the distance from the top to the lowest read, not the height of the stack: a
/// body of constants (as tall as the input) under `local.get`/`local.set` pairs costs one
/// step per write. A read left deep under many values costs one long walk, after which
/// it is no longer lazy: the code generator moves it to a register, or spills the whole
/// stack when none is free, which settles everything below the top. So each deep walk
/// holds one of a bounded number of registers until the values above are popped, and
/// the walks stay linear in the input (`tests/compile_time.rs` compiles both shapes at
/// 200,000 values).
#[derive(Debug, Default)]
pub struct ValueStack {
    entries: Vec<Value>,
    /// Number of `Local(i)` entries per local, so `local.set` only searches when needed.
    local_refs: Vec<u32>,
    /// Entries below this index are all spilled or constant.
    settled: usize,
    /// The entries of reference type below `scanned`, bottom first, with their
    /// stack-map nodes (see [`ValueStack::map_references`]).
    refs: Vec<RefEntry>,
    /// Entries below `min(scanned, settled)` were looked at for `refs` and have not
    /// moved since. `pop` lowers `settled`, which only `mark_settled` raises (folding
    /// it into `scanned` first), so pushing and popping cost nothing more for the
    /// stack maps; `relocate` and `truncate` lower `scanned` themselves.
    scanned: usize,
    /// The first `mapped` of `refs` have up-to-date nodes.
    mapped: usize,
    /// Entries visited by [`ValueStack::reads_of`], so tests can check its cost.
    #[cfg(test)]
    visited: std::cell::Cell<usize>,
}

impl ValueStack {
    /// An empty stack for a function with `locals` locals.
    pub fn new(locals: usize) -> Self {
        let mut stack = ValueStack::default();
        stack.reset(locals);
        stack
    }

    /// Empties the stack for a function with `locals` locals, keeping its capacity.
    pub fn reset(&mut self, locals: usize) {
        self.entries.clear();
        self.local_refs.clear();
        self.local_refs.resize(locals, 0);
        self.settled = 0;
        self.refs.clear();
        self.scanned = 0;
        self.mapped = 0;
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the stack is empty.
    #[allow(dead_code, reason = "completes the container API")]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Pushes a value.
    pub fn push(&mut self, value: Value) {
        if let Location::Local(index) = value.location {
            self.local_refs[index as usize] += 1;
        }
        self.entries.push(value);
    }

    /// Pops the top value.
    pub fn pop(&mut self) -> Option<Value> {
        let value = self.entries.pop()?;
        if let Location::Local(index) = value.location {
            self.local_refs[index as usize] -= 1;
        }
        self.settled = self.settled.min(self.entries.len());
        Some(value)
    }

    /// The value `depth` entries below the top (0 is the top).
    #[inline]
    pub fn peek(&self, depth: usize) -> Option<&Value> {
        self.entries
            .len()
            .checked_sub(depth + 1)
            .map(|i| &self.entries[i])
    }

    /// The top `count` entries, bottom first.
    pub fn top(&self, count: usize) -> &[Value] {
        &self.entries[self.entries.len() - count..]
    }

    /// All entries, bottom first.
    pub fn entries(&self) -> &[Value] {
        &self.entries
    }

    /// Removes every entry above `height`.
    pub fn truncate(&mut self, height: usize) {
        for value in self.entries.get(height..).unwrap_or_default() {
            if let Location::Local(index) = value.location {
                self.local_refs[index as usize] -= 1;
            }
        }
        self.entries.truncate(height);
        self.scanned = self.scanned.min(self.entries.len());
        self.settled = self.settled.min(self.entries.len());
    }

    /// Whether some entry still reads local `index` lazily.
    pub fn references_local(&self, index: u32) -> bool {
        self.local_refs[index as usize] != 0
    }

    /// Puts into `positions` the entries reading local `local` lazily, bottom first,
    /// found walking down from the top and stopping at the last one.
    pub fn reads_of(&self, local: u32, positions: &mut Vec<usize>) {
        positions.clear();
        let mut left = self.local_refs[local as usize];
        let mut index = self.entries.len();
        while left > 0 && index > self.settled {
            index -= 1;
            #[cfg(test)]
            self.visited.set(self.visited.get() + 1);
            if self.entries[index].location == Location::Local(local) {
                positions.push(index);
                left -= 1;
            }
        }
        positions.reverse();
    }

    /// Index of the first entry that may be neither spilled nor constant.
    pub fn settled(&self) -> usize {
        self.settled
    }

    /// Records that every entry is now spilled or constant.
    pub fn mark_settled(&mut self) {
        self.scanned = self.scanned.min(self.settled);
        self.settled = self.entries.len();
    }

    /// Replaces the location of entry `index` (bottom is 0).
    pub fn relocate(&mut self, index: usize, location: Location) {
        let value = &mut self.entries[index];
        if let Location::Local(local) = value.location {
            self.local_refs[local as usize] -= 1;
        }
        if let Location::Local(local) = location {
            self.local_refs[local as usize] += 1;
        }
        value.location = location;
        self.scanned = self.scanned.min(index);
    }

    /// Brings `refs` up to date with the entries: forgets those at or above `scanned`
    /// and looks at the entries from there up (each entry is looked at once unless it
    /// moves, which code was emitted for). Returns whether some entry is a reference.
    pub fn scan_references(&mut self) -> bool {
        self.scanned = self.scanned.min(self.settled);
        while self
            .refs
            .last()
            .is_some_and(|r| r.index as usize >= self.scanned)
        {
            self.refs.pop();
        }
        self.mapped = self.mapped.min(self.refs.len());
        for index in self.scanned..self.entries.len() {
            if self.entries[index].ty.is_ref() {
                self.refs.push(RefEntry {
                    index: index as u32,
                    node: NO_STACK_MAP_NODE,
                });
            }
        }
        self.scanned = self.entries.len();
        !self.refs.is_empty()
    }

    /// The stack map of the references on the stack, as the first node of a chain
    /// ending in `root` (the reference locals' chain): every spilled reference entry has
    /// a node in `nodes`, made the first time a map needs it and shared by every later
    /// map while the entry stays in its slot, so building the maps costs as much as the
    /// entries spilled, not their number times the calls. Constant references are null
    /// (or unboxed) and lazy local reads are covered by the local's own node, so
    /// neither needs one. `None` if a reference is in a register or the flags, which a
    /// call would not preserve: callers spill before calling. Call
    /// [`Self::scan_references`] first.
    pub fn map_references(&mut self, root: u32, nodes: &mut Vec<StackMapNode>) -> Option<u32> {
        for position in self.mapped..self.refs.len() {
            let next = match position {
                0 => root,
                _ => self.refs[position - 1].node,
            };
            let value = self.entries[self.refs[position].index as usize];
            self.refs[position].node = match value.location {
                Location::Spilled(depth) => {
                    nodes.push(StackMapNode {
                        disp: -(depth as i32),
                        hierarchy: value.ty.as_ref()?.heap_type.top(),
                        next,
                    });
                    nodes.len() as u32 - 1
                }
                Location::Const(_) | Location::Local(_) => next,
                Location::Reg(_) | Location::Flags(_) => return None,
            };
            self.mapped = position + 1;
        }
        Some(self.refs.last().map_or(root, |r| r.node))
    }
}

/// A reference-typed entry of the value stack and its stack-map node.
#[derive(Clone, Copy, Debug)]
struct RefEntry {
    /// Its index in the stack (bottom is 0).
    index: u32,
    /// Its node (or the node below it, for an entry without one), valid for the
    /// first [`ValueStack::mapped`] entries.
    node: u32,
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_maps_share_nodes_and_follow_moves() {
        use crate::module::HeapType;
        let node = |disp, next| StackMapNode {
            disp,
            hierarchy: HeapType::Extern,
            next,
        };
        let mut stack = ValueStack::new(1);
        let mut nodes = Vec::new();
        stack.push(Value::new(ValType::EXTERNREF, Location::Spilled(16)));
        stack.push(Value::new(ValType::I32, Location::Spilled(24)));
        stack.push(Value::new(ValType::EXTERNREF, Location::Const(0)));
        stack.mark_settled();
        assert!(stack.scan_references());
        let first = stack.map_references(7, &mut nodes).unwrap();
        assert_eq!(nodes, [node(-16, 7)]);
        // Nothing moved: the same map, no new node.
        stack.scan_references();
        assert_eq!(stack.map_references(7, &mut nodes), Some(first));
        assert_eq!(nodes.len(), 1);
        // The constant moves to a slot: it gets a node above the first.
        stack.relocate(2, Location::Spilled(32));
        stack.scan_references();
        let second = stack.map_references(7, &mut nodes).unwrap();
        assert_eq!(nodes[second as usize], node(-32, first));
        // A reference in a register cannot be mapped.
        stack.push(Value::new(
            ValType::EXTERNREF,
            Location::Reg(Reg::Gpr(crate::x64::regs::RAX)),
        ));
        stack.scan_references();
        assert_eq!(stack.map_references(7, &mut nodes), None);
        // Popped entries leave the map; a lazy local read is the local's business.
        stack.truncate(1);
        stack.push(Value::new(ValType::EXTERNREF, Location::Local(0)));
        assert!(stack.scan_references());
        assert_eq!(stack.map_references(7, &mut nodes), Some(first));
        stack.truncate(0);
        assert!(!stack.scan_references());
        assert_eq!(stack.map_references(7, &mut nodes), Some(7));
    }

    #[test]
    fn counts_lazy_local_reads() {
        let mut stack = ValueStack::new(2);
        stack.push(Value::new(ValType::I32, Location::Local(1)));
        stack.push(Value::new(ValType::I32, Location::Local(1)));
        assert!(references_local(&stack, 1));
        assert!(!references_local(&stack, 0));
        stack.pop();
        stack.relocate(0, Location::Spilled(8));
        assert!(!references_local(&stack, 1));
    }

    #[test]
    fn truncate_forgets_local_reads_and_keeps_settled_in_range() {
        let mut stack = ValueStack::new(1);
        stack.push(Value::new(ValType::I64, Location::Const(1)));
        stack.push(Value::new(ValType::I64, Location::Local(0)));
        stack.mark_settled();
        stack.truncate(1);
        assert_eq!(stack.len(), 1);
        assert_eq!(stack.settled(), 1);
        assert!(!references_local(&stack, 0));
    }

    /// Whether some entry still reads local `index` lazily.
    fn references_local(stack: &ValueStack, index: u32) -> bool {
        stack.references_local(index)
    }

    /// Resolves the lazy reads of `local` the way the code generator does before a
    /// write (bottom first, each moved to a register); returns how many it resolved.
    fn resolve_reads(stack: &mut ValueStack, local: u32) -> usize {
        let mut positions = Vec::new();
        stack.reads_of(local, &mut positions);
        for &position in &positions {
            stack.relocate(position, Location::Reg(Reg::Gpr(crate::x64::regs::RAX)));
        }
        positions.len()
    }

    fn constant() -> Value {
        Value::new(ValType::I32, Location::Const(7))
    }

    fn read(local: u32) -> Value {
        Value::new(ValType::I32, Location::Local(local))
    }

    /// N constants, then N times `local.get 0`, `local.set 0`: each write finds the
    /// read at the top in one step, not below the constants.
    #[test]
    fn writes_under_many_constants_visit_only_the_top() {
        const N: usize = 10_000;
        let mut stack = ValueStack::new(1);
        for _ in 0..N {
            stack.push(constant());
        }
        for _ in 0..N {
            stack.push(read(0));
            assert_eq!(resolve_reads(&mut stack, 0), 1);
            stack.pop();
            // A write with no lazy read left looks at nothing.
            assert_eq!(resolve_reads(&mut stack, 0), 0);
        }
        assert_eq!(stack.visited.get(), N);
    }

    /// A read under N constants costs one walk down to it; once resolved, writes of
    /// that local look at nothing.
    #[test]
    fn a_deep_read_is_walked_to_once() {
        const N: usize = 10_000;
        let mut stack = ValueStack::new(1);
        stack.push(read(0));
        for _ in 0..N {
            stack.push(constant());
        }
        assert_eq!(resolve_reads(&mut stack, 0), 1);
        assert_eq!(stack.visited.get(), N + 1);
        for _ in 0..N {
            assert_eq!(resolve_reads(&mut stack, 0), 0);
        }
        assert_eq!(stack.visited.get(), N + 1);
    }

    /// `reads_of` agrees with a scan of the entries through pushes, pops, truncations
    /// and relocations anywhere in the stack (to and from lazy reads).
    #[test]
    fn reads_match_a_scan_of_the_entries() {
        const LOCALS: u32 = 4;
        let mut stack = ValueStack::new(LOCALS as usize);
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut random = |bound: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % bound
        };
        for _ in 0..20_000 {
            match random(6) {
                0 | 1 => stack.push(read(random(LOCALS as u64) as u32)),
                2 => stack.push(constant()),
                3 => {
                    stack.pop();
                }
                4 if !stack.is_empty() => {
                    let index = random(stack.len() as u64) as usize;
                    let location = match random(2) {
                        0 => Location::Local(random(LOCALS as u64) as u32),
                        _ => Location::Spilled(8),
                    };
                    stack.relocate(index, location);
                }
                _ => stack.truncate(stack.len().saturating_sub(random(4) as usize)),
            }
            for local in 0..LOCALS {
                let scanned: Vec<usize> = (0..stack.len())
                    .filter(|&i| stack.entries()[i].location == Location::Local(local))
                    .collect();
                let mut found = Vec::new();
                stack.reads_of(local, &mut found);
                assert_eq!(found, scanned, "local {local}");
                assert_eq!(references_local(&stack, local), !scanned.is_empty());
            }
        }
    }
}
