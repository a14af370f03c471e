//! The preview1 numbers a guest sees: error codes, file types, flags and constants.

/// A preview1 error code (`errno`), returned to the guest as the function's `i32` result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Errno(pub u16);

impl Errno {
    /// No error.
    pub const SUCCESS: Errno = Errno(0);
    /// Access denied by the host file system.
    pub const ACCES: Errno = Errno(2);
    /// Not an open file descriptor (or not one of the right kind).
    pub const BADF: Errno = Errno(8);
    /// The file already exists.
    pub const EXIST: Errno = Errno(20);
    /// A pointer argument, or the array or buffer it starts, lies outside linear memory.
    pub const FAULT: Errno = Errno(21);
    /// An argument is invalid (unknown flags or enum values, sizes whose sum overflows
    /// 32 bits).
    pub const INVAL: Errno = Errno(28);
    /// An I/O error.
    pub const IO: Errno = Errno(29);
    /// A path is not valid UTF-8.
    pub const ILSEQ: Errno = Errno(25);
    /// The target is a directory.
    pub const ISDIR: Errno = Errno(31);
    /// A symbolic link was met where none is followed.
    pub const LOOP: Errno = Errno(32);
    /// A path is longer than `PATH_MAX` (4096 bytes).
    pub const NAMETOOLONG: Errno = Errno(37);
    /// No such file or directory.
    pub const NOENT: Errno = Errno(44);
    /// The function is not supported.
    pub const NOSYS: Errno = Errno(52);
    /// A path component is not a directory.
    pub const NOTDIR: Errno = Errno(54);
    /// The operation is not supported on this descriptor.
    pub const NOTSUP: Errno = Errno(58);
    /// A value does not fit its type (a string table beyond 4 GiB).
    pub const OVERFLOW: Errno = Errno(61);
    /// The operation is not permitted (absolute paths).
    pub const PERM: Errno = Errno(63);
    /// Seeking on a stream.
    pub const SPIPE: Errno = Errno(70);
    /// The path leaves the directory it is resolved in.
    pub const NOTCAPABLE: Errno = Errno(76);

    /// The code for a host I/O error.
    pub fn from_io(error: &std::io::Error) -> Errno {
        use std::io::ErrorKind;
        match error.kind() {
            ErrorKind::NotFound => Errno::NOENT,
            ErrorKind::PermissionDenied => Errno::ACCES,
            ErrorKind::AlreadyExists => Errno::EXIST,
            ErrorKind::InvalidInput => Errno::INVAL,
            _ => match error.raw_os_error() {
                Some(libc::ELOOP) => Errno::LOOP,
                Some(libc::ENOTDIR) => Errno::NOTDIR,
                Some(libc::EISDIR) => Errno::ISDIR,
                _ => Errno::IO,
            },
        }
    }
}

impl From<std::io::Error> for Errno {
    fn from(error: std::io::Error) -> Self {
        Errno::from_io(&error)
    }
}

/// A descriptor's file type (`filetype`).
pub mod filetype {
    /// Unknown or other.
    pub const UNKNOWN: u8 = 0;
    /// A character device (the standard streams).
    pub const CHARACTER_DEVICE: u8 = 2;
    /// A directory.
    pub const DIRECTORY: u8 = 3;
    /// A regular file.
    pub const REGULAR_FILE: u8 = 4;
    /// A symbolic link.
    pub const SYMBOLIC_LINK: u8 = 7;
}

/// `path_open`'s open flags (`oflags`).
pub mod oflags {
    /// Create the file if it does not exist.
    pub const CREAT: u16 = 1;
    /// Fail unless the path is a directory.
    pub const DIRECTORY: u16 = 2;
    /// With `CREAT`, fail if the file exists.
    pub const EXCL: u16 = 4;
    /// Truncate to length 0.
    pub const TRUNC: u16 = 8;
    /// Every defined flag; others are `EINVAL`.
    pub const ALL: u16 = CREAT | DIRECTORY | EXCL | TRUNC;
}

/// Path lookup flags (`lookupflags`).
pub mod lookupflags {
    /// Follow a final symbolic link (refused here: links are never followed).
    pub const SYMLINK_FOLLOW: u32 = 1;
}

/// Descriptor flags (`fdflags`).
pub mod fdflags {
    /// Writes go to the end of the file.
    pub const APPEND: u16 = 1;
    /// Every defined flag (`APPEND`, `DSYNC`, `NONBLOCK`, `RSYNC`, `SYNC`); others are
    /// `EINVAL`. Only `APPEND` changes anything here.
    pub const ALL: u16 = 0x1f;
}

/// Descriptor rights (`rights`) that decide how a file is opened.
pub mod rights {
    /// `fd_read`.
    pub const FD_READ: u64 = 1 << 1;
    /// `fd_write`.
    pub const FD_WRITE: u64 = 1 << 6;
    /// Every right: what this implementation reports for any descriptor.
    pub const ALL: u64 = (1 << 30) - 1;
}

/// Clock ids (`clockid`).
pub mod clock {
    /// Wall-clock time since the Unix epoch.
    pub const REALTIME: u32 = 0;
    /// A clock that never goes back.
    pub const MONOTONIC: u32 = 1;
    /// CPU time of the process.
    pub const PROCESS_CPUTIME: u32 = 2;
    /// CPU time of the thread.
    pub const THREAD_CPUTIME: u32 = 3;
}

/// `fd_seek`'s origins (`whence`).
pub mod whence {
    /// From the start.
    pub const SET: u8 = 0;
    /// From the current position.
    pub const CUR: u8 = 1;
    /// From the end.
    pub const END: u8 = 2;
}
