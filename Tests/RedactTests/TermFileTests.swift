import Foundation
import Testing

@testable import Redact

/// `deny_files` are read by byte-level line splitting: on random files (every line-break kind,
/// comments, blank lines, spaces, several scripts) it gives the terms a Character-level split does.
@Suite struct TermFileTests {
  @Test func byteSplitAgreesWithCharacterSplit() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redact-terms-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let pieces = ["Rahim Uddin", "  Sindhu ", "# comment", "", "রহিম", "สมชาย ใจดี", "김민준", "Nguyễn Thị Lan", "\t", "a#b"]
    let breaks = ["\n", "\r\n", "\r", "\u{2028}", "\u{85}", "\u{0B}", "\n\n"]
    var rng = SplitMix64(seed: 31)
    for round in 0..<200 {
      var text = ""
      for _ in 0..<Int(rng.next() % 12) {
        text += pieces[Int(rng.next() % UInt64(pieces.count))] + breaks[Int(rng.next() % UInt64(breaks.count))]
      }
      if rng.next() % 2 == 0 { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
      let file = directory.appendingPathComponent("t\(round).txt")
      try Data(text.utf8).write(to: file)
      let expected = text.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace() }
        .filter { !$0.isEmpty && !$0.hasPrefix("#") }
      let terms = try PolicyLoader.readTermFile(file.path, baseDirectory: "/", path: "deny_files", line: 1)
      #expect(terms == expected, "\(text.debugDescription)")
    }
  }
}
