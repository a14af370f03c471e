//! Descriptors and the sandbox: every guest path is resolved inside a preopened
//! directory, and anything that could leave it is refused.
//!
//! Resolution is lexical and strict: absolute paths are refused, `..` may only climb
//! back up to the preopened root (never above it), and a symbolic link anywhere on the
//! path is refused rather than followed, so a link cannot point the guest outside. The
//! last component is opened with `O_NOFOLLOW`, so a link swapped in between the check
//! and the open is refused by the host too.

use std::fs::{File, Metadata, OpenOptions};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::PathBuf;
use std::rc::Rc;

use super::errno::{fdflags, filetype, oflags, rights, Errno};

/// A directory inside a preopened root: the root and the path below it.
#[derive(Clone, Debug)]
pub(crate) struct DirHandle {
    root: Rc<PathBuf>,
    below_root: Vec<String>,
}

/// An open descriptor.
#[derive(Debug)]
pub(crate) enum Descriptor {
    /// Descriptor 0.
    Stdin,
    /// Descriptor 1.
    Stdout,
    /// Descriptor 2.
    Stderr,
    /// A preopened directory, announced to the guest by `fd_prestat_get`.
    Preopen {
        /// The directory.
        dir: DirHandle,
        /// The name the guest knows it by.
        guest_name: String,
    },
    /// A directory opened with `path_open`.
    Dir(DirHandle),
    /// A file opened with `path_open`.
    File(File),
}

impl Descriptor {
    /// The directory this descriptor names, or `ENOTDIR`/`EBADF`.
    pub(crate) fn dir(&self) -> Result<&DirHandle, Errno> {
        match self {
            Descriptor::Preopen { dir, .. } | Descriptor::Dir(dir) => Ok(dir),
            Descriptor::File(_) => Err(Errno::NOTDIR),
            _ => Err(Errno::BADF),
        }
    }
}

impl DirHandle {
    /// The preopened root itself.
    pub(crate) fn root(root: Rc<PathBuf>) -> Self {
        DirHandle {
            root,
            below_root: Vec::new(),
        }
    }

    /// Where this directory is on the host.
    pub(crate) fn host_path(&self) -> PathBuf {
        let mut path = PathBuf::clone(&self.root);
        path.extend(&self.below_root);
        path
    }

    /// Resolves the guest `path` relative to this directory, refusing absolute paths,
    /// escapes above the root and symbolic links.
    pub(crate) fn resolve(&self, path: &str) -> Result<DirHandle, Errno> {
        if path.is_empty() {
            return Err(Errno::NOENT);
        }
        if path.contains('\0') {
            return Err(Errno::INVAL);
        }
        if path.starts_with('/') {
            return Err(Errno::NOTCAPABLE);
        }
        let mut resolved = self.clone();
        for component in path.split('/') {
            match component {
                "" | "." => {}
                ".." => {
                    resolved.below_root.pop().ok_or(Errno::NOTCAPABLE)?;
                }
                name => {
                    resolved.below_root.push(name.to_string());
                    if is_symlink(&resolved.host_path()) {
                        return Err(Errno::NOTCAPABLE);
                    }
                }
            }
        }
        Ok(resolved)
    }

    /// Opens `path` below this directory as `path_open` asks.
    pub(crate) fn open(
        &self,
        path: &str,
        open_flags: u16,
        rights_base: u64,
        fd_flags: u16,
    ) -> Result<Descriptor, Errno> {
        let target = self.resolve(path)?;
        let host = target.host_path();
        let existing = std::fs::symlink_metadata(&host).ok();
        let is_dir = existing.as_ref().is_some_and(|meta| meta.is_dir());
        if open_flags & oflags::DIRECTORY != 0 {
            return match existing {
                Some(_) if is_dir => Ok(Descriptor::Dir(target)),
                Some(_) => Err(Errno::NOTDIR),
                None => Err(Errno::NOENT),
            };
        }
        if is_dir {
            if open_flags & (oflags::CREAT | oflags::TRUNC) != 0
                || rights_base & rights::FD_WRITE != 0
            {
                return Err(Errno::ISDIR);
            }
            return Ok(Descriptor::Dir(target));
        }
        let create = open_flags & oflags::CREAT != 0;
        let truncate = open_flags & oflags::TRUNC != 0;
        let append = fd_flags & fdflags::APPEND != 0;
        let write = rights_base & rights::FD_WRITE != 0 || create || truncate || append;
        let read = rights_base & rights::FD_READ != 0 || !write;
        let file = OpenOptions::new()
            .read(read)
            .write(write && !append)
            .append(append)
            .create(create)
            .create_new(create && open_flags & oflags::EXCL != 0)
            .truncate(truncate)
            .custom_flags(libc::O_NOFOLLOW)
            .open(&host)?;
        Ok(Descriptor::File(file))
    }
}

/// Whether `path` exists and is a symbolic link.
fn is_symlink(path: &std::path::Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|meta| meta.file_type().is_symlink())
}

/// The preview1 file type of host metadata.
pub(crate) fn filetype_of(meta: &Metadata) -> u8 {
    let kind = meta.file_type();
    if kind.is_dir() {
        filetype::DIRECTORY
    } else if kind.is_file() {
        filetype::REGULAR_FILE
    } else if kind.is_symlink() {
        filetype::SYMBOLIC_LINK
    } else {
        filetype::UNKNOWN
    }
}

/// The 64-byte preview1 `filestat` of host metadata.
pub(crate) fn filestat_bytes(meta: &Metadata) -> [u8; 64] {
    let nanos = |seconds: i64, nanos: i64| (seconds as u64 * 1_000_000_000) + nanos as u64;
    let mut bytes = [0u8; 64];
    let fields: [(usize, u64); 7] = [
        (0, meta.dev()),
        (8, meta.ino()),
        (24, meta.nlink()),
        (32, meta.size()),
        (40, nanos(meta.atime(), meta.atime_nsec())),
        (48, nanos(meta.mtime(), meta.mtime_nsec())),
        (56, nanos(meta.ctime(), meta.ctime_nsec())),
    ];
    for (offset, value) in fields {
        bytes[offset..offset + 8].copy_from_slice(&value.to_le_bytes());
    }
    bytes[16] = filetype_of(meta);
    bytes
}

/// The `filestat` of a standard stream: a character device with nothing else known.
pub(crate) fn stream_filestat_bytes() -> [u8; 64] {
    let mut bytes = [0u8; 64];
    bytes[16] = filetype::CHARACTER_DEVICE;
    bytes
}
