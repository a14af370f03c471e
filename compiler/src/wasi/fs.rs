//! Descriptors and the sandbox: every guest path is resolved beneath a directory the
//! guest holds, and nothing that could leave it is ever followed.
//!
//! # Capabilities, not path strings
//!
//! A directory the guest holds (a preopen, or one it opened) is an open host descriptor,
//! never a host path. A guest path is resolved relative to that descriptor by the kernel,
//! so what other processes do to the directory tree meanwhile (renaming directories,
//! exchanging a directory with a symbolic link) cannot make a path lead outside:
//!
//! * With `openat2(2)` (Linux 5.6+), the whole path is handed to the kernel with
//!   `RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS`: the kernel refuses
//!   any symbolic link and any `..` that would climb above the starting directory, and
//!   checks both atomically with the lookup itself.
//! * Where `openat2` is unavailable (older kernels, or a seccomp filter that answers
//!   `ENOSYS`/`EPERM`; probed once per process) or [`PathResolution::Portable`] asks for
//!   it, the path is walked one component at a time: each component is opened with
//!   `openat(parent, name, O_PATH | O_NOFOLLOW)` relative to the descriptor of the one
//!   before and checked with `fstat` on the descriptor just opened; `..` goes back to the
//!   descriptor held for the parent (a stack), and never above the starting directory.
//!   Every step names a single entry of a directory already held, so a concurrent swap
//!   can only make the walk fail or stay inside.
//!
//! Every operation works on the descriptor this resolution returns: `path_open` opens the
//! last component in the same call (with `O_NOFOLLOW`, and `O_CREAT` never follows a
//! link), `path_filestat_get` `fstat`s an `O_PATH` descriptor, `fd_filestat_get` on a
//! directory `fstat`s the descriptor held. No host path string is checked and then used.
//!
//! The rules a guest sees: absolute paths, and `..` above the directory descriptor the
//! path is resolved from, fail with `ENOTCAPABLE`; a symbolic link met anywhere on a path
//! fails with `ENOTCAPABLE` (it is never followed, wherever it points), except that
//! `path_filestat_get` without `SYMLINK_FOLLOW` describes the final link itself.
//!
//! `cap-std` (what wasmtime's WASI uses) builds the same two strategies; this module
//! needs only `open` and `stat`, so a hundred lines over `libc` (already a dependency)
//! do it without a new dependency tree, and keep the strategy testable one by one.

use std::ffi::{CStr, CString};
use std::fs::{File, Metadata};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::Path;

use super::errno::{fdflags, filetype, oflags, rights, Errno};
use super::guest::PATH_MAX;

/// How guest paths are resolved beneath a directory descriptor.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PathResolution {
    /// `openat2(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS)` where the kernel offers it, else
    /// the portable walk.
    #[default]
    Auto,
    /// Always the portable walk: one `openat(O_NOFOLLOW)` per component from descriptors
    /// held. For hosts whose seccomp policy kills a process calling `openat2` rather than
    /// failing the call, and for testing the walk on kernels that have `openat2`.
    Portable,
}

/// A directory the guest holds: an open host descriptor every path is resolved beneath.
#[derive(Debug)]
pub(crate) struct DirHandle {
    dir: File,
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
    /// Opens the host directory `host` (the embedder's choice, so the host path may
    /// go through links) as a preopen.
    pub(crate) fn open_host(host: &Path) -> std::io::Result<Self> {
        let dir = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_DIRECTORY | libc::O_CLOEXEC)
            .open(host)?;
        Ok(DirHandle { dir })
    }

    /// The directory's host metadata (`fstat` on the descriptor).
    pub(crate) fn metadata(&self) -> Result<Metadata, Errno> {
        Ok(self.dir.metadata()?)
    }

    /// The metadata of `path` beneath this directory; a final symbolic link is described
    /// itself unless `follow` asks for its target, which is refused (`ENOTCAPABLE`).
    pub(crate) fn stat(
        &self,
        path: &str,
        follow: bool,
        resolution: PathResolution,
    ) -> Result<Metadata, Errno> {
        let fd = open_beneath(self.dir.as_fd(), path, libc::O_PATH, 0, resolution)?;
        let meta = File::from(fd).metadata()?;
        if follow && meta.file_type().is_symlink() {
            return Err(Errno::NOTCAPABLE);
        }
        Ok(meta)
    }

    /// Opens `path` beneath this directory as `path_open` asks.
    pub(crate) fn open(
        &self,
        path: &str,
        open_flags: u16,
        rights_base: u64,
        fd_flags: u16,
        resolution: PathResolution,
    ) -> Result<Descriptor, Errno> {
        if open_flags & !oflags::ALL != 0 || fd_flags & !fdflags::ALL != 0 {
            return Err(Errno::INVAL);
        }
        let flags = if open_flags & oflags::DIRECTORY != 0 {
            if open_flags & (oflags::CREAT | oflags::EXCL | oflags::TRUNC) != 0 {
                return Err(Errno::INVAL);
            }
            libc::O_RDONLY | libc::O_DIRECTORY
        } else {
            open_file_flags(open_flags, rights_base, fd_flags)
        };
        let fd = open_beneath(self.dir.as_fd(), path, flags, 0o666, resolution)?;
        let file = File::from(fd);
        if file.metadata()?.is_dir() {
            Ok(Descriptor::Dir(DirHandle { dir: file }))
        } else {
            Ok(Descriptor::File(file))
        }
    }
}

/// The host `open` flags of a file (or directory opened for reading) as `path_open`
/// asks: written with the write right, `O_TRUNC`, `O_APPEND` or `O_CREAT`, read with the
/// read right or when not written.
fn open_file_flags(open_flags: u16, rights_base: u64, fd_flags: u16) -> libc::c_int {
    let create = open_flags & oflags::CREAT != 0;
    let truncate = open_flags & oflags::TRUNC != 0;
    let append = fd_flags & fdflags::APPEND != 0;
    let write = rights_base & rights::FD_WRITE != 0 || create || truncate || append;
    let read = rights_base & rights::FD_READ != 0 || !write;
    let mut flags = match (read, write) {
        (true, true) => libc::O_RDWR,
        (false, true) => libc::O_WRONLY,
        _ => libc::O_RDONLY,
    };
    if create {
        flags |= libc::O_CREAT;
        if open_flags & oflags::EXCL != 0 {
            flags |= libc::O_EXCL;
        }
    }
    if truncate {
        flags |= libc::O_TRUNC;
    }
    if append {
        flags |= libc::O_APPEND;
    }
    flags
}

/// Opens the guest `path` beneath `dir` with `flags` (`O_NOFOLLOW | O_CLOEXEC` added):
/// the one place guest paths reach the host.
fn open_beneath(
    dir: BorrowedFd<'_>,
    path: &str,
    flags: libc::c_int,
    mode: libc::mode_t,
    resolution: PathResolution,
) -> Result<OwnedFd, Errno> {
    if path.is_empty() {
        return Err(Errno::NOENT);
    }
    if path.len() > PATH_MAX {
        return Err(Errno::NAMETOOLONG);
    }
    if path.starts_with('/') {
        return Err(Errno::NOTCAPABLE);
    }
    let flags = flags | libc::O_NOFOLLOW | libc::O_CLOEXEC;
    #[cfg(target_os = "linux")]
    if resolution == PathResolution::Auto && openat2::available(dir) {
        let c_path = CString::new(path).map_err(|_| Errno::INVAL)?;
        if let Some(outcome) = openat2::open(dir, &c_path, flags, mode) {
            return outcome.map_err(|error| resolution_errno(&error));
        }
    }
    let _ = resolution;
    walk(dir, path, flags, mode)
}

/// The errno of a failed resolution: a symbolic link met (`ELOOP`, as nothing is
/// followed) or an escape (`EXDEV` from `RESOLVE_BENEATH`) is `ENOTCAPABLE`.
fn resolution_errno(error: &std::io::Error) -> Errno {
    match error.raw_os_error() {
        Some(libc::ELOOP | libc::EXDEV) => Errno::NOTCAPABLE,
        _ => Errno::from_io(error),
    }
}

/// The portable resolution: one component at a time from descriptors held, `..` back to
/// the parent's descriptor (never above `dir`), no link followed.
fn walk(
    dir: BorrowedFd<'_>,
    path: &str,
    flags: libc::c_int,
    mode: libc::mode_t,
) -> Result<OwnedFd, Errno> {
    // As in the kernel's lookup, a path ending in `/`, `.` or `..` names a directory.
    let must_be_dir = matches!(path.rsplit('/').next(), Some("" | "." | ".."));
    // At most `PATH_MAX / 2` components.
    let components: Vec<&str> = path
        .split('/')
        .filter(|c| !c.is_empty() && *c != ".")
        .collect();
    // The directories walked into below `dir`, innermost last.
    let mut held: Vec<File> = Vec::new();
    fn innermost<'a>(dir: BorrowedFd<'a>, held: &'a [File]) -> BorrowedFd<'a> {
        held.last().map_or(dir, |file| file.as_fd())
    }
    let (last, parents) = match components.split_last() {
        Some((last, parents)) => (*last, parents),
        None => (".", &[][..]),
    };
    for &component in parents {
        if component == ".." {
            held.pop().ok_or(Errno::NOTCAPABLE)?;
            continue;
        }
        let next = File::from(open_no_follow(innermost(dir, &held), &c_name(component)?)?);
        let kind = next.metadata()?.file_type();
        if kind.is_symlink() {
            return Err(Errno::NOTCAPABLE);
        }
        if !kind.is_dir() {
            return Err(Errno::NOTDIR);
        }
        held.push(next);
    }
    let name = if last == ".." {
        held.pop().ok_or(Errno::NOTCAPABLE)?;
        c".".to_owned()
    } else {
        c_name(last)?
    };
    let flags = if must_be_dir {
        flags | libc::O_DIRECTORY
    } else {
        flags
    };
    let parent = innermost(dir, &held);
    openat(parent, &name, flags, mode).map_err(|error| {
        // With `O_DIRECTORY`, a link is reported as `ENOTDIR`; say what it is.
        let link = error.raw_os_error() == Some(libc::ENOTDIR)
            && open_no_follow(parent, &name)
                .ok()
                .and_then(|fd| File::from(fd).metadata().ok())
                .is_some_and(|meta| meta.file_type().is_symlink());
        if link {
            Errno::NOTCAPABLE
        } else {
            resolution_errno(&error)
        }
    })
}

/// An `O_PATH` descriptor of the entry `name` of `dir` itself, link or not.
fn open_no_follow(dir: BorrowedFd<'_>, name: &CStr) -> Result<OwnedFd, Errno> {
    let flags = libc::O_PATH | libc::O_NOFOLLOW | libc::O_CLOEXEC;
    openat(dir, name, flags, 0).map_err(|error| resolution_errno(&error))
}

/// A single path component as a C string.
fn c_name(component: &str) -> Result<CString, Errno> {
    CString::new(component).map_err(|_| Errno::INVAL)
}

/// `openat(dir, name, flags, mode)`.
fn openat(
    dir: BorrowedFd<'_>,
    name: &CStr,
    flags: libc::c_int,
    mode: libc::mode_t,
) -> std::io::Result<OwnedFd> {
    loop {
        // SAFETY: `dir` is an open descriptor for the duration of the call and `name` a
        // NUL-terminated string; `openat` reads nothing else.
        let fd =
            unsafe { libc::openat(dir.as_raw_fd(), name.as_ptr(), flags, mode as libc::c_uint) };
        if fd >= 0 {
            // SAFETY: `openat` just returned this descriptor, and nothing else owns it.
            return Ok(unsafe { OwnedFd::from_raw_fd(fd) });
        }
        let error = std::io::Error::last_os_error();
        if error.kind() != std::io::ErrorKind::Interrupted {
            return Err(error);
        }
    }
}

/// `openat2(2)` with `RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS`.
#[cfg(target_os = "linux")]
mod openat2 {
    use std::ffi::CStr;
    use std::os::fd::{AsRawFd, BorrowedFd, FromRawFd, OwnedFd};
    use std::sync::OnceLock;

    /// `struct open_how` of `linux/openat2.h` (libc's is `non_exhaustive`).
    #[repr(C)]
    struct OpenHow {
        flags: u64,
        mode: u64,
        resolve: u64,
    }

    /// Confinement asked of every resolution.
    const RESOLVE: u64 =
        libc::RESOLVE_BENEATH | libc::RESOLVE_NO_SYMLINKS | libc::RESOLVE_NO_MAGICLINKS;

    /// Retries of a lookup the kernel reports as raced (`EAGAIN`) before the walk takes
    /// over.
    const RETRIES: u32 = 8;

    /// Whether the kernel lets this process call `openat2`; probed once with `dir`.
    pub(super) fn available(dir: BorrowedFd<'_>) -> bool {
        static AVAILABLE: OnceLock<bool> = OnceLock::new();
        *AVAILABLE.get_or_init(|| call(dir, c".", libc::O_PATH | libc::O_CLOEXEC, 0).is_ok())
    }

    /// Opens `path` beneath `dir`; `None` when the kernel keeps reporting the lookup as
    /// raced by a rename, so the caller walks instead.
    pub(super) fn open(
        dir: BorrowedFd<'_>,
        path: &CStr,
        flags: libc::c_int,
        mode: libc::mode_t,
    ) -> Option<std::io::Result<OwnedFd>> {
        for _ in 0..RETRIES {
            match call(dir, path, flags, mode) {
                Err(error) if error.raw_os_error() == Some(libc::EAGAIN) => continue,
                outcome => return Some(outcome),
            }
        }
        None
    }

    /// One `openat2` system call (restarted on `EINTR`).
    fn call(
        dir: BorrowedFd<'_>,
        path: &CStr,
        flags: libc::c_int,
        mode: libc::mode_t,
    ) -> std::io::Result<OwnedFd> {
        let how = OpenHow {
            flags: flags as u32 as u64,
            mode: if flags & (libc::O_CREAT | libc::O_TMPFILE) != 0 {
                u64::from(mode)
            } else {
                0
            },
            resolve: RESOLVE,
        };
        loop {
            // SAFETY: `dir` is open for the call, `path` is NUL-terminated and `how` is a
            // live `open_how` of the size passed; the kernel only reads them.
            let fd = unsafe {
                libc::syscall(
                    libc::SYS_openat2,
                    dir.as_raw_fd(),
                    path.as_ptr(),
                    &how as *const OpenHow,
                    size_of::<OpenHow>(),
                )
            };
            if fd >= 0 {
                // SAFETY: the system call just returned this descriptor; nothing else
                // owns it.
                return Ok(unsafe { OwnedFd::from_raw_fd(fd as libc::c_int) });
            }
            let error = std::io::Error::last_os_error();
            if error.kind() != std::io::ErrorKind::Interrupted {
                return Err(error);
            }
        }
    }
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
    let nanos = |seconds: i64, nanos: i64| {
        (seconds as u64)
            .wrapping_mul(1_000_000_000)
            .wrapping_add(nanos as u64)
    };
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
