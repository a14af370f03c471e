//! The abstract value stack: where each wasm operand currently lives.
//!
//! Entries are constants, references to locals, registers or spilled slots; code is
//! emitted only when an operator needs a value somewhere specific. Spilled entries
//! always form a prefix of the non-constant entries (everything below a spilled entry
//! is spilled or constant), so the topmost spilled entry is at the machine stack top.

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

/// Marks the end of a chain of lazy reads (see [`ValueStack`]).
const NONE: u32 = u32::MAX;

/// The neighbours of an entry that reads a local lazily, in the chain of the entries
/// reading the same local (unused for other entries).
#[derive(Clone, Copy, Debug, Default)]
struct ReadLink {
    /// The nearest entry below reading the same local, or [`NONE`].
    below: u32,
    /// The nearest entry above reading the same local, or [`NONE`].
    above: u32,
}

/// The ends of the chain of entries reading one local.
#[derive(Clone, Copy, Debug)]
struct ReadChain {
    /// The lowest entry reading the local, or [`NONE`].
    bottom: u32,
    /// The highest entry reading the local, or [`NONE`].
    top: u32,
}

impl ReadChain {
    const EMPTY: ReadChain = ReadChain {
        bottom: NONE,
        top: NONE,
    };
}

/// The operand stack of one function being compiled.
///
/// The entries reading each local lazily are chained (a doubly linked list kept in
/// step on push, pop, truncate and relocate), so that writing a local visits only the
/// entries that read it: the cost of `local.set` is the number of lazy reads it
/// resolves, never the height of the stack (which a body of constants makes as large
/// as the input).
#[derive(Debug, Default)]
pub struct ValueStack {
    entries: Vec<Value>,
    /// One per entry: its neighbours in its local's chain, if it reads a local.
    links: Vec<ReadLink>,
    /// One per local: its chain of lazy reads.
    chains: Vec<ReadChain>,
    /// Entries below this index are all spilled or constant.
    settled: usize,
    /// Entries visited by the lazy-read queries, so tests can check their cost.
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
        self.links.clear();
        self.chains.clear();
        self.chains.resize(locals, ReadChain::EMPTY);
        self.settled = 0;
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
        let index = self.entries.len();
        self.entries.push(value);
        self.links.push(ReadLink::default());
        if let Location::Local(local) = value.location {
            self.link(index, local);
        }
    }

    /// Pops the top value.
    pub fn pop(&mut self) -> Option<Value> {
        let value = *self.entries.last()?;
        if let Location::Local(local) = value.location {
            self.unlink(self.entries.len() - 1, local);
        }
        self.entries.pop();
        self.links.pop();
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
        while self.entries.len() > height {
            self.pop();
        }
    }

    /// The lowest entry reading local `local` lazily.
    pub fn first_read_of(&self, local: u32) -> Option<usize> {
        self.visit(self.chains[local as usize].bottom)
    }

    /// The next entry above `index` (which reads a local lazily) reading the same local.
    pub fn next_read_above(&self, index: usize) -> Option<usize> {
        self.visit(self.links[index].above)
    }

    /// `index` as an entry position, counting the visit.
    fn visit(&self, index: u32) -> Option<usize> {
        #[cfg(test)]
        self.visited.set(self.visited.get() + 1);
        (index != NONE).then_some(index as usize)
    }

    /// Index of the first entry that may be neither spilled nor constant.
    pub fn settled(&self) -> usize {
        self.settled
    }

    /// Records that every entry is now spilled or constant.
    pub fn mark_settled(&mut self) {
        self.settled = self.entries.len();
    }

    /// Replaces the location of entry `index` (bottom is 0).
    pub fn relocate(&mut self, index: usize, location: Location) {
        let old = self.entries[index].location;
        if old == location {
            return;
        }
        if let Location::Local(local) = old {
            self.unlink(index, local);
        }
        self.entries[index].location = location;
        if let Location::Local(local) = location {
            self.link(index, local);
        }
    }

    /// Adds entry `index` to the chain of local `local`. Constant time when it is the
    /// highest reader (a push); otherwise the chain is walked down to its place.
    fn link(&mut self, index: usize, local: u32) {
        let chain = &mut self.chains[local as usize];
        let mut below = chain.top;
        let mut above = NONE;
        while below != NONE && below as usize > index {
            above = below;
            below = self.links[below as usize].below;
        }
        self.links[index] = ReadLink { below, above };
        let position = index as u32;
        match below {
            NONE => chain.bottom = position,
            below => self.links[below as usize].above = position,
        }
        match above {
            NONE => chain.top = position,
            above => self.links[above as usize].below = position,
        }
    }

    /// Removes entry `index` from the chain of local `local`, in constant time.
    fn unlink(&mut self, index: usize, local: u32) {
        let ReadLink { below, above } = self.links[index];
        let chain = &mut self.chains[local as usize];
        match below {
            NONE => chain.bottom = above,
            below => self.links[below as usize].above = above,
        }
        match above {
            NONE => chain.top = below,
            above => self.links[above as usize].below = below,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        stack.chains[index as usize].top != NONE
    }

    /// Resolves the lazy reads of `local` the way the code generator does before a
    /// write (bottom first, each moved to a register); returns how many it resolved.
    fn resolve_reads(stack: &mut ValueStack, local: u32) -> usize {
        let mut resolved = 0;
        let mut next = stack.first_read_of(local);
        while let Some(position) = next {
            next = stack.next_read_above(position);
            stack.relocate(position, Location::Reg(Reg::Gpr(crate::x64::regs::RAX)));
            resolved += 1;
        }
        resolved
    }

    fn constant() -> Value {
        Value::new(ValType::I32, Location::Const(7))
    }

    fn read(local: u32) -> Value {
        Value::new(ValType::I32, Location::Local(local))
    }

    /// N constants, then N times `local.set 0`, `local.get 0`, `local.set 0`, `drop`:
    /// each write visits only the reads of local 0, not the constants below.
    #[test]
    fn writes_under_many_constants_visit_only_the_local_reads() {
        const N: usize = 10_000;
        let mut stack = ValueStack::new(1);
        for _ in 0..N {
            stack.push(constant());
        }
        for _ in 0..N {
            stack.pop();
            assert_eq!(resolve_reads(&mut stack, 0), 0);
            stack.push(read(0));
            stack.pop();
            assert_eq!(resolve_reads(&mut stack, 0), 0);
            stack.pop();
        }
        assert!(stack.is_empty());
        // One visit (the empty chain) per write.
        assert_eq!(stack.visited.get(), 2 * N);
    }

    /// `local.get 0 .. L-1`, N constants, then `local.set 0 .. L-1` each popping a
    /// constant: each write visits its one read, not the N constants above it.
    #[test]
    fn writes_of_locals_read_below_many_constants_visit_only_their_reads() {
        const L: u32 = 1_000;
        const N: usize = 10_000;
        let mut stack = ValueStack::new(L as usize);
        for local in 0..L {
            stack.push(read(local));
        }
        for _ in 0..N {
            stack.push(constant());
        }
        for local in 0..L {
            stack.pop();
            assert_eq!(resolve_reads(&mut stack, local), 1);
            assert!(!references_local(&stack, local));
        }
        // The read itself and the end of the chain, per write.
        assert_eq!(stack.visited.get(), 2 * L as usize);
    }

    /// The chains agree with a scan of the entries through pushes, pops, truncations
    /// and relocations anywhere in the stack (to and from lazy reads).
    #[test]
    fn chains_match_a_scan_of_the_entries() {
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
                let mut chained = Vec::new();
                let mut next = stack.first_read_of(local);
                while let Some(position) = next {
                    chained.push(position);
                    next = stack.next_read_above(position);
                }
                assert_eq!(chained, scanned, "local {local}");
                assert_eq!(references_local(&stack, local), !scanned.is_empty());
            }
        }
    }
}
