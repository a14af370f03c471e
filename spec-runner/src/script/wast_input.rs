//! Turning the `wast` crate's module and argument syntax into bytes and values.

use crate::value::{AnyValue, Value};
use wast::core::{AbstractHeapType, HeapType, WastArgCore};
use wast::parser::{self, ParseBuffer};
use wast::{QuoteWat, QuoteWatTest, WastArg, Wat};

/// Why a module's text could not be turned into bytes.
pub(super) enum EncodeError {
    /// The text does not parse or encode: malformed.
    Malformed(String),
    /// A component, which no engine here runs.
    Component,
}

/// Encodes a module directive's text or binary form to bytes.
pub(super) fn encode(module: &mut QuoteWat<'_>) -> Result<Vec<u8>, EncodeError> {
    match module {
        QuoteWat::Wat(Wat::Component(_)) | QuoteWat::QuoteComponent(..) => {
            return Err(EncodeError::Component)
        }
        QuoteWat::Wat(Wat::Module(_)) | QuoteWat::QuoteModule(..) => {}
    }
    match module
        .to_test()
        .map_err(|error| EncodeError::Malformed(error.message()))?
    {
        QuoteWatTest::Binary(bytes) => Ok(bytes),
        QuoteWatTest::Text(text) => encode_quoted_text(&text),
    }
}

/// Parses and encodes the text of a `(module quote ...)`.
fn encode_quoted_text(text: &[u8]) -> Result<Vec<u8>, EncodeError> {
    let text = std::str::from_utf8(text)
        .map_err(|_| EncodeError::Malformed("malformed UTF-8 encoding".into()))?;
    let malformed = |error: wast::Error| EncodeError::Malformed(error.message());
    let text = super::legacy_try::unfold(text);
    let buffer = ParseBuffer::new(&text).map_err(malformed)?;
    let mut wat = parser::parse::<Wat>(&buffer).map_err(malformed)?;
    if matches!(wat, Wat::Component(_)) {
        return Err(EncodeError::Component);
    }
    wat.encode().map_err(malformed)
}

/// Converts an `invoke` argument into a harness value.
pub(super) fn arg_value(arg: &WastArg<'_>) -> Result<Value, String> {
    let WastArg::Core(core) = arg else {
        return Err("component-model arguments are not supported".into());
    };
    Ok(match core {
        WastArgCore::I32(v) => Value::I32(*v),
        WastArgCore::I64(v) => Value::I64(*v),
        WastArgCore::F32(v) => Value::F32(v.bits),
        WastArgCore::F64(v) => Value::F64(v.bits),
        WastArgCore::V128(v) => Value::V128(u128::from_le_bytes(v.to_le_bytes())),
        WastArgCore::RefNull(HeapType::Abstract {
            ty: AbstractHeapType::Func | AbstractHeapType::NoFunc,
            ..
        }) => Value::FuncRef(None),
        WastArgCore::RefNull(HeapType::Abstract {
            ty: AbstractHeapType::Extern | AbstractHeapType::NoExtern,
            ..
        }) => Value::ExternRef(None),
        WastArgCore::RefNull(HeapType::Abstract {
            ty:
                AbstractHeapType::Any
                | AbstractHeapType::Eq
                | AbstractHeapType::I31
                | AbstractHeapType::Struct
                | AbstractHeapType::Array
                | AbstractHeapType::None,
            shared: false,
        }) => Value::AnyRef(None),
        WastArgCore::RefNull(HeapType::Abstract {
            ty: AbstractHeapType::Exn | AbstractHeapType::NoExn,
            shared: false,
        }) => Value::ExnRef(None),
        WastArgCore::RefExtern(n) => Value::ExternRef(Some(*n)),
        WastArgCore::RefHost(n) => Value::AnyRef(Some(AnyValue::Host(*n))),
        other => return Err(format!("argument {other:?} is not supported")),
    })
}
