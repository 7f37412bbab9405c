internal import CRedactOpenSSLShims

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads and writes Redact key files.
///
/// A key file holds one 256-bit master key as text: a comment line, then
/// `redact-key-v1:<64 hex digits>`. It must be a regular file owned by the user running Redact
/// that only its owner can read or write (mode 0600 or 0400); anything looser, or a file another
/// user owns (root can read anyone's file: a key planted or left by someone else is refused
/// too), is refused, like ssh refuses loose private keys. Keys never come from the command line,
/// and no error message ever contains key bytes or the file's contents.
public enum KeyFile {
  /// The master key length in bytes.
  public static let keyLength = 32
  static let prefix = "redact-key-v1:"

  /// Why a key file could not be read or written. Messages name the path, never the key.
  public enum Error: Swift.Error, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case notRegularFile(path: String)
    case tooPermissive(path: String, mode: UInt32)
    case wrongOwner(path: String, owner: UInt32)
    case malformed(path: String)
    case alreadyExists(path: String)
    case writeFailed(path: String, reason: String)
    case severalKeys(path: String)
    case weakKey(path: String)

    /// A one-line message for the user, naming the path and what to do. A path that looks
    /// like a key (`--key-file "$(cat k.key)"`, a key pasted where its file's path belongs) is
    /// withheld: the message would put the key in a terminal's scroll-back and CI logs.
    public var description: String {
      switch self.withheldPath {
      case .cannotOpen(let path, let reason): "cannot open key file \(path): \(reason)"
      case .notRegularFile(let path): "key file \(path) is not a regular file"
      case .tooPermissive(let path, let mode):
        "key file \(path) is readable or writable by group or others (mode \(String(mode & 0o777, radix: 8))); run: chmod 600 \(path)"
      case .wrongOwner(let path, let owner):
        "key file \(path) belongs to another user (uid \(owner)); a key must belong to the user who runs redact: copy it as that user and chmod 600 it"
      case .malformed(let path):
        "key file \(path) is not a Redact key file (expected a line 'redact-key-v1:<64 hex digits>'; make one with 'redact keygen')"
      case .alreadyExists(let path): "\(path) already exists; refusing to overwrite a key (use --force)"
      case .writeFailed(let path, let reason): "cannot write key file \(path): \(reason)"
      case .severalKeys(let path):
        "key file \(path) holds more than one key line; a key file holds one key (make one with 'redact keygen')"
      case .weakKey(let path):
        "key file \(path) holds a key of all zeros, not a random key; make one with 'redact keygen'"
      }
    }

    /// The same error with its path replaced by a note when the path looks like key material.
    private var withheldPath: Self {
      let shown = { (path: String) in KeyFile.shownPath(path) }
      return switch self {
      case .cannotOpen(let path, let reason): .cannotOpen(path: shown(path), reason: reason)
      case .notRegularFile(let path): .notRegularFile(path: shown(path))
      case .tooPermissive(let path, let mode): .tooPermissive(path: shown(path), mode: mode)
      case .wrongOwner(let path, let owner): .wrongOwner(path: shown(path), owner: owner)
      case .malformed(let path): .malformed(path: shown(path))
      case .alreadyExists(let path): .alreadyExists(path: shown(path))
      case .writeFailed(let path, let reason): .writeFailed(path: shown(path), reason: reason)
      case .severalKeys(let path): .severalKeys(path: shown(path))
      case .weakKey(let path): .weakKey(path: shown(path))
      }
    }
  }

  /// `path` as messages show it: withheld when it holds a key file's prefix or a run of 16 or
  /// more hex digits (a key, or a piece of one, given where a path belongs).
  static func shownPath(_ path: String) -> String {
    var run = 0
    for byte in path.utf8 {
      run = hexValue(byte) != nil ? run + 1 : 0
      if run >= 16 { return withheld }
    }
    return path.contains(prefix.dropLast()) ? withheld : path
  }

  private static let withheld =
    "(withheld: the value given looks like a key, not a path; give the path of the key's file)"

  /// Loads the master key from `path`, checking its permissions first.
  public static func load(path: String) throws -> SecretBytes {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)
    guard fd >= 0 else { throw Error.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw Error.cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    guard (info.st_mode & S_IFMT) == S_IFREG else { throw Error.notRegularFile(path: path) }
    guard info.st_mode & 0o077 == 0 else {
      throw Error.tooPermissive(path: path, mode: UInt32(info.st_mode))
    }
    guard info.st_uid == geteuid() else { throw Error.wrongOwner(path: path, owner: UInt32(info.st_uid)) }
    guard info.st_size <= 4096 else { throw Error.malformed(path: path) }
    var buffer = [UInt8](repeating: 0, count: 4096)
    defer { redact_cleanse(&buffer, buffer.count) }
    var total = 0
    while total < buffer.count {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + total, $0.count - total) }
      if n < 0 && errno == EINTR { continue }
      guard n >= 0 else { throw Error.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
      if n == 0 { break }
      total += n
    }
    return try parse(buffer[0..<total], path: path)
  }

  /// Parses key-file contents (exposed for tests).
  static func parse(_ contents: ArraySlice<UInt8>, path: String) throws -> SecretBytes {
    let prefixBytes = Array(prefix.utf8)
    var lineStart = contents.startIndex
    while lineStart < contents.endIndex {
      let lineEnd = contents[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? contents.endIndex
      var line = contents[lineStart..<lineEnd]
      while let last = line.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: " ") { line = line.dropLast() }
      if line.starts(with: prefixBytes) {
        // Two keys in one file: which one a run used would be a guess.
        guard contents[lineEnd...].firstRange(of: prefixBytes) == nil else { throw Error.severalKeys(path: path) }
        let hex = line.dropFirst(prefixBytes.count)
        guard hex.count == keyLength * 2 else { throw Error.malformed(path: path) }
        var anyBitSet = false
        let key = try SecretBytes(count: keyLength) { out in
          var index = hex.startIndex
          for i in 0..<keyLength {
            guard let high = hexValue(hex[index]), let low = hexValue(hex[index + 1]) else {
              throw Error.malformed(path: path)
            }
            out[i] = high << 4 | low
            anyBitSet = anyBitSet || out[i] != 0
            index += 2
          }
        }
        guard anyBitSet else { throw Error.weakKey(path: path) }
        return key
      }
      lineStart = lineEnd + 1
    }
    throw Error.malformed(path: path)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  /// Generates a new random master key and writes it to `path` with mode 0600.
  /// Refuses to replace an existing file unless `overwrite` is set.
  public static func generate(path: String, overwrite: Bool = false) throws {
    let key = try SecureRandom.secret(keyLength)
    let comment = Array(
      "# Redact master key. Anyone holding this file can link pseudonyms and decrypt tokens.\n# Keep it mode 0600, out of version control, and apart from the data it protects.\n"
        .utf8)
    // The hex text is the key: it is built in one buffer allocated at its final size (an array
    // that grows leaves freed, unwiped copies of what it held so far) and wiped when done.
    let size = comment.count + prefix.utf8.count + keyLength * 2 + 1
    var text = [UInt8](repeating: 0, count: size)
    defer { redact_cleanse(&text, text.count) }
    text.withUnsafeMutableBufferPointer { out in
      var index = 0
      for byte in comment + Array(prefix.utf8) {
        out[index] = byte
        index += 1
      }
      let digits = Array("0123456789abcdef".utf8)
      key.withUnsafeBytes { raw in
        for byte in raw {
          out[index] = digits[Int(byte >> 4)]
          out[index + 1] = digits[Int(byte & 0x0F)]
          index += 2
        }
      }
      out[index] = UInt8(ascii: "\n")
    }
    var flags = O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW
    flags |= overwrite ? O_TRUNC : O_EXCL
    let fd = open(path, flags, 0o600)
    guard fd >= 0 else {
      if errno == EEXIST { throw Error.alreadyExists(path: path) }
      throw Error.writeFailed(path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(fd) }
    guard fchmod(fd, 0o600) == 0 else {
      throw Error.writeFailed(path: path, reason: String(cString: strerror(errno)))
    }
    var written = 0
    while written < text.count {
      let n = text.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { throw Error.writeFailed(path: path, reason: String(cString: strerror(errno))) }
      written += n
    }
    guard fsync(fd) == 0 else { throw Error.writeFailed(path: path, reason: String(cString: strerror(errno))) }
  }
}
