//! Section-by-section parsing into a [`ModuleInfo`], validating as it goes.
//!
//! The input is read in chunks, so a module can be parsed while its bytes arrive.
//! Each section has one `process_<section>` method; function bodies are handed to the
//! code generator with their validators as soon as they have been read, borrowing the
//! input buffer.

use std::io::Read;

use wasmparser::{Chunk, Parser, Payload, Validator, WasmFeatures};

use super::*;
use crate::error::{CompileError, CompileResult};

/// Size of each read from a streaming input.
const READ_CHUNK: usize = 64 * 1024;

/// Registers a recursion group engine-wide (its own types named by
/// [`SharedTypeId::rec_relative`] placeholders) and gives the id of its first type;
/// the offset locates the group for an error.
pub(crate) type SignatureInterner<'a> =
    dyn Fn(&[SubType], usize) -> CompileResult<SharedTypeId> + 'a;

/// The code section's header, as far as sizing the compilation needs it.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct CodeSection {
    /// Number of function bodies.
    pub count: u32,
    /// Size of the section in bytes.
    pub size: u32,
}

/// Parses and validates a whole module from `input`.
///
/// The sections before the code section fill the [`ModuleInfo`]; then `compile` gets
/// that environment and the [`Bodies`], which it drains: each function body is parsed
/// and handed over as soon as its bytes have arrived, so code generation overlaps with
/// reading and parsing. The data section, which follows the code section, is parsed
/// while bodies are still being compiled (when `compile` hands them to other threads)
/// and added to the environment afterwards.
pub(crate) fn parse_module<T>(
    mut input: impl Read,
    features: WasmFeatures,
    intern: &SignatureInterner<'_>,
    compile: impl FnOnce(&ModuleInfo, &mut Bodies<'_>) -> CompileResult<T>,
) -> CompileResult<(ModuleInfo, T)> {
    let mut state = ModuleParser {
        info: ModuleInfo::default(),
        validator: Validator::new_with_features(features),
        intern,
    };
    let mut stream = Stream::new(&mut input, features);
    let mut code = CodeSection::default();
    let mut finished = false;
    while !finished && code.count == 0 {
        stream.with_next(|payload| {
            match payload {
                Payload::CodeSectionStart { count, size, .. } => {
                    code = CodeSection { count, size };
                    // An empty code section leaves `count` at 0: parse on as usual.
                }
                Payload::End(_) => finished = true,
                _ => {}
            }
            state.process_payload(payload)
        })?;
    }
    let mut info = std::mem::take(&mut state.info);
    let mut bodies = Bodies {
        stream,
        state,
        code,
        finished,
    };
    let output = compile(&info, &mut bodies)?;
    bodies.for_each(|_| Err(CompileError::internal("a function body was not compiled")))?;
    // Only the data section may follow the code section (the validator checks the order);
    // without a code section it was parsed above, straight into `info`.
    let data = std::mem::take(&mut bodies.state.info.data);
    if !data.is_empty() {
        info.data = data;
    }
    Ok((info, output))
}

/// The function bodies of a module being parsed, and the sections after them.
pub(crate) struct Bodies<'a> {
    stream: Stream<'a>,
    /// Collects what follows the code section into an environment of its own.
    state: ModuleParser<'a>,
    code: CodeSection,
    finished: bool,
}

impl Bodies<'_> {
    /// The code section's header (zeros if the module has no code section).
    pub(crate) fn code_section(&self) -> CodeSection {
        self.code
    }

    /// Parses the rest of the module, handing each function body to `f` in definition
    /// order; stops at the first error, `f`'s or the parser's.
    pub(crate) fn for_each(
        &mut self,
        mut f: impl FnMut(PendingBody<'_>) -> CompileResult<()>,
    ) -> CompileResult<()> {
        while !self.finished {
            let Bodies {
                stream,
                state,
                finished,
                ..
            } = self;
            stream.with_next(|payload| match payload {
                Payload::CodeSectionEntry(body) => f(state.code_entry(body)?),
                payload => {
                    *finished = matches!(payload, Payload::End(_));
                    state.process_payload(payload)
                }
            })?;
        }
        Ok(())
    }
}

/// The input and the parser reading it chunk by chunk.
struct Stream<'a> {
    input: &'a mut dyn Read,
    parser: Parser,
    /// `buffer[start..]` is not parsed yet; the parsed prefix is dropped only before a
    /// read, so each byte is moved at most once per read and parsing stays linear.
    buffer: Vec<u8>,
    start: usize,
    eof: bool,
}

impl<'a> Stream<'a> {
    fn new(input: &'a mut dyn Read, features: WasmFeatures) -> Self {
        let mut parser = Parser::new(0);
        parser.set_features(features);
        Stream {
            input,
            parser,
            buffer: Vec::new(),
            start: 0,
            eof: false,
        }
    }

    /// Parses the next payload, reading more input as needed, and hands it to `f`.
    fn with_next<R>(
        &mut self,
        f: impl FnOnce(Payload<'_>) -> CompileResult<R>,
    ) -> CompileResult<R> {
        loop {
            let (consumed, payload) =
                match self.parser.parse(&self.buffer[self.start..], self.eof)? {
                    Chunk::NeedMoreData(hint) => {
                        if self.eof {
                            return Err(CompileError::internal("parser asked for data after eof"));
                        }
                        self.buffer.drain(..self.start);
                        self.start = 0;
                        self.eof = read_more(&mut self.input, &mut self.buffer, hint as u64)?;
                        continue;
                    }
                    Chunk::Parsed { consumed, payload } => (consumed, payload),
                };
            let result = f(payload);
            self.start += consumed;
            return result;
        }
    }
}

/// Appends at least one more chunk of `input` to `buffer`; returns true at end of input.
fn read_more(input: &mut impl Read, buffer: &mut Vec<u8>, hint: u64) -> CompileResult<bool> {
    let wanted = usize::try_from(hint)
        .unwrap_or(READ_CHUNK)
        .clamp(1, READ_CHUNK);
    let start = buffer.len();
    buffer.resize(start + wanted.max(READ_CHUNK), 0);
    let read = loop {
        match input.read(&mut buffer[start..]) {
            Ok(read) => break read,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(CompileError::Io(error.to_string())),
        }
    };
    buffer.truncate(start + read);
    Ok(read == 0)
}

/// Parser state: the environment being filled.
struct ModuleParser<'a> {
    info: ModuleInfo,
    validator: Validator,
    intern: &'a SignatureInterner<'a>,
}

impl ModuleParser<'_> {
    /// Validates one payload and records what it declares.
    fn process_payload(&mut self, payload: Payload<'_>) -> CompileResult<()> {
        self.validator.payload(&payload)?;
        match payload {
            Payload::TypeSection(reader) => self.process_types(reader),
            Payload::ImportSection(reader) => self.process_imports(reader),
            Payload::FunctionSection(reader) => self.process_functions(reader),
            Payload::TableSection(reader) => self.process_tables(reader),
            Payload::MemorySection(reader) => self.process_memories(reader),
            Payload::GlobalSection(reader) => self.process_globals(reader),
            Payload::ExportSection(reader) => self.process_exports(reader),
            Payload::StartSection { func, .. } => {
                self.info.start = Some(FuncIndex::from_u32(func));
                Ok(())
            }
            Payload::ElementSection(reader) => self.process_elements(reader),
            Payload::DataSection(reader) => self.process_data(reader),
            Payload::CodeSectionEntry(_) => Err(CompileError::internal(
                "code section entry outside the code section",
            )),
            Payload::TagSection(reader) => self.process_tags(reader),
            Payload::ModuleSection {
                unchecked_range, ..
            }
            | Payload::ComponentSection {
                unchecked_range, ..
            } => Err(CompileError::unsupported(
                "components",
                unchecked_range.start as usize,
            )),
            _ => Ok(()),
        }
    }

    /// Converts each recursion group, registers it engine-wide and records its types'
    /// kinds and ids. While a group is converted its own types are named by
    /// placeholder ids (the group's key in the registry), resolved once it has its ids.
    fn process_types(&mut self, reader: wasmparser::TypeSectionReader<'_>) -> CompileResult<()> {
        for group in reader.into_iter_with_offsets() {
            let (offset, group) = group?;
            let offset = offset as usize;
            let start = self.info.type_ids.len();
            for (index, ty) in group.types().enumerate() {
                self.info.type_ids.push(ConcreteType {
                    id: SharedTypeId::rec_relative(index as u32),
                    kind: composite_kind(&ty.composite_type, offset)?,
                });
            }
            let types = group
                .types()
                .map(|ty| convert_sub_type(ty, &self.info.type_ids, offset))
                .collect::<CompileResult<Vec<_>>>()?;
            let base = (self.intern)(&types, offset)?;
            for (index, ty) in types.iter().enumerate() {
                let id = SharedTypeId::from_u32(base.as_u32() + index as u32);
                self.info.type_ids[TypeIndex::new(start + index)].id = id;
                let ty = ty.resolve_rec_relative(base);
                // A supertype precedes its subtypes, in this module.
                let depth = match ty.supertype {
                    None => 0,
                    Some(sup) => {
                        let sup = self.info.cast_targets.get(&sup).ok_or_else(|| {
                            CompileError::internal(format!("supertype {sup} of {id} unknown"))
                        })?;
                        sup.depth + 1
                    }
                };
                let target = CastTarget {
                    is_final: ty.is_final,
                    depth,
                };
                self.info.cast_targets.insert(id, target);
                self.info.types.push(ty);
            }
        }
        Ok(())
    }

    fn process_imports(
        &mut self,
        reader: wasmparser::ImportSectionReader<'_>,
    ) -> CompileResult<()> {
        for import in reader.into_imports_with_offsets() {
            let (offset, import) = import?;
            let offset = offset as usize;
            let kind = match import.ty {
                wasmparser::TypeRef::Func(ty) | wasmparser::TypeRef::FuncExact(ty) => {
                    self.info.functions.push(TypeIndex::from_u32(ty));
                    self.info.imported_funcs += 1;
                    ImportKind::Func(TypeIndex::from_u32(ty))
                }
                wasmparser::TypeRef::Table(ty) => {
                    let ty = convert_table_type(&ty, &self.info.type_ids, offset)?;
                    self.info.tables.push(ty);
                    self.info.imported_tables += 1;
                    ImportKind::Table(ty)
                }
                wasmparser::TypeRef::Memory(ty) => {
                    let ty = convert_memory_type(&ty, offset)?;
                    self.info.memories.push(ty);
                    self.info.imported_memories += 1;
                    ImportKind::Memory(ty)
                }
                wasmparser::TypeRef::Global(ty) => {
                    let ty = convert_global_type(&ty, &self.info.type_ids, offset)?;
                    self.info.globals.push(ty);
                    self.info.imported_globals += 1;
                    ImportKind::Global(ty)
                }
                wasmparser::TypeRef::Tag(tag) => {
                    let ty = TypeIndex::from_u32(tag.func_type_idx);
                    self.info.tags.push(ty);
                    self.info.imported_tags += 1;
                    ImportKind::Tag(ty)
                }
            };
            self.info.imports.push(Import {
                module: import.module.to_string(),
                name: import.name.to_string(),
                kind,
            });
        }
        Ok(())
    }

    fn process_tags(&mut self, reader: wasmparser::TagSectionReader<'_>) -> CompileResult<()> {
        for tag in reader {
            self.info.tags.push(TypeIndex::from_u32(tag?.func_type_idx));
        }
        Ok(())
    }

    fn process_functions(
        &mut self,
        reader: wasmparser::FunctionSectionReader<'_>,
    ) -> CompileResult<()> {
        for ty in reader {
            self.info.functions.push(TypeIndex::from_u32(ty?));
        }
        Ok(())
    }

    fn process_tables(&mut self, reader: wasmparser::TableSectionReader<'_>) -> CompileResult<()> {
        let offset = reader.range().start as usize;
        for table in reader {
            let table = table?;
            self.info
                .tables
                .push(convert_table_type(&table.ty, &self.info.type_ids, offset)?);
            let init = match table.init {
                wasmparser::TableInit::RefNull => None,
                wasmparser::TableInit::Expr(expr) => Some(self.convert_const_expr(&expr)?),
            };
            self.info.table_inits.push(init);
        }
        Ok(())
    }

    fn process_memories(
        &mut self,
        reader: wasmparser::MemorySectionReader<'_>,
    ) -> CompileResult<()> {
        let offset = reader.range().start as usize;
        for memory in reader {
            self.info
                .memories
                .push(convert_memory_type(&memory?, offset)?);
        }
        Ok(())
    }

    fn process_globals(
        &mut self,
        reader: wasmparser::GlobalSectionReader<'_>,
    ) -> CompileResult<()> {
        let offset = reader.range().start as usize;
        for global in reader {
            let global = global?;
            self.info.globals.push(convert_global_type(
                &global.ty,
                &self.info.type_ids,
                offset,
            )?);
            self.info
                .global_inits
                .push(self.convert_const_expr(&global.init_expr)?);
        }
        Ok(())
    }

    fn process_exports(
        &mut self,
        reader: wasmparser::ExportSectionReader<'_>,
    ) -> CompileResult<()> {
        for export in reader {
            let export = export?;
            let index = match export.kind {
                wasmparser::ExternalKind::Func | wasmparser::ExternalKind::FuncExact => {
                    let func = FuncIndex::from_u32(export.index);
                    self.info.escaping_funcs.push(func);
                    EntityIndex::Func(func)
                }
                wasmparser::ExternalKind::Table => {
                    EntityIndex::Table(TableIndex::from_u32(export.index))
                }
                wasmparser::ExternalKind::Memory => {
                    EntityIndex::Memory(MemoryIndex::from_u32(export.index))
                }
                wasmparser::ExternalKind::Global => {
                    EntityIndex::Global(GlobalIndex::from_u32(export.index))
                }
                wasmparser::ExternalKind::Tag => EntityIndex::Tag(TagIndex::from_u32(export.index)),
            };
            self.info.exports.push(Export {
                name: export.name.to_string(),
                index,
            });
        }
        Ok(())
    }

    fn process_elements(
        &mut self,
        reader: wasmparser::ElementSectionReader<'_>,
    ) -> CompileResult<()> {
        let offset = reader.range().start as usize;
        for element in reader {
            let element = element?;
            let (ty, items) = match element.items {
                wasmparser::ElementItems::Functions(funcs) => {
                    let mut items = Vec::new();
                    for func in funcs {
                        let func = FuncIndex::from_u32(func?);
                        self.info.escaping_funcs.push(func);
                        items.push(ConstExpr(Box::new([ConstOp::RefFunc(func)])));
                    }
                    // Function indices make a segment of non-null function references.
                    (ValType::Ref(RefType::new(false, HeapType::Func)), items)
                }
                wasmparser::ElementItems::Expressions(ty, exprs) => {
                    let mut items = Vec::new();
                    for expr in exprs {
                        let expr = self.convert_const_expr(&expr?)?;
                        for op in expr.0.iter() {
                            if let ConstOp::RefFunc(func) = op {
                                self.info.escaping_funcs.push(*func);
                            }
                        }
                        items.push(expr);
                    }
                    let ty = RefType::from_wasm(ty, &self.info.type_ids, offset)?;
                    (ValType::Ref(ty), items)
                }
            };
            let mode = match element.kind {
                wasmparser::ElementKind::Passive => ElementMode::Passive,
                wasmparser::ElementKind::Declared => ElementMode::Declared,
                wasmparser::ElementKind::Active {
                    table_index,
                    offset_expr,
                } => ElementMode::Active {
                    table: TableIndex::from_u32(table_index.unwrap_or(0)),
                    offset: self.convert_const_expr(&offset_expr)?,
                },
            };
            self.info.elements.push(ElementSegment {
                mode,
                ty,
                items: items.into(),
            });
        }
        Ok(())
    }

    /// Records the data segments; their bytes are copied into one shared buffer.
    fn process_data(&mut self, reader: wasmparser::DataSectionReader<'_>) -> CompileResult<()> {
        let count = reader.count() as usize;
        let section = reader.range();
        let mut bytes = Vec::with_capacity((section.end - section.start) as usize);
        let mut segments = Vec::with_capacity(count);
        for data in reader {
            let data = data?;
            let mode = match data.kind {
                wasmparser::DataKind::Passive => DataMode::Passive,
                wasmparser::DataKind::Active {
                    memory_index,
                    offset_expr,
                } => DataMode::Active {
                    memory: MemoryIndex::from_u32(memory_index),
                    offset: self.convert_const_expr(&offset_expr)?,
                },
            };
            let start = bytes.len();
            bytes.extend_from_slice(data.data);
            segments.push((mode, start..bytes.len()));
        }
        let buffer: Arc<[u8]> = bytes.into();
        self.info.data.reserve(count);
        for (mode, range) in segments {
            self.info.data.push(DataSegment {
                mode,
                bytes: SharedBytes::new(buffer.clone(), range),
            });
        }
        Ok(())
    }

    /// Validates a code section entry and sets its body aside for the code generator.
    fn code_entry<'b>(
        &mut self,
        body: wasmparser::FunctionBody<'b>,
    ) -> CompileResult<PendingBody<'b>> {
        let validator = self.validator.code_section_entry(&body)?;
        let mut reader = body.get_binary_reader();
        let offset = reader.original_position() as usize;
        let bytes = reader.read_bytes(reader.bytes_remaining())?;
        Ok(PendingBody {
            bytes: BodyBytes(bytes),
            offset,
            validator,
        })
    }
}

/// Converts a wasmparser function type.
/// Concrete reference types index `signatures`.
pub(crate) fn convert_func_type(
    ty: &wasmparser::FuncType,
    signatures: &PrimaryMap<TypeIndex, ConcreteType>,
    offset: usize,
) -> CompileResult<FuncType> {
    let params = ty
        .params()
        .iter()
        .map(|ty| ValType::from_wasm(*ty, signatures, offset))
        .collect::<CompileResult<Vec<_>>>()?;
    let results = ty
        .results()
        .iter()
        .map(|ty| ValType::from_wasm(*ty, signatures, offset))
        .collect::<CompileResult<Vec<_>>>()?;
    Ok(FuncType::new(params, results))
}

/// The kind of a wasmparser composite type; shared types, descriptors and
/// continuations are unsupported.
fn composite_kind(ty: &wasmparser::CompositeType, offset: usize) -> CompileResult<CompositeKind> {
    use wasmparser::CompositeInnerType as W;
    if ty.shared {
        return Err(CompileError::unsupported("shared types", offset));
    }
    if ty.descriptor_idx.is_some() || ty.describes_idx.is_some() {
        return Err(CompileError::unsupported("custom descriptors", offset));
    }
    match ty.inner {
        W::Func(_) => Ok(CompositeKind::Func),
        W::Struct(_) => Ok(CompositeKind::Struct),
        W::Array(_) => Ok(CompositeKind::Array),
        W::Cont(_) => Err(CompileError::unsupported("continuation types", offset)),
    }
}

/// Converts a wasmparser subtype whose type indices are module indices resolved by
/// `types` (placeholder ids for the types of its own recursion group).
fn convert_sub_type(
    ty: &wasmparser::SubType,
    types: &PrimaryMap<TypeIndex, ConcreteType>,
    offset: usize,
) -> CompileResult<SubType> {
    use wasmparser::CompositeInnerType as W;
    let supertype = match ty.supertype_idxs.as_slice() {
        [] => None,
        [index] => {
            let index = index.as_module_index().ok_or_else(|| {
                CompileError::internal("a supertype index of a recursion group being read")
            })?;
            let concrete = types.get(TypeIndex::from_u32(index)).ok_or_else(|| {
                CompileError::internal(format!("supertype index {index} out of range"))
            })?;
            Some(concrete.id)
        }
        _ => return Err(CompileError::unsupported("several supertypes", offset)),
    };
    let field = |field: &wasmparser::FieldType| -> CompileResult<FieldType> {
        Ok(FieldType {
            storage: match field.element_type {
                wasmparser::StorageType::I8 => StorageType::I8,
                wasmparser::StorageType::I16 => StorageType::I16,
                wasmparser::StorageType::Val(ty) => {
                    StorageType::Val(ValType::from_wasm(ty, types, offset)?)
                }
            },
            mutable: field.mutable,
        })
    };
    let composite = match &ty.composite_type.inner {
        W::Func(func) => CompositeType::Func(convert_func_type(func, types, offset)?),
        W::Struct(fields) => CompositeType::Struct(StructType {
            fields: fields
                .fields
                .iter()
                .map(field)
                .collect::<CompileResult<_>>()?,
        }),
        W::Array(array) => CompositeType::Array(ArrayType(field(&array.0)?)),
        W::Cont(_) => return Err(CompileError::unsupported("continuation types", offset)),
    };
    Ok(SubType {
        is_final: ty.is_final,
        supertype,
        composite,
    })
}

fn convert_table_type(
    ty: &wasmparser::TableType,
    signatures: &PrimaryMap<TypeIndex, ConcreteType>,
    offset: usize,
) -> CompileResult<TableType> {
    if ty.shared {
        return Err(CompileError::unsupported("shared tables", offset));
    }
    Ok(TableType {
        element: ValType::Ref(RefType::from_wasm(ty.element_type, signatures, offset)?),
        limits: Limits {
            min: ty.initial,
            max: ty.maximum,
        },
        index_type: index_type(ty.table64),
    })
}

fn convert_memory_type(ty: &wasmparser::MemoryType, offset: usize) -> CompileResult<MemoryType> {
    let page_size_log2 = match ty.page_size_log2 {
        None => DEFAULT_PAGE_SIZE_LOG2,
        Some(log2 @ (0 | 16)) => log2 as u8,
        Some(log2) => {
            return Err(CompileError::unsupported(
                format!("memory page size 2^{log2}"),
                offset,
            ))
        }
    };
    Ok(MemoryType {
        limits: Limits {
            min: ty.initial,
            max: ty.maximum,
        },
        index_type: index_type(ty.memory64),
        page_size_log2,
        shared: ty.shared,
    })
}

/// The index type of a memory or table whose `*64` flag is `wide`.
fn index_type(wide: bool) -> IndexType {
    if wide {
        IndexType::I64
    } else {
        IndexType::I32
    }
}

fn convert_global_type(
    ty: &wasmparser::GlobalType,
    signatures: &PrimaryMap<TypeIndex, ConcreteType>,
    offset: usize,
) -> CompileResult<GlobalType> {
    if ty.shared {
        return Err(CompileError::unsupported("shared globals", offset));
    }
    Ok(GlobalType {
        content: ValType::from_wasm(ty.content_type, signatures, offset)?,
        mutable: ty.mutable,
    })
}

impl ModuleParser<'_> {
    /// Converts an (already validated) constant expression.
    fn convert_const_expr(&self, expr: &wasmparser::ConstExpr<'_>) -> CompileResult<ConstExpr> {
        use wasmparser::Operator as Op;
        let mut first = None;
        let mut ops = Vec::new();
        let mut reader = expr.get_operators_reader();
        loop {
            let offset = reader.original_position() as usize;
            let op = match reader.read()? {
                Op::End => break,
                Op::I32Const { value } => ConstOp::I32(value),
                Op::I64Const { value } => ConstOp::I64(value),
                Op::F32Const { value } => ConstOp::F32(value.bits()),
                Op::F64Const { value } => ConstOp::F64(value.bits()),
                Op::V128Const { value } => ConstOp::V128(value.i128() as u128),
                Op::RefNull { hty } => {
                    let ty = wasmparser::RefType::new(true, hty)
                        .ok_or_else(|| CompileError::unsupported("reference type", offset))?;
                    let ty = RefType::from_wasm(ty, &self.info.type_ids, offset)?;
                    ConstOp::RefNull(ValType::Ref(ty))
                }
                Op::RefFunc { function_index } => {
                    ConstOp::RefFunc(FuncIndex::from_u32(function_index))
                }
                Op::GlobalGet { global_index } => {
                    ConstOp::GlobalGet(GlobalIndex::from_u32(global_index))
                }
                Op::I32Add => ConstOp::I32Add,
                Op::I32Sub => ConstOp::I32Sub,
                Op::I32Mul => ConstOp::I32Mul,
                Op::I64Add => ConstOp::I64Add,
                Op::I64Sub => ConstOp::I64Sub,
                Op::I64Mul => ConstOp::I64Mul,
                Op::RefI31 => ConstOp::RefI31,
                Op::AnyConvertExtern => ConstOp::AnyConvertExtern,
                Op::ExternConvertAny => ConstOp::ExternConvertAny,
                other => {
                    return Err(CompileError::unsupported(
                        format!("constant expression operator {other:?}"),
                        offset,
                    ))
                }
            };
            // Most expressions are one constant: keep it out of the `Vec` so it is boxed
            // with one allocation (and no shrinking reallocation).
            match first.take() {
                None if ops.is_empty() => first = Some(op),
                earlier => ops.extend(earlier.into_iter().chain([op])),
            }
        }
        Ok(ConstExpr(match (first, ops.is_empty()) {
            (Some(op), true) => Box::new([op]),
            _ => ops.into(),
        }))
    }
}
