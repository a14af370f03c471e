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

/// The operand stack of one function being compiled.
#[derive(Debug, Default)]
pub struct ValueStack {
    entries: Vec<Value>,
    /// Number of `Local(i)` entries per local, so `local.set` only searches when needed.
    local_refs: Vec<u32>,
    /// Entries below this index are all spilled or constant.
    settled: usize,
}

impl ValueStack {
    /// An empty stack for a function with `locals` locals.
    pub fn new(locals: usize) -> Self {
        ValueStack {
            entries: Vec::new(),
            local_refs: vec![0; locals],
            settled: 0,
        }
    }

    /// Empties the stack for a function with `locals` locals, keeping its capacity.
    pub fn reset(&mut self, locals: usize) {
        self.entries.clear();
        self.local_refs.clear();
        self.local_refs.resize(locals, 0);
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

    /// Removes every entry above `height`, returning them bottom first.
    pub fn truncate(&mut self, height: usize) {
        for value in self.entries.get(height..).unwrap_or_default() {
            if let Location::Local(index) = value.location {
                self.local_refs[index as usize] -= 1;
            }
        }
        self.entries.truncate(height);
        self.settled = self.settled.min(self.entries.len());
    }

    /// Whether some entry still reads local `index` lazily.
    pub fn references_local(&self, index: u32) -> bool {
        self.local_refs[index as usize] != 0
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
        let value = &mut self.entries[index];
        if let Location::Local(local) = value.location {
            self.local_refs[local as usize] -= 1;
        }
        if let Location::Local(local) = location {
            self.local_refs[local as usize] += 1;
        }
        value.location = location;
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
        assert!(stack.references_local(1));
        assert!(!stack.references_local(0));
        stack.pop();
        stack.relocate(0, Location::Spilled(8));
        assert!(!stack.references_local(1));
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
        assert!(!stack.references_local(0));
    }
}
