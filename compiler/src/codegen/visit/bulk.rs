//! Bulk memory and table operations (`memory.copy/fill/init`, `data.drop`,
//! `table.copy/init`, `elem.drop`), implemented as calls to runtime builtins.
