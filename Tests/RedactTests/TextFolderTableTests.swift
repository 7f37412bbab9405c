import Foundation
import Testing

@testable import Redact

/// ``TextFolder`` reads its tables from a generated list (`TextFolder+Table.swift`) instead of
/// working out Foundation's decomposition of every scalar at start-up: the list must be the
/// derivation's, and the tables built from it must fold every scalar as the derivation does.
@Suite struct TextFolderTableTests {
  static let tableFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/Redact/Text/TextFolder+Table.swift")

  /// The generated file as the derivation writes it.
  static func generatedSource() -> String {
    var parts: [String] = []
    for value in TextFolder.tableScalars {
      guard let scalar = Unicode.Scalar(value), let folded = TextFolder.derivedFolding(of: scalar) else { continue }
      let bytes = folded.utf8.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }
      parts.append(String(value, radix: 16) + ":" + bytes.joined())
    }
    let lines = GeneratedSource.wrapped(parts)
    return """
      // Generated: the folding of every scalar that ``TextFolder`` changes, from
      // ``TextFolder/derivedFolding(of:)`` (Foundation's compatibility decomposition, marks dropped, lower
      // case). Regenerate with `REDACT_WRITE_FOLD_TABLE=Sources/Redact/Text/TextFolder+Table.swift swift test
      // --filter TextFolderTableTests` (the test checks this table against the derivation).

      extension TextFolder {
        /// `scalar:folded` pairs, both in hex (the folded form as UTF-8 bytes, empty when the
        /// scalar folds to nothing), separated by white space, in increasing scalar order.
        static let generatedFoldings = \"\"\"
      \(lines.map { "    " + $0 }.joined(separator: "\n"))
          \"\"\"
      }

      """
  }

  @Test func generatedTableIsTheDerivation() throws {
    try GeneratedSource.expect(Self.tableFile, toHold: Self.generatedSource(), writingTo: "REDACT_WRITE_FOLD_TABLE")
  }

  @Test func foldsEveryTableScalarAsTheDerivationDoes() {
    var changed = 0
    for value in TextFolder.tableScalars {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let derived = TextFolder.derivedFolding(of: scalar).map { Array($0.utf8) }
      let table = TextFolder.folded(value).map(Array.init)
      #expect(table == derived, "U+\(String(value, radix: 16))")
      if derived != nil { changed += 1 }
    }
    #expect(changed > 1000)
    // Outside the tables' ranges nothing folds.
    #expect(TextFolder.folded(0x4E00) == nil)
    #expect(TextFolder.folded(0xFFF0) == nil)
  }
}
