//! The engine's type registry: iso-recursive canonicalisation of recursion groups and
//! each type's supertype display.
//!
//! A module's type section is a sequence of recursion groups. Two groups are the same
//! type when they are equal once references to their own members are written by
//! position in the group and references to earlier types by those types' engine-wide
//! ids ([`SharedTypeId`]). The registry keys groups in exactly that form (the
//! placeholder ids of [`SharedTypeId::rec_relative`] for members), so equal groups of
//! different modules get the same ids: a group's types take consecutive ids from the
//! first one registered.
//!
//! Every type keeps its *display*: its ancestors by depth, from the root of its
//! declared supertype chain down to itself. `sub` is a subtype of `sup` exactly when
//! `display(sub)[depth(sup)] == sup`, one compare whatever the chain's length.
//!
//! Generated code reads the same facts from the *type table*: one entry per id (layout
//! in [`crate::vmoffsets::type_info`]: kind, depth, the display's first ids inline and a
//! pointer to the whole display) in a mapping reserved once for [`MAX_TYPES`] entries
//! and made accessible as types arrive, so it never moves and every instance's
//! `VMContext` holds its address. Entries are written before their ids are handed out,
//! and never change after.

use std::collections::HashMap;

use lightbeam_entity::EntityRef;

use crate::error::{CompileError, CompileResult};
use crate::module::{CompositeKind, ConcreteSubtyping, SharedTypeId, SubType};
use crate::sys::mmap::Mmap;
use crate::vmoffsets::type_info;

/// Most types one engine registers (ids stay far below the placeholder range): the
/// type table reserves 128 MiB of address space for them.
pub(crate) const MAX_TYPES: usize = 1 << 22;

/// Bytes by which the accessible part of the type table grows.
const TABLE_GROWTH: usize = 64 * 1024;

/// A registered type and its place in the subtype hierarchy.
#[derive(Debug)]
pub(crate) struct RegisteredType {
    /// The type, its references all engine-wide ids.
    pub ty: SubType,
    /// Its ancestors by depth, ending with the type itself (so `display.len() - 1` is
    /// its depth).
    pub display: Box<[SharedTypeId]>,
    /// The display as raw ids, which the type table entry points to (a boxed slice
    /// never moves).
    vm_display: Box<[u32]>,
}

impl RegisteredType {
    /// Number of declared supertypes above it.
    pub fn depth(&self) -> usize {
        self.display.len() - 1
    }
}

/// Canonical recursion groups and their types (see the module documentation).
#[derive(Debug, Default)]
pub(crate) struct TypeRegistry {
    /// Each group registered, in its keyed form, to the id of its first type.
    groups: HashMap<Box<[SubType]>, SharedTypeId>,
    /// Every registered type, indexed by id.
    types: Vec<RegisteredType>,
    /// The type table (see the module documentation), reserved with the first type.
    table: Option<Mmap>,
    /// Bytes of `table` made accessible so far.
    table_accessible: usize,
}

impl TypeRegistry {
    /// The id of the first type of recursion group `group` (its types take the ids
    /// that follow, in order), registering the group if no equal one was. References
    /// to the group's own types are [`SharedTypeId::rec_relative`] placeholders, all
    /// others registered ids; a declared supertype precedes its subtype (the validator
    /// checked that). `offset` locates the group for an error.
    pub fn register_group(
        &mut self,
        group: &[SubType],
        offset: usize,
    ) -> CompileResult<SharedTypeId> {
        if let Some(&base) = self.groups.get(group) {
            return Ok(base);
        }
        if self.types.len() + group.len() > MAX_TYPES {
            return Err(CompileError::unsupported(
                format!("more than {MAX_TYPES} distinct types in one engine"),
                offset,
            ));
        }
        let base = SharedTypeId::new(self.types.len());
        let mut registered = Vec::with_capacity(group.len());
        for (index, ty) in group.iter().enumerate() {
            let ty = ty.resolve_rec_relative(base);
            let id = SharedTypeId::new(base.index() + index);
            let mut display = match ty.supertype {
                None => Vec::with_capacity(1),
                Some(sup) => {
                    let sup = match sup.index().checked_sub(base.index()) {
                        Some(member) => registered.get(member),
                        None => self.types.get(sup.index()),
                    }
                    .ok_or_else(|| {
                        CompileError::internal(format!("supertype {sup} of {id} not registered"))
                    })?;
                    let sup: &RegisteredType = sup;
                    sup.display.to_vec()
                }
            };
            display.push(id);
            let vm_display = display.iter().map(|id| id.as_u32()).collect();
            registered.push(RegisteredType {
                ty,
                display: display.into(),
                vm_display,
            });
        }
        self.grow_table(self.types.len() + registered.len(), offset)?;
        for (index, ty) in registered.iter().enumerate() {
            self.write_entry(base.index() + index, ty);
        }
        self.types.extend(registered);
        self.groups.insert(group.into(), base);
        Ok(base)
    }

    /// Makes the type table accessible for `types` entries, reserving it first.
    fn grow_table(&mut self, types: usize, offset: usize) -> CompileResult<()> {
        let failed = |error: std::io::Error| {
            CompileError::unsupported(format!("mapping the engine's type table: {error}"), offset)
        };
        let table = match &mut self.table {
            Some(table) => table,
            None => self
                .table
                .insert(Mmap::reserve(MAX_TYPES << type_info::SIZE_LOG2).map_err(failed)?),
        };
        let needed = types << type_info::SIZE_LOG2;
        if needed > self.table_accessible {
            let end = needed.next_multiple_of(TABLE_GROWTH).min(table.len());
            table
                .make_accessible(self.table_accessible..end)
                .map_err(failed)?;
            self.table_accessible = end;
        }
        Ok(())
    }

    /// Writes the type table entry of type `index`, inside the accessible part.
    fn write_entry(&mut self, index: usize, ty: &RegisteredType) {
        let mut entry = [0u8; 1 << type_info::SIZE_LOG2];
        let mut put = |at: i32, bytes: &[u8]| {
            entry[at as usize..at as usize + bytes.len()].copy_from_slice(bytes);
        };
        let kind = match ty.ty.composite.kind() {
            CompositeKind::Func => type_info::KIND_FUNC,
            CompositeKind::Struct => type_info::KIND_STRUCT,
            CompositeKind::Array => type_info::KIND_ARRAY,
        };
        put(type_info::KIND, &kind.to_le_bytes());
        put(type_info::DEPTH, &(ty.depth() as u32).to_le_bytes());
        put(
            type_info::DISPLAY,
            &(ty.vm_display.as_ptr() as u64).to_le_bytes(),
        );
        for slot in 0..type_info::INLINE_DISPLAY_LEN {
            let id = ty
                .vm_display
                .get(slot as usize)
                .copied()
                .unwrap_or(type_info::NO_TYPE);
            put(
                type_info::INLINE_DISPLAY + 4 * slot as i32,
                &id.to_le_bytes(),
            );
        }
        let table = self
            .table
            .as_ref()
            .expect("the table is reserved before writing");
        let start = index << type_info::SIZE_LOG2;
        assert!(start + entry.len() <= self.table_accessible);
        // SAFETY: the entry lies in the accessible part of the mapping (checked above),
        // which this registry owns; generated code only reads entries of ids already
        // handed out, and this one's id is not yet.
        unsafe {
            std::ptr::copy_nonoverlapping(
                entry.as_ptr(),
                table.as_mut_ptr().add(start),
                entry.len(),
            );
        }
    }

    /// The address of the type table (null before the first type is registered), for
    /// every `VMContext`: valid as long as the registry.
    pub fn table_base(&self) -> *const u8 {
        self.table
            .as_ref()
            .map_or(std::ptr::null(), |table| table.as_ptr())
    }

    /// The registered type `id`, if there is one.
    #[cfg(test)]
    pub fn get(&self, id: SharedTypeId) -> Option<&RegisteredType> {
        self.types.get(id.index())
    }
}

impl ConcreteSubtyping for TypeRegistry {
    fn is_subtype(&self, sub: SharedTypeId, sup: SharedTypeId) -> bool {
        if sub == sup {
            return true;
        }
        let (Some(sub), Some(sup)) = (self.types.get(sub.index()), self.types.get(sup.index()))
        else {
            return false;
        };
        let depth = sup.depth();
        sub.display.get(depth) == sup.display.get(depth)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::module::{
        ArrayType, CompositeKind, CompositeType, ConcreteType, FieldType, FuncType, HeapType,
        RefType, StorageType, StructType, ValType,
    };

    fn reference(id: SharedTypeId, kind: CompositeKind) -> ValType {
        ValType::Ref(RefType::new(
            true,
            HeapType::Concrete(ConcreteType { id, kind }),
        ))
    }

    fn structure(fields: &[ValType], supertype: Option<SharedTypeId>) -> SubType {
        SubType {
            is_final: false,
            supertype,
            composite: CompositeType::Struct(StructType {
                fields: fields
                    .iter()
                    .map(|&ty| FieldType {
                        storage: StorageType::Val(ty),
                        mutable: false,
                    })
                    .collect(),
            }),
        }
    }

    #[test]
    fn equal_groups_get_equal_ids_and_different_ones_do_not() {
        let mut registry = TypeRegistry::default();
        let f = registry
            .register_group(&[SubType::func(FuncType::new([ValType::I32], []))], 0)
            .unwrap();
        // A list type naming itself: (rec (type $l (struct (field (ref null $l))))).
        let list = [structure(
            &[reference(
                SharedTypeId::rec_relative(0),
                CompositeKind::Struct,
            )],
            None,
        )];
        let a = registry.register_group(&list, 0).unwrap();
        let b = registry.register_group(&list, 0).unwrap();
        assert_eq!(a, b);
        assert_ne!(a, f);
        // The same shape naming the function type instead is another type.
        let other = [structure(&[reference(f, CompositeKind::Func)], None)];
        let c = registry.register_group(&other, 0).unwrap();
        assert_ne!(c, a);
        let resolved = &registry.get(a).unwrap().ty;
        let CompositeType::Struct(fields) = &resolved.composite else {
            panic!("{resolved:?}")
        };
        assert_eq!(
            fields.fields[0].storage,
            StorageType::Val(reference(a, CompositeKind::Struct)),
            "the placeholder resolves to the group's own id"
        );
        assert_eq!(
            registry.get(f).unwrap().ty.composite.kind(),
            CompositeKind::Func
        );
        assert!(registry.get(SharedTypeId::new(99)).is_none());
    }

    #[test]
    fn a_group_of_two_differs_from_two_groups_of_one() {
        let mut registry = TypeRegistry::default();
        let array = SubType {
            is_final: true,
            supertype: None,
            composite: CompositeType::Array(ArrayType(FieldType {
                storage: StorageType::I8,
                mutable: true,
            })),
        };
        let pair = [array.clone(), array.clone()];
        let first = registry.register_group(&pair, 0).unwrap();
        let single = registry.register_group(&[array], 0).unwrap();
        assert_eq!(single.index(), first.index() + 2, "a new group, new ids");
        assert_eq!(registry.types.len(), 3);
    }

    #[test]
    fn displays_answer_subtyping_in_one_compare_along_deep_chains() {
        let mut registry = TypeRegistry::default();
        let mut chain = vec![];
        let mut parent = None;
        for depth in 0..40 {
            let fields = vec![ValType::I32; depth + 1];
            let id = registry
                .register_group(&[structure(&fields, parent)], 0)
                .unwrap();
            assert_eq!(registry.get(id).unwrap().depth(), depth);
            chain.push(id);
            parent = Some(id);
        }
        let sibling = registry
            .register_group(
                &[structure(&[ValType::I32, ValType::I64], Some(chain[0]))],
                0,
            )
            .unwrap();
        for (i, &sub) in chain.iter().enumerate() {
            for (j, &sup) in chain.iter().enumerate() {
                assert_eq!(registry.is_subtype(sub, sup), j <= i, "{i} <: {j}");
            }
            assert!(!registry.is_subtype(sub, sibling));
        }
        assert!(registry.is_subtype(sibling, chain[0]));
        assert!(!registry.is_subtype(sibling, chain[1]));
        // A supertype inside the group itself.
        let group = [
            structure(&[], None),
            structure(&[ValType::I32], Some(SharedTypeId::rec_relative(0))),
        ];
        let base = registry.register_group(&group, 0).unwrap();
        let sub = SharedTypeId::new(base.index() + 1);
        assert!(registry.is_subtype(sub, base) && !registry.is_subtype(base, sub));
    }

    /// Reads `u32` at `offset` of the type table entry of `id`.
    fn entry_u32(registry: &TypeRegistry, id: SharedTypeId, offset: i32) -> u32 {
        let start = (id.index() << type_info::SIZE_LOG2) + offset as usize;
        let table = registry.table.as_ref().unwrap();
        // SAFETY: registered entries lie in the accessible part of the table.
        let bytes = unsafe { table.slice(start..start + 4) };
        u32::from_le_bytes(bytes.try_into().unwrap())
    }

    #[test]
    fn the_type_table_holds_kind_depth_and_display_for_generated_code() {
        let mut registry = TypeRegistry::default();
        assert!(registry.table_base().is_null());
        let f = registry
            .register_group(&[SubType::func(FuncType::new([], []))], 0)
            .unwrap();
        let mut chain = vec![];
        let mut parent = None;
        // Enough types to grow the table past its first step, and a chain deeper than
        // the inline display.
        for depth in 0..3000 {
            let fields = vec![ValType::F64; depth % 7];
            let ty = structure(&fields, parent.filter(|_| depth < 10));
            let id = registry.register_group(&[ty], 0).unwrap();
            chain.push(id);
            parent = Some(id);
        }
        let base = registry.table_base();
        assert!(!base.is_null());
        assert_eq!(
            entry_u32(&registry, f, type_info::KIND),
            type_info::KIND_FUNC
        );
        assert_eq!(entry_u32(&registry, f, type_info::DEPTH), 0);
        let deep = chain[9];
        assert_eq!(
            entry_u32(&registry, deep, type_info::KIND),
            type_info::KIND_STRUCT
        );
        assert_eq!(entry_u32(&registry, deep, type_info::DEPTH), 9);
        for slot in 0..type_info::INLINE_DISPLAY_LEN {
            let at = type_info::INLINE_DISPLAY + 4 * slot as i32;
            assert_eq!(
                entry_u32(&registry, deep, at),
                chain[slot as usize].as_u32()
            );
            let root_slot = entry_u32(&registry, chain[0], at);
            let expected = if slot == 0 {
                chain[0].as_u32()
            } else {
                type_info::NO_TYPE
            };
            assert_eq!(root_slot, expected, "padding past the depth");
        }
        let display = u64::from(entry_u32(&registry, deep, type_info::DISPLAY))
            | u64::from(entry_u32(&registry, deep, type_info::DISPLAY + 4)) << 32;
        // SAFETY: the pointer is the registered type's boxed display of depth + 1 ids.
        let display = unsafe { std::slice::from_raw_parts(display as *const u32, 10) };
        let expected: Vec<u32> = chain[..10].iter().map(|id| id.as_u32()).collect();
        assert_eq!(display, &expected[..]);
        assert_eq!(registry.table_base(), base, "the table never moves");
        let last = *chain.last().unwrap();
        assert_eq!(entry_u32(&registry, last, type_info::DEPTH), 0);
    }
}
