import Testing

@testable import Redact

/// Titles and honorifics stay outside the mask, and romanised Hindi/Bengali/Nepali function
/// words are not names (issue 15).
@Suite struct NameEdgeTrimmerTests {
  static let given = [
    "Ramesh", "Priya", "Sunita", "Rahim", "Fatema", "Anjali", "Vikram", "Sita", "Bishnu", "Malee", "Siti", "Rekha",
    "Kavita", "Arjun", "Nusrat", "Somchai", "Dewi", "Lakshmi", "Imran", "Maria",
  ]
  static let family = [
    "Sharma", "Uddin", "Thapa", "Gurung", "Hossain", "Kumar", "Rahayu", "Verma", "Begum", "Santos", "Reddy",
  ]
  /// Titles before a name (with the dot or not), and the sentences around them.
  static let titles = [
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Smt.", "Smt", "Shri", "Sri", "Khun", "Pak", "Bu",
    "Ibu", "Mbak", "mr", "dr.", "Miss", "Kuya", "Ate",
  ]
  static let suffixes = ["ji", "bhai", "didi", "-san", "-chan", "-sama", "sahab"]
  static let frames = [
    ("", " called the shelter."), ("We met ", " in Dhaka yesterday."), ("Ask ", " about the job."),
    ("", " said the agent took her passport."), ("Call ", " tomorrow."), ("yesterday ", " came to the office"),
  ]

  static func textOutside(_ findings: [Finding], _ text: String, _ range: Range<Int>) -> Bool {
    !findings.contains { $0.range.overlaps(range) }
  }

  /// A random name after a random title: the title's letters are never masked, and the
  /// name is masked whenever the title is one that the title rules always read.
  @Test func keepsTitlesBeforeRandomNamesOutsideTheMask() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 1501)
    var failures: [String] = []
    for _ in 0..<300 {
      let title = Self.titles.randomElement(using: &rng)!
      var name = Self.given.randomElement(using: &rng)!
      if Bool.random(using: &rng) { name += " " + Self.family.randomElement(using: &rng)! }
      let frame = Self.frames.randomElement(using: &rng)!
      let text = frame.0 + title + " " + name + frame.1
      let findings = analyzer.analyze(text)
      let titleStart = frame.0.utf8.count
      let titleRange = titleStart..<(titleStart + title.utf8.count)
      let nameStart = titleRange.upperBound + 1
      let nameRange = nameStart..<(nameStart + name.utf8.count)
      if !Self.textOutside(findings, text, titleRange) { failures.append("title masked: \(text)") }
      let strong =
        PersonRuleDetector.titles.contains(title.lowercased().replacingOccurrences(of: ".", with: ""))
        && ["mr", "mrs", "ms", "dr", "smt", "shri", "sri", "khun", "ibu", "pak", "miss"].contains(
          title.lowercased().replacingOccurrences(of: ".", with: ""))
      if strong {
        let masked = (nameRange).allSatisfy { offset in
          Array(text.utf8)[offset] == UInt8(ascii: " ") || findings.contains { $0.range.contains(offset) }
        }
        if !masked { failures.append("name left: \(text)") }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(5))")
  }

  /// Honorifics after a name (`Ramesh ji`, `Tanaka-san`, `王先生`) stay outside the mask.
  @Test func keepsHonorificsAfterRandomNamesOutsideTheMask() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 1502)
    var failures: [String] = []
    for _ in 0..<200 {
      let suffix = Self.suffixes.randomElement(using: &rng)!
      let name = Self.given.randomElement(using: &rng)! + " " + Self.family.randomElement(using: &rng)!
      let joined = suffix.hasPrefix("-") ? name + suffix : name + " " + suffix
      let frame = Self.frames.randomElement(using: &rng)!
      let text = frame.0 + joined + frame.1
      let findings = analyzer.analyze(text)
      let suffixEnd = frame.0.utf8.count + joined.utf8.count
      let suffixWord = suffix.hasPrefix("-") ? String(suffix.dropFirst()) : suffix
      let suffixRange = (suffixEnd - suffixWord.utf8.count)..<suffixEnd
      if !Self.textOutside(findings, text, suffixRange) { failures.append("honorific masked: \(text)") }
    }
    for (name, honorific, before) in [
      ("王小明", "先生", "我们昨天见了"), ("李娜", "女士", "我们昨天见了"), ("陈静", "小姐", "我们昨天见了"), ("田中", "さん", "昨日、"),
      ("佐藤", "様", "昨日、"),
    ] {
      let text = before + name + honorific + "に会った。"
      let findings = analyzer.analyze(text)
      let start = (before + name).utf8.count
      if !Self.textOutside(findings, text, start..<(start + honorific.utf8.count)) {
        failures.append("honorific masked: \(text)")
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(5))")
  }

  static let chatTemplates = [
    "{N} kya kar raha hai aaj", "mujhe {N} ka number chahiye bhai", "kal {N} ne bola ki woh nahi aayega",
    "ami {N} er sathe jacchi", "{N} kothay ache ekhon", "tumi {N} ke chino na", "{N} kaha chha aaja",
    "malai {N} ko number chahiyo", "{N} le bhanyo ki paisa chhaina", "Kya {N} tumhare saath hai",
    "Ami {N} er sathe kotha bolchi", "yaar {N} aur main kal mile the",
  ]

  /// In random romanised Hindi/Bengali/Nepali chat lines with a random name, no function word
  /// of the lexicon is masked (the name itself may or may not be: that is the tagger's recall).
  @Test func neverMasksRomanisedFunctionWordsInChat() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 1503)
    var failures: [String] = []
    for _ in 0..<300 {
      var name = Self.given.randomElement(using: &rng)!
      if Bool.random(using: &rng) { name = name.lowercased() }
      let text = Self.chatTemplates.randomElement(using: &rng)!.replacingOccurrences(of: "{N}", with: name)
      let bytes = Array(text.utf8)
      let findings = analyzer.analyze(text).filter { $0.kind == .person || $0.kind == .location }
      var start = 0
      for word in text.split(separator: " ", omittingEmptySubsequences: false) {
        let range = start..<(start + word.utf8.count)
        start = range.upperBound + 1
        guard RomanisedFunctionWords.contains(word.lowercased()), word.lowercased() != name.lowercased() else {
          continue
        }
        if findings.contains(where: { $0.range.overlaps(range) }) {
          failures.append(
            "'\(word)' masked in: \(text) → \(findings.map { String(decoding: bytes[$0.range], as: UTF8.self) })")
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(5))")
  }

  /// A function word that is also a name elsewhere stays masked beside a lexicon name in a
  /// name of English text, and after a title.
  @Test func keepsSharedWordsThatAreNamesInEnglishText() throws {
    let texts = ["Mr Hai called the shelter.", "The caseworker met Nguyen Thi Mai in Hanoi."]
    for text in texts {
      let masked = try found(text).filter { $0.0 == .person }.map(\.1)
      #expect(masked.contains { $0.contains("Hai") || $0.contains("Mai") }, "\(text): \(masked)")
    }
  }
}
