//! The descriptor and path calls. Each takes the call's arguments as raw integers
//! (`i32` zero-extended); paths are resolved by [`DirHandle`](super::fs::DirHandle).

use std::io::{Read, Seek, SeekFrom, Write};

use super::ctx::WasiCtx;
use super::errno::{filetype, rights, whence, Errno};
use super::fs::{filestat_bytes, filetype_of, stream_filestat_bytes, Descriptor};
use super::guest::GuestMemory;
use super::proc::CallResult;

/// `fd_write(fd, iovs, iovs_len, nwritten_out)`.
pub(crate) fn fd_write(ctx: &mut WasiCtx, memory: &mut GuestMemory<'_>, a: &[u64]) -> CallResult {
    let fd = a[0] as u32;
    ctx.get(fd)?;
    let iovecs = memory.iovecs(a[1] as u32, a[2] as u32)?;
    let mut written = 0u32;
    for (ptr, len) in iovecs {
        let bytes = memory.slice(ptr, len)?;
        match ctx.get(fd)? {
            Descriptor::Stdout => ctx.stdout.write(1, bytes)?,
            Descriptor::Stderr => ctx.stderr.write(2, bytes)?,
            Descriptor::File(file) => file.write_all(bytes)?,
            Descriptor::Preopen { .. } | Descriptor::Dir(_) => return Err(Errno::ISDIR),
            Descriptor::Stdin => return Err(Errno::BADF),
        }
        written = written.wrapping_add(len);
    }
    memory.write_u32(a[3] as u32, written)
}

/// `fd_read(fd, iovs, iovs_len, nread_out)`.
pub(crate) fn fd_read(ctx: &mut WasiCtx, memory: &mut GuestMemory<'_>, a: &[u64]) -> CallResult {
    let fd = a[0] as u32;
    ctx.get(fd)?;
    let iovecs = memory.iovecs(a[1] as u32, a[2] as u32)?;
    let mut read = 0u32;
    for (ptr, len) in iovecs {
        let buffer = memory.slice_mut(ptr, len)?;
        let count = match ctx.get(fd)? {
            Descriptor::Stdin => ctx.stdin.read(buffer)?,
            Descriptor::File(file) => file.read(buffer)?,
            Descriptor::Preopen { .. } | Descriptor::Dir(_) => return Err(Errno::ISDIR),
            Descriptor::Stdout | Descriptor::Stderr => return Err(Errno::BADF),
        };
        read += count as u32;
        if count < len as usize {
            break;
        }
    }
    memory.write_u32(a[3] as u32, read)
}

/// `fd_seek(fd, offset, whence, newoffset_out)`.
pub(crate) fn fd_seek(ctx: &mut WasiCtx, memory: &mut GuestMemory<'_>, a: &[u64]) -> CallResult {
    let offset = a[1] as i64;
    let file = match ctx.get(a[0] as u32)? {
        Descriptor::File(file) => file,
        Descriptor::Stdin | Descriptor::Stdout | Descriptor::Stderr => return Err(Errno::SPIPE),
        Descriptor::Preopen { .. } | Descriptor::Dir(_) => return Err(Errno::BADF),
    };
    let position = match a[2] as u8 {
        whence::SET if offset >= 0 => SeekFrom::Start(offset as u64),
        whence::CUR => SeekFrom::Current(offset),
        whence::END => SeekFrom::End(offset),
        _ => return Err(Errno::INVAL),
    };
    let new_offset = file.seek(position)?;
    memory.write_u64(a[3] as u32, new_offset)
}

/// `fd_close(fd)`.
pub(crate) fn fd_close(ctx: &mut WasiCtx, _: &mut GuestMemory<'_>, a: &[u64]) -> CallResult {
    ctx.fds.remove(&(a[0] as u32)).map(drop).ok_or(Errno::BADF)
}

/// `fd_sync(fd)`.
pub(crate) fn fd_sync(ctx: &mut WasiCtx, _: &mut GuestMemory<'_>, a: &[u64]) -> CallResult {
    match ctx.get(a[0] as u32)? {
        Descriptor::File(file) => Ok(file.sync_all()?),
        _ => Ok(()),
    }
}

/// `fd_fdstat_get(fd, fdstat_out)`: type, no flags, every right.
pub(crate) fn fd_fdstat_get(
    ctx: &mut WasiCtx,
    memory: &mut GuestMemory<'_>,
    a: &[u64],
) -> CallResult {
    let kind = match ctx.get(a[0] as u32)? {
        Descriptor::Stdin | Descriptor::Stdout | Descriptor::Stderr => filetype::CHARACTER_DEVICE,
        Descriptor::Preopen { .. } | Descriptor::Dir(_) => filetype::DIRECTORY,
        Descriptor::File(file) => filetype_of(&file.metadata()?),
    };
    let mut stat = [0u8; 24];
    stat[0] = kind;
    stat[8..16].copy_from_slice(&rights::ALL.to_le_bytes());
    stat[16..24].copy_from_slice(&rights::ALL.to_le_bytes());
    memory.write(a[1] as u32, &stat)
}

/// `fd_filestat_get(fd, filestat_out)`.
pub(crate) fn fd_filestat_get(
    ctx: &mut WasiCtx,
    memory: &mut GuestMemory<'_>,
    a: &[u64],
) -> CallResult {
    let stat = match ctx.get(a[0] as u32)? {
        Descriptor::Stdin | Descriptor::Stdout | Descriptor::Stderr => stream_filestat_bytes(),
        Descriptor::Preopen { dir, .. } | Descriptor::Dir(dir) => {
            filestat_bytes(&std::fs::metadata(dir.host_path())?)
        }
        Descriptor::File(file) => filestat_bytes(&file.metadata()?),
    };
    memory.write(a[1] as u32, &stat)
}

/// The guest name of preopened directory `fd`, or `EBADF`.
fn preopen_name(ctx: &mut WasiCtx, fd: u32) -> Result<Vec<u8>, Errno> {
    match ctx.get(fd)? {
        Descriptor::Preopen { guest_name, .. } => Ok(guest_name.clone().into_bytes()),
        _ => Err(Errno::BADF),
    }
}

/// `fd_prestat_get(fd, prestat_out)`: a directory tag and its name's length.
pub(crate) fn fd_prestat_get(
    ctx: &mut WasiCtx,
    memory: &mut GuestMemory<'_>,
    a: &[u64],
) -> CallResult {
    let name = preopen_name(ctx, a[0] as u32)?;
    let mut prestat = [0u8; 8];
    prestat[4..8].copy_from_slice(&(name.len() as u32).to_le_bytes());
    memory.write(a[1] as u32, &prestat)
}

/// `fd_prestat_dir_name(fd, path, path_len)`.
pub(crate) fn fd_prestat_dir_name(
    ctx: &mut WasiCtx,
    memory: &mut GuestMemory<'_>,
    a: &[u64],
) -> CallResult {
    let name = preopen_name(ctx, a[0] as u32)?;
    if (a[2] as u32 as usize) < name.len() {
        return Err(Errno::INVAL);
    }
    memory.write(a[1] as u32, &name)
}

/// `path_open(dirfd, dirflags, path, path_len, oflags, rights_base, rights_inheriting,
/// fdflags, fd_out)`.
pub(crate) fn path_open(ctx: &mut WasiCtx, memory: &mut GuestMemory<'_>, a: &[u64]) -> CallResult {
    let path = memory.path(a[2] as u32, a[3] as u32)?;
    let opened = ctx
        .get(a[0] as u32)?
        .dir()?
        .open(path, a[4] as u16, a[5], a[7] as u16)?;
    let fd = ctx.insert(opened);
    memory.write_u32(a[8] as u32, fd)
}

/// `path_filestat_get(dirfd, lookupflags, path, path_len, filestat_out)`.
pub(crate) fn path_filestat_get(
    ctx: &mut WasiCtx,
    memory: &mut GuestMemory<'_>,
    a: &[u64],
) -> CallResult {
    let path = memory.path(a[2] as u32, a[3] as u32)?;
    let target = ctx.get(a[0] as u32)?.dir()?.resolve(path)?;
    let stat = filestat_bytes(&std::fs::symlink_metadata(target.host_path())?);
    memory.write(a[4] as u32, &stat)
}
