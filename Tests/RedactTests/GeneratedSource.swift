import Foundation
import Testing

/// Generated Swift sources that tests check against the derivation they come from, and write
/// again when asked (an environment variable naming the file to write).
enum GeneratedSource {
  /// `words` joined by spaces into lines of at most `width` characters.
  static func wrapped(_ words: [String], width: Int = 104) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in words {
      if line.count + word.count + 1 > width {
        lines.append(line)
        line = word
      } else {
        line = line.isEmpty ? word : line + " " + word
      }
    }
    lines.append(line)
    return lines
  }

  /// Expects `file` to hold `expected`, after writing `expected` to the path in the environment
  /// variable `variable` when it is set.
  static func expect(_ file: URL, toHold expected: String, writingTo variable: String) throws {
    if let path = ProcessInfo.processInfo.environment[variable] {
      try expected.write(toFile: path, atomically: true, encoding: .utf8)
    }
    #expect(try String(contentsOf: file, encoding: .utf8) == expected)
  }
}
