//! Adding one export to an encoded module.

use wasm_encoder::reencode::{Reencode, RoundtripReencoder};
use wasm_encoder::{ExportKind, ExportSection, RawSection};
use wasmparser::{Parser, Payload};

/// The export section's id.
const EXPORT_SECTION: u8 = 7;

/// `wasm` with an extra export of global `index` under `name`, added to the
/// export section (or in a new one, at its place in the section order).
/// Returns `None` when `wasm` does not parse.
pub fn export_global(wasm: &[u8], index: u32, name: &str) -> Option<Vec<u8>> {
    let mut module = wasm_encoder::Module::new();
    let extra_export = || {
        let mut exports = ExportSection::new();
        exports.export(name, ExportKind::Global, index);
        exports
    };
    let mut exported = false;
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.ok()?;
        if let Payload::ExportSection(reader) = &payload {
            let mut exports = extra_export();
            for export in reader.clone() {
                let export = export.ok()?;
                let kind = RoundtripReencoder.export_kind(export.kind).ok()?;
                exports.export(export.name, kind, export.index);
            }
            module.section(&exports);
            exported = true;
            continue;
        }
        let Some((id, range)) = payload.as_section() else {
            continue;
        };
        if !exported && id != 0 && section_rank(id) > section_rank(EXPORT_SECTION) {
            module.section(&extra_export());
            exported = true;
        }
        let range = usize::try_from(range.start).ok()?..usize::try_from(range.end).ok()?;
        module.section(&RawSection {
            id,
            data: wasm.get(range)?,
        });
    }
    if !exported {
        module.section(&extra_export());
    }
    Some(module.finish())
}

/// Where a section must appear: the binary format's order, which is not the
/// order of the ids (tags come before globals, data count before code).
fn section_rank(id: u8) -> u8 {
    match id {
        13 => 6,         // tag
        6..=9 => id + 1, // global, export, start, element
        12 => 11,        // data count
        10 | 11 => id + 2,
        other => other,
    }
}
