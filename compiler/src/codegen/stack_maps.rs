//! What the code generator records for the collector: the stack map of every call
//! made while a frame slot holds a reference (see `docs/architecture.md`, "Stack
//! maps"). Plain data; calls record their maps in `abi.rs`, the value stack keeps the
//! nodes of its spilled references (`ValueStack::map_references`).

use super::output::{StackMapNode, StackMapSite, NO_STACK_MAP_NODE};
use crate::module::ValType;

/// The stack maps of the function being compiled.
#[derive(Debug)]
pub(crate) struct StackMaps {
    /// The nodes of every map so far: the reference locals' chain first.
    pub nodes: Vec<StackMapNode>,
    /// The calls with a nonempty map, in code order.
    pub sites: Vec<StackMapSite>,
    /// The first node of the reference locals' chain (the end of every map).
    pub root: u32,
}

impl Default for StackMaps {
    fn default() -> Self {
        StackMaps {
            nodes: Vec::new(),
            sites: Vec::new(),
            root: NO_STACK_MAP_NODE,
        }
    }
}

impl StackMaps {
    /// Starts the maps of a function whose locals (parameters first) have `locals`'
    /// types and frame displacements: their reference locals form the chain every map
    /// ends in. A reference local always lives in its frame slot (only integer locals
    /// are pinned to registers).
    pub fn reset(&mut self, locals: impl Iterator<Item = (ValType, i32)>) {
        self.nodes.clear();
        self.sites.clear();
        self.root = NO_STACK_MAP_NODE;
        for (ty, disp) in locals {
            if let Some(reference) = ty.as_ref() {
                self.nodes.push(StackMapNode {
                    disp,
                    hierarchy: reference.heap_type.top(),
                    next: self.root,
                });
                self.root = self.nodes.len() as u32 - 1;
            }
        }
    }

    /// Records that the call returning to `return_offset` has the map starting at
    /// `node` (nothing for an empty map).
    pub fn record(&mut self, return_offset: usize, node: u32) {
        if node != NO_STACK_MAP_NODE {
            self.sites.push(StackMapSite {
                return_offset: return_offset as u32,
                node,
            });
        }
    }
}
