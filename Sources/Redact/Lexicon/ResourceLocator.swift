import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds Redact's bundled data (lexicons, tagger models).
///
/// `REDACT_RESOURCES` overrides the location (a directory holding `lexicon/` and `models/`), for
/// installs that copy the binary away from its SwiftPM resource bundle.
enum ResourceLocator {
  static func directory(_ name: String) throws -> URL {
    if let override = getenv("REDACT_RESOURCES").map({ String(cString: $0) }), !override.isEmpty {
      return URL(fileURLWithPath: override).appendingPathComponent(name)
    }
    guard let url = bundleDirectory?.appendingPathComponent(name) else { throw ResourceError.missing(file: name) }
    return url
  }

  /// The resource bundle's directory: ``besideExecutable`` when it is there, else what
  /// `Bundle.module` finds (the same place, or the build directory's bundle).
  ///
  /// Performance: `Bundle.module` creates `Bundle.main` first, which lists the executable's
  /// directory (a build directory holds hundreds of entries), and `ProcessInfo.environment`
  /// copies the whole environment into a dictionary: 9M instructions of the 121M of a one-line
  /// run, for a path that is known from `/proc/self/exe`.
  static let bundleDirectory: URL? = besideExecutable() ?? Bundle.module.resourceURL

  /// Throws ``ResourceError/missing(file:)`` for the first of `files` (in the resource
  /// directory `name`) that is not a readable file with at least one byte: the check that lets
  /// a detector refuse to start without a list it reads only on first use.
  static func requireFiles(_ files: [String], in name: String) throws {
    try requireFiles(files, at: directory(name))
  }

  /// ``requireFiles(_:in:)`` for the files in `directory`.
  static func requireFiles(_ files: [String], at directory: URL) throws {
    for file in files {
      let path = directory.appendingPathComponent(file).path
      var status = stat()
      guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0, access(path, R_OK) == 0
      else { throw ResourceError.missing(file: file) }
    }
  }

  /// The name SwiftPM gives the library's resource bundle.
  static let bundleName = "Redact_Redact.resources"

  /// `Redact_Redact.resources` in the directory of the running executable (links resolved, as
  /// `Bundle.main` resolves them through `/proc/self/exe`), when it is a flat bundle: a
  /// directory without `Contents` or `Resources` inside, whose resource directory
  /// `Bundle(path:)` takes to be the directory itself. Nil when any of that does not hold, or
  /// off Linux: the caller then asks `Bundle.module`.
  static func besideExecutable() -> URL? {
    #if os(Linux)
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
      guard length > 0, length < buffer.count - 1 else { return nil }
      let executable = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      guard let slash = executable.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
      let path = String(executable[..<slash]) + "/" + bundleName
      func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
      }
      func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
      }
      guard isDirectory(path), !exists(path + "/Contents"), !exists(path + "/Resources") else { return nil }
      return URL(fileURLWithPath: path, isDirectory: true)
    #else
      return nil
    #endif
  }
}
