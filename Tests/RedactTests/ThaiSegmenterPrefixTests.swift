import Foundation
import Testing

@testable import Redact

/// The Thai word segmenter stops growing a run of clusters that starts no word of the list
/// (``ThaiSegmenter/wordPrefixes``): the keys it reads are those of the words' proper prefixes,
/// and the boundaries it finds with them are the boundaries it finds without them, on random
/// runs of list words, cut words and random letters.
@Suite struct ThaiSegmenterPrefixTests {
  /// Words of the bundled list, Thai letters only.
  static let listWords: [String] = {
    guard let directory = try? ResourceLocator.directory("models"),
      let text = try? String(contentsOf: directory.appendingPathComponent(ThaiSegmenter.wordsFile), encoding: .utf8)
    else { return [] }
    return text.split(whereSeparator: \.isNewline).map(String.init).filter {
      !$0.isEmpty && $0.unicodeScalars.allSatisfy { ThaiSegmenter.isThaiLetter($0.value) }
    }
  }()

  /// Thai consonants, vowels and marks, one scalar each.
  static let letters: [Unicode.Scalar] = (0x0E01...0x0E4E).compactMap(Unicode.Scalar.init).filter {
    ThaiSegmenter.isThaiLetter($0.value)
  }

  static func key(_ scalars: some Sequence<Unicode.Scalar>) -> UInt64 {
    FNV1a.add(FNV1a.basis, Array(String(String.UnicodeScalarView(scalars)).utf8))
  }

  @Test func prefixKeysAreThoseOfEachWordsProperPrefixes() {
    var rng = SplitMix64(seed: 0x7A_1F_01)
    let extra: [Unicode.Scalar] = ["a", "b", "é", "ๆ", "中", "\u{1F600}"]
    for _ in 0..<200 {
      let words: [[Unicode.Scalar]] = (0..<Int.random(in: 1...8, using: &rng)).map { _ in
        (0..<Int.random(in: 1...9, using: &rng)).map { _ in
          (Self.letters + extra).randomElement(using: &rng)!
        }
      }
      let separators = ["\n", " ", "\r\n", "\n\n"]
      var list = ""
      for word in words {
        list += String(String.UnicodeScalarView(word)) + separators.randomElement(using: &rng)!
      }
      if Bool.random(using: &rng) { list.removeLast() }
      let expected = words.flatMap { word in (1..<max(word.count, 1)).map { Self.key(word.prefix($0)) } }
      #expect(KeySet.keys(ofWordList: Array(list.utf8), properPrefixes: true).sorted() == expected.sorted(), "\(list)")
    }
  }

  @Test func boundariesWithPrefixesAreTheBoundariesWithout() throws {
    let words = try #require(ThaiSegmenter.words)
    let prefixes = try #require(ThaiSegmenter.wordPrefixes)
    try #require(Self.listWords.count > 1000)
    var rng = SplitMix64(seed: 0x7A_1F_02)
    var failures: [String] = []
    for _ in 0..<400 {
      // List words, words cut short or run into the next, random letters, a space now and then.
      var text = ""
      for _ in 0..<Int.random(in: 1...12, using: &rng) {
        let word = Self.listWords.randomElement(using: &rng)!
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: text += String(word.unicodeScalars.prefix(max(1, word.unicodeScalars.count - 1)).map(Character.init))
        case 1: text += String((0..<Int.random(in: 1...4, using: &rng)).map { _ in
          Character(Self.letters.randomElement(using: &rng)!)
        })
        case 2: text += word + " "
        default: text += word
        }
      }
      var bytes = Array(text.utf8)
      let letterStarts = stride(from: 0, to: bytes.count, by: 1).filter { bytes[$0] == 0xE0 }
      guard !letterStarts.isEmpty else { continue }
      for _ in 0..<3 {
        let index = letterStarts.randomElement(using: &rng)!
        let (plain, screened) = bytes.withUnsafeMutableBufferPointer { buffer in
          let bytes = UnsafeBufferPointer(buffer)
          return (
            ThaiSegmenter.wordBoundaries(bytes, around: index, words: words),
            ThaiSegmenter.wordBoundaries(bytes, around: index, words: words, prefixes: prefixes)
          )
        }
        if plain != screened { failures.append("\(text) @\(index): \(plain) vs \(screened)") }
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(3))")
  }
}
