"""Run LibreOffice headless as a converter, safely.

* An isolated user profile per process (``lo_profile_<pid>`` under a private temp dir):
  concurrent soffice runs sharing a profile fail silently (docling #3819).
* Conversions within one process are serialised (one profile = one soffice at a time).
* ``start_new_session=True``; on timeout the whole process group gets SIGKILL, followed
  by a bounded wait, so no soffice.bin zombie or orphan survives. After a normal exit the
  group is also killed, in case a child lingered.
* A killed soffice cannot remove its single-instance socket (/tmp/OSL_PIPE_…); it is removed
  for it (`ipc_socket`), so a batch with many timeouts leaves nothing in /tmp.
* soffice outlives a process killed with SIGKILL (a batch's worker, when its supervisor is
  killed): it runs in a session of its own, and soffice.bin outlives its oosplash. So it is
  started under a lifeline (`_LIFELINE`): a shell that kills the whole group when the pipe
  from this process closes, however this process ends.
"""
from __future__ import annotations

import atexit
import hashlib
import os
import re
import shutil
import signal
import stat
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from ..errors import ExternalToolFailed

__all__ = ["available", "convert", "ipc_socket", "profile_of", "prune_dead_profiles", "release", "release_own",
           "soffice_path"]

_LOCK = threading.Lock()
_PROFILE_ROOT: Path | None = None
MAX_OUTPUT_BYTES = 256 * 1024 * 1024


def soffice_path() -> str | None:
    """Path of the soffice executable, or None (env PIPELINE_SOFFICE overrides)."""
    env = os.environ.get("PIPELINE_SOFFICE")
    if env:
        return env if os.path.isfile(env) and os.access(env, os.X_OK) else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def available() -> bool:
    return soffice_path() is not None


def _shared_root() -> Path | None:
    """``$TMPDIR/pipeline_lo_<uid>``, private to this user; None if it cannot be trusted."""
    root = Path(tempfile.gettempdir()) / f"pipeline_lo_{os.getuid()}"
    try:
        root.mkdir(mode=0o700, exist_ok=True)
        st = os.lstat(root)
    except OSError:
        return None
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & 0o077:
        return None
    return root


def _prune_dead_profiles(root: Path) -> None:
    """Remove lo_profile_<pid> dirs of processes that no longer exist (workers exit via os._exit)."""
    for entry in root.glob("lo_profile_*"):
        try:
            pid = int(entry.name.rsplit("_", 1)[1])
        except ValueError:
            continue
        if pid != os.getpid() and _gone(pid):
            release(entry)


def _gone(pid: int) -> bool:
    """Has process `pid` ended (a zombie not yet reaped has: a killed worker whose parent died too)?"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except (OSError, IndexError):
        return False


def prune_dead_profiles() -> None:
    """Remove the profiles, and the copies of inputs in them, of processes that are gone (a batch's
    workers killed with their supervisor by SIGKILL could not remove theirs)."""
    if profile_of(0).parent.is_dir() and (root := _shared_root()) is not None:
        _prune_dead_profiles(root)


def _profile_dir() -> Path:
    """The isolated LibreOffice profile of this process: <root>/lo_profile_<pid>."""
    global _PROFILE_ROOT
    if _PROFILE_ROOT is None or not _PROFILE_ROOT.is_dir():
        root = _shared_root()
        if root is None:
            root = Path(tempfile.mkdtemp(prefix="pipeline_lo_"))
        else:
            _prune_dead_profiles(root)
        _PROFILE_ROOT = root
    profile = _PROFILE_ROOT / f"lo_profile_{os.getpid()}"
    if not getattr(_profile_dir, "_registered", None) == os.getpid():
        atexit.register(_cleanup, profile, os.getpid())
        _profile_dir._registered = os.getpid()
    return profile


def profile_of(pid: int) -> Path:
    """Where the process `pid` keeps its profile when it could use the shared root."""
    return Path(tempfile.gettempdir()) / f"pipeline_lo_{os.getuid()}" / f"lo_profile_{pid}"


def release_own(root_at_fork: Path | None) -> None:
    """Remove this process's profile and socket, and the profile root when the process made
    a private one after `root_at_fork` (for a worker ending with os._exit, whose atexit hook
    does not run). Other processes' profiles in a shared root are left alone."""
    root = _PROFILE_ROOT
    if root is None:
        return
    release(root / f"lo_profile_{os.getpid()}")
    if root != root_at_fork and root != profile_of(0).parent:
        shutil.rmtree(root, ignore_errors=True)


def _cleanup(profile: Path, pid: int) -> None:
    if os.getpid() == pid:
        release(profile)


def release(profile: Path) -> None:
    """Remove a profile no soffice uses any more, and the socket a killed soffice left for it."""
    shutil.rmtree(profile, ignore_errors=True)
    _remove_ipc_socket(profile)


def ipc_socket(profile: Path) -> Path:
    """The single-instance socket of a soffice running with `profile`: LibreOffice names it
    OSL_PIPE_<uid>_SingleOfficeIPC_<MD5 of the profile's URL in UTF-16, each byte in unpadded
    hex> in /tmp (desktop/source/app/officeipcthread.cxx, sal/osl/unx/pipe.cxx)."""
    digest = hashlib.md5(profile.as_uri().encode("utf-16-le")).digest()
    return Path("/tmp") / f"OSL_PIPE_{os.getuid()}_SingleOfficeIPC_{''.join(format(b, 'x') for b in digest)}"


def _remove_ipc_socket(profile: Path) -> None:
    path = ipc_socket(profile)
    for where in (path, Path("/var/tmp") / path.name):  # /var/tmp when /tmp is not writable
        try:
            if stat.S_ISSOCK(os.lstat(where).st_mode):
                os.unlink(where)
        except OSError:
            pass


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _reap_group(pgid: int, timeout: float = 3.0) -> None:
    """Reap members of our soffice process group that were re-parented to us.

    When this process is a child subreaper (the batch supervisor sets
    PR_SET_CHILD_SUBREAPER), a killed soffice.bin whose parent died first becomes our
    child; without this it would stay a zombie. ``waitpid(-pgid)`` touches only that group.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            pid, _status = os.waitpid(-pgid, os.WNOHANG)
        except ChildProcessError:
            return  # no (more) children of ours in that group
        except OSError:
            return
        if pid == 0:
            if time.monotonic() > deadline:
                return
            time.sleep(0.02)


#: export filters by target extension (Writer, whatever module imported the file)
_EXPORT = {"docx": "docx:MS Word 2007 XML", "doc": "doc:MS Word 97", "pdf": "pdf:writer_pdf_Export"}
#: import filters by source suffix, where the default would open the wrong module
_IMPORT = {".html": "HTML (StarWriter)", ".htm": "HTML (StarWriter)"}


#: the shell soffice runs under (its arguments are soffice's): it keeps the pipe from the process that started it on fd 3,
#: and a watcher reading it kills the group (soffice, oosplash, soffice.bin) once that process is gone and the pipe closes
_LIFELINE = '''exec 3<&0
{ read -r _ <&3; kill -KILL 0; } </dev/null >/dev/null 2>&1 &
"$@" </dev/null 3<&- &
wait $!
'''


def convert(data: bytes, src_suffix: str, target: str = "docx", timeout: float = 60) -> bytes:
    """Convert `data` (a file whose type the suffix names, e.g. '.doc', '.rtf', '.html') to `target`.

    Returns the converted bytes. Raises `ExternalToolFailed` when soffice is missing,
    times out (after killing its process group), exits non-zero or writes no output.
    """
    exe = soffice_path()
    if exe is None:
        raise ExternalToolFailed("LibreOffice (soffice) is not installed")
    suffix = src_suffix if src_suffix.startswith(".") else "." + src_suffix
    if not suffix[1:].isalnum() or not target.replace(":", "").replace(" ", "").replace("_", "").isalnum():
        raise ValueError("bad suffix or target")
    export = _EXPORT.get(target, target)
    infilter = [f"--infilter={_IMPORT[suffix.lower()]}"] if suffix.lower() in _IMPORT else []
    with _LOCK:
        profile = _profile_dir()
        profile.mkdir(parents=True, exist_ok=True)
        # (the file's copy and the converter's own temporary files live in the profile, so a worker killed mid-way, whose
        # profile the batch removes, leaves neither behind: an input may be 100 MB, and soffice killed leaves its lu*.tmp)
        with tempfile.TemporaryDirectory(prefix="conv_", dir=profile) as work:
            src = Path(work) / f"input{suffix}"
            outdir = Path(work) / "out"
            outdir.mkdir()
            src.write_bytes(data)
            cmd = [
                exe, "--headless", "--invisible", "--nocrashreport", "--nodefault", "--nofirststartwizard",
                "--nolockcheck", "--nologo", "--norestore",
                f"-env:UserInstallation={profile.as_uri()}",
                *infilter, "--convert-to", export, "--outdir", str(outdir), str(src),
            ]
            env = dict(os.environ)
            env.setdefault("SAL_USE_VCLPLUGIN", "svp")
            env["HOME"] = work  # nothing leaks into the real home directory
            env["TMPDIR"] = work  # nor into the system's temporary directory
            lifeline, held = os.pipe()  # (this process holds the writing end until it is done with soffice, or dies)
            try:
                proc = subprocess.Popen(
                    ["/bin/sh", "-c", _LIFELINE, "sh", *cmd], stdin=lifeline, stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE, start_new_session=True, env=env, cwd=work,
                )
            except OSError as e:
                os.close(held)
                raise ExternalToolFailed(f"could not start LibreOffice: {e}") from None
            finally:
                os.close(lifeline)
            try:
                out, err = proc.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                _kill_group(proc)
                try:
                    proc.communicate(timeout=10)
                except subprocess.TimeoutExpired:
                    pass
                raise ExternalToolFailed(f"LibreOffice timed out after {timeout:g} s (killed)") from None
            finally:
                _kill_group(proc)  # kill any lingering soffice.bin in our session
                if proc.returncode is None:
                    try:
                        proc.wait(timeout=5)
                    except subprocess.TimeoutExpired:
                        pass
                os.close(held)
                _reap_group(proc.pid)
                _remove_ipc_socket(profile)  # left behind when soffice was killed
            ext = target.split(":", 1)[0]
            result = outdir / f"input.{ext}"
            if proc.returncode != 0 or not result.is_file():
                tail = (err or out or b"").decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
                raise ExternalToolFailed(
                    f"LibreOffice could not convert the file (exit {proc.returncode}): {tail[0][:200]}"
                )
            if result.stat().st_size > MAX_OUTPUT_BYTES:
                raise ExternalToolFailed("LibreOffice output is too large")
            return result.read_bytes()


def html_for_libreoffice(data: bytes) -> bytes:
    """An HTML page prepared for LibreOffice 7.4's HTML import: re-encoded as UTF-8.

    LibreOffice decodes a gb2312 label strictly (GBK-only characters such as 〇 or 喆
    come out mangled) and refuses to load pages carrying an X-UA-Compatible meta tag.
    """
    from .decode import declared_charset, decode

    text, _, _ = decode(data, declared_charset(data))
    text = re.sub(r"<meta[^>]*(charset|X-UA-Compatible)[^>]*>", "", text, flags=re.I)
    return text.replace("<head>", '<head><meta charset="utf-8">', 1).encode("utf-8")
