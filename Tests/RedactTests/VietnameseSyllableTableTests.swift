import Foundation
import Testing

@testable import Redact

/// ``VietnameseSyllables`` reads its syllable keys from generated lists
/// (`VietnameseSyllables+Table.swift`) instead of working the spelling rules out at start-up:
/// the lists must be what the rules (``VietnameseSyllables/all()``) allow, and the key sets
/// built from them must hold exactly the rules' syllables.
@Suite struct VietnameseSyllableTableTests {
  static let tableFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/Redact/Tagger/VietnameseSyllables+Table.swift")

  /// Words wrapped into lines of at most 104 characters, each indented by four spaces.
  static func wrapped(_ words: [String]) -> String {
    GeneratedSource.wrapped(words).map { "    " + $0 }.joined(separator: "\n")
  }

  /// The generated file as the rules write it.
  static func generatedSource() -> String {
    let all = VietnameseSyllables.all()
    return """
      // Generated: every syllable ``VietnameseSyllables/all()`` allows, and the distinctive ones.
      // Regenerate with `REDACT_WRITE_VIETNAMESE_SYLLABLES=Sources/Redact/Tagger/VietnameseSyllables+Table.swift
      // swift test --filter VietnameseSyllableTableTests` (the test checks these lists against the rules).

      extension VietnameseSyllables {
        /// Every syllable the spelling rules allow, sorted, separated by white space.
        static let generatedSyllables = \"\"\"
      \(wrapped(all.map(\.syllable).sorted()))
          \"\"\"

        /// The distinctive syllables among them (``all()``'s `distinctive`), sorted.
        static let generatedDistinctiveSyllables = \"\"\"
      \(wrapped(all.filter(\.distinctive).map(\.syllable).sorted()))
          \"\"\"
      }

      """
  }

  @Test func generatedListsAreTheRules() throws {
    try GeneratedSource.expect(
      Self.tableFile, toHold: Self.generatedSource(), writingTo: "REDACT_WRITE_VIETNAMESE_SYLLABLES")
  }

  /// Each syllable and chat word, and 20,000 random strings of the letters Vietnamese syllables
  /// use, are in the key sets exactly when the rules (or the chat words) hold them.
  @Test func keySetsHoldTheRulesSyllablesOnly() {
    let all = VietnameseSyllables.all()
    let syllables = Set(all.map(\.syllable))
    let distinctive = Set(all.filter(\.distinctive).map(\.syllable))
    let chat = Set(VietnameseSyllables.chatWords)
    var generator = SplitMix64(seed: 27)
    let letters = Array("abcdeghiklmnopqrstuvxy")
    var candidates = Array(syllables) + VietnameseSyllables.chatWords + ["try", "khan", "the", "and", "xyz"]
    for _ in 0..<20_000 {
      let length = Int.random(in: 1...6, using: &generator)
      candidates.append(String((0..<length).map { _ in letters.randomElement(using: &generator)! }))
    }
    var inRules = 0
    for word in candidates {
      let key = Lexicon.key(of: Array(word.utf8))
      let listed = syllables.contains(word) || chat.contains(word)
      #expect(VietnameseSyllables.wordKeys.contains(key) == listed, "\(word)")
      #expect(VietnameseSyllables.distinctiveKeys.contains(key) == distinctive.contains(word), "\(word)")
      if syllables.contains(word) { inRules += 1 }
    }
    #expect(inRules > 2000)
  }
}
