//! What the code generator records about exception handlers while it compiles a
//! function: the scope of every open `try_table` and, for each call made inside one,
//! its return address and innermost scope. Plain data; the code that opens scopes and
//! emits handlers is in `visit/exceptions.rs`.

use super::output::{CallSite, CatchClause, HandlerScope};

/// The handler tables of the function being compiled.
#[derive(Debug, Default)]
pub(crate) struct HandlerTables {
    /// Every scope opened so far, in the order the `try_table`s appear.
    pub scopes: Vec<HandlerScope>,
    /// Calls made inside a scope, in code order.
    pub call_sites: Vec<CallSite>,
    /// The innermost open scope.
    pub current: Option<u32>,
    /// The open `try_table` frames: the control frame's index and the scope that was
    /// current around it.
    open: Vec<(usize, Option<u32>)>,
}

impl HandlerTables {
    /// Forgets everything, for the next function (keeping capacity).
    pub fn clear(&mut self) {
        self.scopes.clear();
        self.call_sites.clear();
        self.current = None;
        self.open.clear();
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
        self.open.push((frame, self.current));
        self.current = Some(scope);
    }

    /// Closes the scope of control frame `frame`, if it is an open `try_table`'s.
    pub fn close_frame(&mut self, frame: usize) {
        if let Some(&(open, outer)) = self.open.last() {
            if open == frame {
                self.open.pop();
                self.current = outer;
            }
        }
    }
}
