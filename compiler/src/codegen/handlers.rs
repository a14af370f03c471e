//! What the code generator records about exception handlers while it compiles a
//! function: the scope of every open `try_table` and legacy `try` and, for each call
//! made inside one, its return address and innermost scope. Plain data; the code that
//! opens scopes and emits handlers is in `visit/exceptions.rs` and
//! `visit/legacy_exceptions.rs`.

use super::output::{CallSite, CatchClause, HandlerScope};

/// The handler tables of the function being compiled.
#[derive(Debug, Default)]
pub(crate) struct HandlerTables {
    /// Every scope opened so far, in the order the `try_table`s and `try`s appear.
    pub scopes: Vec<HandlerScope>,
    /// Calls made inside a scope, in code order.
    pub call_sites: Vec<CallSite>,
    /// The innermost open scope.
    pub current: Option<u32>,
    /// The scopes covering the code being compiled, innermost last: a `try_table`
    /// until its `end`, a legacy `try` until its first `catch`/`catch_all` or its
    /// `delegate` (code in a catch body is not covered by its own `try`).
    open: Vec<OpenScope>,
    /// The legacy `try` frames still open (in their body or a catch body).
    legacy: Vec<LegacyTry>,
}

/// A scope covering the code being compiled.
#[derive(Clone, Copy, Debug)]
struct OpenScope {
    /// The index of the control frame that opened it.
    frame: usize,
    /// The scope.
    scope: u32,
    /// The scope that was current around it.
    outer: Option<u32>,
}

/// An open legacy `try` frame.
#[derive(Clone, Copy, Debug)]
struct LegacyTry {
    /// Its control frame's index.
    frame: usize,
    /// Its scope.
    scope: u32,
    /// The index, in the scope's clauses, of the `catch`/`catch_all` being compiled.
    clause: Option<usize>,
}

impl HandlerTables {
    /// Forgets everything, for the next function (keeping capacity).
    pub fn clear(&mut self) {
        self.scopes.clear();
        self.call_sites.clear();
        self.current = None;
        self.open.clear();
        self.legacy.clear();
    }

    /// Records a call whose return address is at `return_offset`, if it is inside a
    /// scope. Nothing is emitted for it: the table is all an exception costs.
    pub fn record_call(&mut self, return_offset: usize) {
        if let Some(scope) = self.current {
            self.call_sites.push(CallSite {
                return_offset: return_offset as u32,
                scope,
            });
        }
    }

    /// Opens the scope of a `try_table` whose control frame has index `frame`.
    pub fn open_scope(&mut self, frame: usize, catches: Vec<CatchClause>) {
        let scope = self.scopes.len() as u32;
        self.scopes.push(HandlerScope {
            parent: self.current,
            catches,
        });
        self.open.push(OpenScope {
            frame,
            scope,
            outer: self.current,
        });
        self.current = Some(scope);
    }

    /// Opens the scope of a legacy `try` whose control frame has index `frame`; its
    /// clauses are added as its `catch`es are compiled.
    pub fn open_legacy_try(&mut self, frame: usize) {
        self.open_scope(frame, Vec::new());
        let scope = self.scopes.len() as u32 - 1;
        self.legacy.push(LegacyTry {
            frame,
            scope,
            clause: None,
        });
    }

    /// Adds `clause` to the legacy `try` of control frame `frame` (the innermost
    /// frame) as its `catch`/`catch_all` starts: the `try`'s body ends, so the code
    /// that follows is covered by the scopes around the `try` only.
    pub fn begin_catch(&mut self, frame: usize, clause: CatchClause) {
        self.close_open(frame);
        if let Some(legacy) = self.legacy.iter_mut().rev().find(|t| t.frame == frame) {
            let catches = &mut self.scopes[legacy.scope as usize].catches;
            legacy.clause = Some(catches.len());
            catches.push(clause);
        }
    }

    /// `delegate` of the legacy `try` of control frame `frame`: an exception raised
    /// in its body goes on to `target`, the scope covering the body of the frame the
    /// `delegate` names (`None`: the caller).
    pub fn delegate(&mut self, frame: usize, target: Option<u32>) {
        if let Some(legacy) = self.legacy.iter().rev().find(|t| t.frame == frame) {
            self.scopes[legacy.scope as usize].parent = target;
        }
    }

    /// The scope covering code directly in the body of control frame `frame` (an
    /// open frame): the innermost open scope opened by it or by a frame around it.
    pub fn scope_inside(&self, frame: usize) -> Option<u32> {
        self.open
            .iter()
            .rev()
            .find(|open| open.frame <= frame)
            .map(|open| open.scope)
    }

    /// Notes that the catch body being compiled in the legacy `try` of control frame
    /// `frame` rethrows its exception, so its clause hands the exception over (see
    /// `visit/legacy_exceptions.rs`). Returns false if `frame` is not such a `try`.
    pub fn rethrows(&mut self, frame: usize) -> bool {
        let Some(legacy) = self.legacy.iter().rev().find(|t| t.frame == frame) else {
            return false;
        };
        let Some(clause) = legacy.clause else {
            return false;
        };
        self.scopes[legacy.scope as usize].catches[clause].captures_ref = true;
        true
    }

    /// Closes the scope of control frame `frame` as it ends, if it opened one.
    pub fn close_frame(&mut self, frame: usize) {
        self.close_open(frame);
        if self.legacy.last().is_some_and(|t| t.frame == frame) {
            self.legacy.pop();
        }
    }

    /// Takes the scope of control frame `frame` out of the open ones, if it is the
    /// innermost open scope.
    fn close_open(&mut self, frame: usize) {
        if let Some(&open) = self.open.last() {
            if open.frame == frame {
                self.open.pop();
                self.current = open.outer;
            }
        }
    }
}
