import Foundation

/// ExifTool, the independent reader and writer of image metadata the image tests check Redact
/// against (a test dependency: Debian `libimage-exiftool-perl`). Tests that need it fail, not
/// skip, when it is missing. Shared by RedactTests and RedactCLITests.
package enum ExifTool {
  package struct Missing: Error, CustomStringConvertible {
    package var description: String { "exiftool is not installed (Debian: apt-get install libimage-exiftool-perl)" }
  }

  /// The `exiftool` found on `PATH`, or nil.
  package static let path: String? = {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
    return paths.map { "\($0)/exiftool" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  /// Runs exiftool with `arguments`; returns its standard output (its errors are discarded).
  /// - Throws: ``Missing`` when exiftool is not installed.
  @discardableResult
  package static func run(_ arguments: [String]) throws -> Data {
    guard let path else { throw Missing() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return data
  }
}
