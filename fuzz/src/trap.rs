//! How the oracles compare and print the engine layer's traps
//! ([`spec_runner::value::Trap`]).

use std::fmt;

use spec_runner::value::{Trap, TrapKind};

/// Whether two traps are the same for the oracle: the same kind, and for a
/// trap no kind describes ([`TrapKind::Other`]) the same message too. Engines
/// word their messages differently, so a known kind is compared by kind alone.
pub fn same_trap(a: &Trap, b: &Trap) -> bool {
    a.kind == b.kind && (a.kind != TrapKind::Other || a.message == b.message)
}

/// Prints a trap the way reports name it: the spec's message for a known
/// kind, `interrupted` or `out of fuel` for a budget, `other: MESSAGE`
/// otherwise.
pub struct TrapName<'a>(pub &'a Trap);

impl fmt::Display for TrapName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.kind {
            TrapKind::Timeout => f.write_str("interrupted"),
            TrapKind::OutOfFuel => f.write_str("out of fuel"),
            TrapKind::Other => write!(f, "other: {}", self.0.message),
            kind => f.write_str(kind.spec_messages().first().copied().unwrap_or("trap")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trap(kind: TrapKind, message: &str) -> Trap {
        Trap {
            kind,
            message: message.to_owned(),
        }
    }

    #[test]
    fn known_kinds_compare_by_kind_and_others_by_message() {
        let wasmi = trap(
            TrapKind::Unreachable,
            "wasm `unreachable` instruction executed",
        );
        let lightbeam = trap(TrapKind::Unreachable, "unreachable (at offset 0x2a)");
        assert!(same_trap(&wasmi, &lightbeam));
        assert!(!same_trap(&wasmi, &trap(TrapKind::IntegerOverflow, "")));
        assert!(same_trap(
            &trap(TrapKind::Other, "a"),
            &trap(TrapKind::Other, "a")
        ));
        assert!(!same_trap(
            &trap(TrapKind::Other, "a"),
            &trap(TrapKind::Other, "b")
        ));
    }

    #[test]
    fn traps_are_named_like_the_spec() {
        let name = |kind, message| TrapName(&trap(kind, message)).to_string();
        assert_eq!(
            name(TrapKind::UninitializedElement, "x"),
            "uninitialized element"
        );
        assert_eq!(
            name(TrapKind::TableOutOfBounds, "x"),
            "out of bounds table access"
        );
        assert_eq!(name(TrapKind::Timeout, "x"), "interrupted");
        assert_eq!(name(TrapKind::OutOfFuel, "x"), "out of fuel");
        assert_eq!(name(TrapKind::Other, "host"), "other: host");
    }
}
