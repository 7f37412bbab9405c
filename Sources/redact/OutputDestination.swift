import ArgumentParser
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Where `-o PATH` (and `--report PATH`) writes, chosen by what PATH is when the run starts:
///
/// - No path: standard output.
/// - `/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`, or a link to one: the process's
///   own descriptor, duplicated rather than reopened, so a shell's `>>` keeps appending and a pipe
///   stays a pipe, exactly as without `-o`.
/// - Nothing there yet, or a regular file: a temporary `.redact-PID-XXXXXX` file in the same
///   directory, flushed to disk and renamed over PATH only when the run succeeds, so PATH holds the
///   old content or the whole new one, never part of a run. A replaced file keeps its permission
///   bits (and owner, where allowed); a new one gets 0666 minus the umask, as with `>`.
/// - A symbolic link: followed to its final target, which is replaced as above; the link stays a
///   link. Replacing the link itself would silently cut what relies on it (`current/out.txt` kept
///   as a link into a dated folder), and refusing would break such setups for no gain: `>` writes
///   through links too. A dangling link is refused (exit 2): where it points is easily a mistake.
/// - A named pipe, a character or block device, or a socket (also through links): opened and
///   written directly, never replaced. Fail-closed then means what it means on standard output:
///   output stops at the first bad record (what came before it is already out), the run exits
///   non-zero, and the report says up to which record the output is complete.
/// - A directory: refused (exit 2).
///
/// The temporary file is removed on every way a run can end: renamed on success; removed on
/// errors, a closed pipe, `--check`, and SIGINT/SIGTERM/SIGHUP (``RunRecorder``). Only SIGKILL or
/// a crash can leave one behind.
struct OutputDestination {
  enum Kind { case standardOutput, direct, atomic }

  let fd: Int32
  let kind: Kind
  /// The file the temporary file replaces (a link's final target).
  private let target: String?
  private let temporaryPath: String?

  init(path: String?) throws {
    guard let path else {
      fd = 1
      kind = .standardOutput
      target = nil
      temporaryPath = nil
      return
    }
    if let number = Self.descriptorNumber(following: path) {
      let descriptor = fcntl(number, F_DUPFD_CLOEXEC, 3)
      guard descriptor >= 0 else { throw Self.failure(path, "cannot write", errno) }
      (fd, kind, target, temporaryPath) = (descriptor, .direct, nil, nil)
      return
    }
    var target = path
    var info = stat()
    if lstat(path, &info) != 0 {
      guard errno == ENOENT else { throw Self.failure(path, "cannot write", errno) }
      (fd, temporaryPath) = try Self.makeTemporaryFile(beside: path, like: nil)
      (kind, self.target) = (.atomic, path)
      return
    }
    if info.st_mode & S_IFMT == S_IFLNK {
      guard let resolved = realpath(path, nil) else {
        if errno == ENOENT {
          Diagnostics.error("\(path) is a symbolic link to a file that does not exist; create it or name the target")
          throw ExitStatus.runtimeError
        }
        throw Self.failure(path, "cannot follow the link", errno)
      }
      target = String(cString: resolved)
      free(resolved)
      guard stat(target, &info) == 0 else { throw Self.failure(path, "cannot write", errno) }
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      (fd, temporaryPath) = try Self.makeTemporaryFile(beside: target, like: info)
      (kind, self.target) = (.atomic, target)
    case S_IFDIR:
      Diagnostics.error("\(path) is a directory; name a file to write")
      throw ExitStatus.runtimeError
    default:
      // Opening a named pipe waits for its reader, as a shell redirect does.
      let descriptor = open(target, O_WRONLY | O_CLOEXEC | O_NOCTTY)
      guard descriptor >= 0 else { throw Self.failure(path, "cannot write", errno) }
      (fd, kind, self.target, temporaryPath) = (descriptor, .direct, nil, nil)
    }
  }

  /// Moves the finished output into place (or just closes a direct one). Returns false (after
  /// saying why) on failure, with the temporary file removed.
  func commit() -> Bool {
    guard kind != .standardOutput else { return true }
    defer { close(fd) }
    guard let target, let temporaryPath else { return true }
    guard fsync(fd) == 0, rename(temporaryPath, target) == 0 else {
      Diagnostics.error("cannot write \(target): \(String(cString: strerror(errno)))")
      TemporaryFiles.shared.remove(temporaryPath)
      return false
    }
    TemporaryFiles.shared.forget(temporaryPath)
    return true
  }

  /// Throws the partial output away (a direct target keeps what was already written).
  func discard() {
    guard kind != .standardOutput else { return }
    close(fd)
    if let temporaryPath { TemporaryFiles.shared.remove(temporaryPath) }
  }

  private static func failure(_ path: String, _ what: String, _ code: Int32) -> ExitCode {
    Diagnostics.error("\(what) \(path): \(String(cString: strerror(code)))")
    return ExitStatus.runtimeError
  }

  private static func makeTemporaryFile(beside path: String, like existing: stat?) throws -> (Int32, String) {
    let directory = (path as NSString).deletingLastPathComponent
    let template = (directory.isEmpty ? "." : directory) + "/.redact-\(getpid())-XXXXXX"
    guard let (descriptor, temporaryPath) = TemporaryFiles.shared.create(template: template) else {
      Diagnostics.error("cannot create output beside \(path): \(String(cString: strerror(errno)))")
      throw ExitStatus.runtimeError
    }
    if let existing {
      fchmod(descriptor, existing.st_mode & 0o7777)
      _ = fchown(descriptor, existing.st_uid, existing.st_gid)
    } else {
      // mkstemp makes 0600; give the usual mode a shell redirect would give.
      let mask = umask(0)
      umask(mask)
      fchmod(descriptor, 0o666 & ~mask)
    }
    return (descriptor, temporaryPath)
  }

  /// The descriptor `path` names (`/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`), following
  /// symbolic links one at a time, or nil.
  static func descriptorNumber(following path: String) -> Int32? {
    var current = path
    for _ in 0..<40 {
      if let number = descriptorNumber(of: current) { return number }
      var bytes = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(current, &bytes, bytes.count - 1)
      guard count > 0 else { return nil }
      let next = String(decoding: bytes[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current = next.hasPrefix("/") ? next : ((current as NSString).deletingLastPathComponent + "/" + next)
    }
    return nil
  }

  private static func descriptorNumber(of path: String) -> Int32? {
    switch path {
    case "/dev/stdin": return 0
    case "/dev/stdout": return 1
    case "/dev/stderr": return 2
    default:
      for prefix in ["/dev/fd/", "/proc/self/fd/", "/proc/\(getpid())/fd/"] where path.hasPrefix(prefix) {
        return Int32(path.dropFirst(prefix.count))
      }
      return nil
    }
  }
}

/// Every temporary file this process has made and not yet renamed, so that a termination signal
/// can remove them from another thread.
final class TemporaryFiles: @unchecked Sendable {
  static let shared = TemporaryFiles()
  private let lock = NSLock()
  private var paths: Set<String> = []
  private var sealed = false

  /// mkstemp, registered before anyone else can see the name. Nil (with errno set) on failure.
  func create(template: String) -> (Int32, String)? {
    lock.withLock {
      guard !sealed else {
        errno = EINTR
        return nil
      }
      var bytes = Array(template.utf8CString)
      let descriptor = mkstemp(&bytes)
      guard descriptor >= 0 else { return nil }
      let path = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      paths.insert(path)
      return (descriptor, path)
    }
  }

  func remove(_ path: String) {
    lock.withLock {
      unlink(path)
      paths.remove(path)
    }
  }

  /// After a successful rename: the name is no longer a temporary file.
  func forget(_ path: String) {
    _ = lock.withLock { paths.remove(path) }
  }

  /// Removes them all and refuses new ones (the process is about to exit).
  func removeAllAndSeal() {
    lock.withLock {
      for path in paths { unlink(path) }
      paths.removeAll()
      sealed = true
    }
  }
}
