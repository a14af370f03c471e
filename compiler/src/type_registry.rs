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

use std::collections::HashMap;

use lightbeam_entity::EntityRef;

use crate::error::{CompileError, CompileResult};
use crate::module::{ConcreteSubtyping, SharedTypeId, SubType};

/// Most types one engine registers: ids stay below the placeholder range.
pub(crate) const MAX_TYPES: usize = 1 << 24;

/// A registered type and its place in the subtype hierarchy.
#[derive(Debug)]
pub(crate) struct RegisteredType {
    /// The type, its references all engine-wide ids.
    #[cfg_attr(not(test), allow(dead_code, reason = "read by the cast tables next"))]
    pub ty: SubType,
    /// Its ancestors by depth, ending with the type itself (so `display.len() - 1` is
    /// its depth).
    pub display: Box<[SharedTypeId]>,
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
            registered.push(RegisteredType {
                ty,
                display: display.into(),
            });
        }
        self.types.extend(registered);
        self.groups.insert(group.into(), base);
        Ok(base)
    }

    /// The registered type `id`, if there is one.
    #[cfg_attr(not(test), allow(dead_code, reason = "read by the cast tables next"))]
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
}
