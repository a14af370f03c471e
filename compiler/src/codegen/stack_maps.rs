//! What the code generator records for the collector: the stack map of every call
//! made while a frame slot holds a reference (see `docs/architecture.md`, "Stack
//! maps"). Plain data; calls record their maps in `abi.rs`, the value stack keeps the
//! nodes of its spilled references (`ValueStack::map_references`).

use super::output::{StackMapNode, StackMapSite, NO_STACK_MAP_NODE};
use crate::module::ValType;

/// The stack maps of the function being compiled.
#[derive(Debug, Default)]
pub(crate) struct StackMaps {
    /// The nodes of every map so far: the reference locals' chain first.
    pub nodes: Vec<StackMapNode>,
    /// The calls with a nonempty map, in code order.
    pub sites: Vec<StackMapSite>,
    /// The first node of the reference locals' chain (the end of every map), once
    /// made: the first call of a function makes it, so functions without calls pay
    /// nothing.
    pub root: Option<u32>,
}

impl StackMaps {
    /// Forgets the maps of the previous function.
    pub fn reset(&mut self) {
        self.nodes.clear();
        self.sites.clear();
        self.root = None;
    }

    /// The first node of the chain every map of the function ends in, made from its
    /// locals' (parameters first) types and frame displacements the first time: the
    /// reference locals. A reference local always lives in its frame slot (only
    /// integer locals are pinned to registers).
    pub fn root(&mut self, locals: impl Iterator<Item = (ValType, i32)>) -> u32 {
        if let Some(root) = self.root {
            return root;
        }
        let mut root = NO_STACK_MAP_NODE;
        for (ty, disp) in locals {
            if let Some(reference) = ty.as_ref() {
                self.nodes.push(StackMapNode {
                    disp,
                    hierarchy: reference.heap_type.top(),
                    next: root,
                });
                root = self.nodes.len() as u32 - 1;
            }
        }
        self.root = Some(root);
        root
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
