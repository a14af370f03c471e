//! The bit layout of a reference word: what generated code and the runtime agree a
//! 64-bit reference holds.
//!
//! * Null is 0 in every hierarchy.
//! * A function reference is the address of its `VMFuncRef` (8-byte aligned).
//! * An exception reference is its store index plus one.
//! * An `i31` is unboxed: bits 1..32 hold the 31-bit value, bit 0 is 1, bits 32..64
//!   are 0 (`ref.i31` is one `lea r32, [r*2+1]`; `i31.get_s`/`i31.get_u` one 32-bit
//!   `sar`/`shr` by 1).
//! * A host value `n` (an `externref` from the embedder) is `n << 2 | 2`: bit 0 clear
//!   tells it from an `i31`, bit 1 set from a heap object's 8-byte aligned address.
//! * A struct or array is the address of its object (8-byte aligned, nonzero, so bits
//!   0 and 1 are clear). The object starts with a `u32` engine-wide type id
//!   ([`OBJECT_TYPE_ID`]) and a `u32` the collector owns; a struct's fields follow
//!   from [`STRUCT_FIELDS`], an array's `u32` length is at [`ARRAY_LENGTH`] and its
//!   elements follow from [`ARRAY_ELEMENTS`].
//! * `any.convert_extern` and `extern.convert_any` keep the word as it is: an
//!   internalised host value keeps its host tag, an externalised `i31` its `i31` tag,
//!   so each conversion is free and round trips are the identity.
//! * A heap object (a struct or an array) is its 8-byte aligned, nonzero address,
//!   so bits 0 and 1 are clear. Its layout, which generated code, the runtime and the
//!   collector share:
//!   - offset 0: a `u32`, the engine-wide type id of the object's type;
//!   - offset 4: a `u32` the collector owns (mark bits and the like);
//!   - a struct's fields from offset 8, in order, each aligned to its size up to 8
//!     bytes (objects are 8-byte aligned): `i8` 1 byte, `i16` 2, `i32`/`f32` 4,
//!     `i64`/`f64` 8, `v128` 16, a reference an 8-byte word;
//!   - an array's length, a `u32`, at offset 8, and its elements from offset 16,
//!     packed at their storage size (`i8` 1 byte, `i16` 2, a reference 8).

/// Bits of the word that tell an `i31` and a host value from an address.
pub const TAG_MASK: u64 = 0b11;
/// Bit 0 set: an `i31`.
pub const I31_TAG: u64 = 0b01;
/// Low bits `10`: a host value.
pub const HOST_TAG: u64 = 0b10;

/// Offset in a heap object of its type's engine-wide id (`u32`).
pub const OBJECT_TYPE_ID: i32 = 0;
/// Offset in a heap object of the word the collector owns (`u32`).
pub const OBJECT_GC_WORD: i32 = 4;
/// Offset in a struct of its first field.
pub const STRUCT_FIELDS: i32 = 8;
/// Offset in an array of its length (`u32`).
pub const ARRAY_LENGTH: i32 = 8;
/// Offset in an array of its first element.
pub const ARRAY_ELEMENTS: i32 = 16;

/// The word of the `i31` whose bits are the low 31 bits of `value`.
pub fn i31(value: u32) -> u64 {
    (u64::from(value & 0x7fff_ffff) << 1) | I31_TAG
}

/// The word of host value `value`.
pub fn host(value: u32) -> u64 {
    (u64::from(value) << 2) | HOST_TAG
}

/// The 31 bits of an `i31` word, if `word` is one.
pub fn as_i31(word: u64) -> Option<u32> {
    (word & 1 == I31_TAG).then_some((word >> 1) as u32 & 0x7fff_ffff)
}

/// The host value of a host word, if `word` is one.
pub fn as_host(word: u64) -> Option<u32> {
    (word & TAG_MASK == HOST_TAG).then_some((word >> 2) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_keep_null_zero_and_kinds_apart() {
        for value in [0, 1, 0x3fff_ffff, 0x4000_0000, 0x7fff_ffff] {
            let word = i31(value);
            assert_ne!(word, 0);
            assert_eq!(as_i31(word), Some(value));
            assert_eq!(as_host(word), None);
        }
        assert_eq!(
            as_i31(i31(0xffff_ffff)),
            Some(0x7fff_ffff),
            "bit 31 is dropped"
        );
        assert_eq!(i31(0x7fff_ffff) >> 32, 0, "an i31 word fits in 32 bits");
        for value in [0, 1, u32::MAX] {
            let word = host(value);
            assert_ne!(word, 0);
            assert_eq!(as_host(word), Some(value));
            assert_eq!(as_i31(word), None);
            assert_ne!(word & 7, 0, "never an aligned address");
        }
        assert_eq!((as_i31(0), as_host(0)), (None, None));
    }
}
