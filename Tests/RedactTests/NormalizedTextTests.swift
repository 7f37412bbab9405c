import Foundation
import Testing

@testable import Redact

/// The detectors read zero-width characters, full-width letters, decomposed letters, odd spaces
/// and quotes as the models and lexicons know them, and the findings come back on the record's
/// own characters (``NormalizedText``).
@Suite struct NormalizedTextTests {
  static let engine = Result { try RedactionEngine(policy: Policy(name: "normalized")) }

  /// One way real input writes a text that the dev sets never do.
  enum Shape: CaseIterable {
    case zeroWidth, fullWidth, fullWidthSigns, decomposed, noBreakSpaces, tabs, quoted, byteOrderMark
  }

  /// `text` written in `shape`: the characters a reader sees are the same (full width: letters
  /// and digits, as a CJK keyboard in full-width mode types a Latin name; with signs: its
  /// punctuation too).
  static func write(_ text: String, _ shape: Shape) -> String {
    switch shape {
    case .zeroWidth: text.replacingOccurrences(of: " ", with: " \u{200B}")
    case .fullWidth:
      fullWidth(text) { $0.properties.isASCIIHexDigit || ("A"..."Z").contains($0) || ("a"..."z").contains($0) }
    case .fullWidthSigns: fullWidth(text) { (0x21...0x7E).contains($0.value) }
    case .decomposed: text.decomposedStringWithCanonicalMapping
    case .noBreakSpaces: text.replacingOccurrences(of: " ", with: "\u{00A0}")
    case .tabs: text.replacingOccurrences(of: " ", with: "\t")
    case .quoted: "\u{201C}" + text + "\u{201D} 🙏"
    case .byteOrderMark: "\u{FEFF}" + text
    }
  }

  /// `text` with the ASCII characters that `converts` picks in their full-width forms.
  static func fullWidth(_ text: String, _ converts: (Unicode.Scalar) -> Bool) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { converts($0) ? Unicode.Scalar($0.value + 0xFEE0)! : $0 }))
  }

  /// The words of `text` that the engine masks (every finding's text, with the characters
  /// each shape adds taken out and full-width letters read as ASCII), sorted.
  static func maskedWords(_ text: String, _ engine: RedactionEngine) -> [String] {
    let bytes = Array(text.utf8)
    return engine.analyzer.analyze(text).map { finding in
      let value = String(decoding: bytes[finding.range], as: UTF8.self)
      return String(
        String.UnicodeScalarView(
          value.precomposedStringWithCanonicalMapping.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
            if [0x200B, 0xFEFF].contains(scalar.value) { return nil }
            if (0xFF01...0xFF5E).contains(scalar.value) { return Unicode.Scalar(scalar.value - 0xFEE0) }
            if scalar.value == 0xA0 || scalar.value == 0x09 { return " " }
            return scalar
          }))
    }.sorted()
  }

  /// Random sentences of names, places and phone numbers in Latin, Vietnamese, Hangul, Thai and
  /// Devanagari: written in any shape, the same words are masked as in the plain text (each
  /// shape, before NormalizedText, lost most of one language's names: Thai with zero-width
  /// spaces 87.2 → 32.3 PERSON, English in full width 90.3 → 1.0, Korean decomposed 85.1 → 3.7;
  /// Thai dotted titles in full-width signs, `ด．ญ．`, kept them until those signs were read as
  /// ASCII beside Thai letters: th 86.5 → 91.2).
  @Test func everyShapeMasksWhatThePlainTextMasks() throws {
    let engine = try Self.engine.get()
    var rng = SplitMix64(seed: 0x5EA9E)
    let frames: [[String]] = [
      ["Yesterday {P} called me from {L} on +880 1712 345678.", "I met {P} near {L} last week."],
      ["Hôm qua {P} gọi cho tôi từ {L}.", "Anh {P} đang ở {L}."],
      ["{P} 씨는 {L}에 살고 있다.", "어제 {P} 씨가 {L}에서 왔다."],
      ["นาง{P} อาศัยอยู่ที่{L}", "นาย{P} เดินทางไป{L}", "ด.ญ.{P} อาศัยอยู่ที่{L}", "ร.ต.อ.{P} เดินทางไป{L}"],
      ["{P} ने कहा कि वह {L} में रहती है।", "कल {P} {L} से आई।"],
    ]
    let names: [[String]] = [
      ["Priya Sharma", "Nguyen Van An", "Rahim Uddin", "Siti Aminah"],
      ["Nguyễn Thị Hương", "Trần Văn Đức", "Lê Minh Tuấn", "Phạm Thu Hà"],
      ["김민지", "박지성", "이서연", "최영호"],
      ["สมศรี ทองดี", "ประนอม ทองจันทร์", "สมชาย ใจดี", "กาญจนา กรองแก้ว"],
      ["सुनीता देवी", "राम प्रसाद", "प्रिया शर्मा", "अनीता कुमारी"],
    ]
    let places: [[String]] = [
      ["Dhaka", "Kathmandu", "Chiang Mai", "Cox's Bazar"],
      ["Hà Nội", "Đà Nẵng", "Cần Thơ", "Huế"],
      ["서울", "부산", "대구", "인천"],
      ["เชียงใหม่", "ขอนแก่น", "แม่สอด", "สงขลา"],
      ["दिल्ली", "पटना", "लखनऊ", "काठमाडौं"],
    ]
    var lost: [String] = []
    for _ in 0..<60 {
      let language = Int.random(in: 0..<frames.count, using: &rng)
      let text = frames[language].randomElement(using: &rng)!
        .replacingOccurrences(of: "{P}", with: names[language].randomElement(using: &rng)!)
        .replacingOccurrences(of: "{L}", with: places[language].randomElement(using: &rng)!)
      let plain = Self.maskedWords(text, engine)
      for shape in Shape.allCases where shape != .quoted {
        let written = Self.maskedWords(Self.write(text, shape), engine)
        if written != plain { lost.append("\(shape): \(text) → \(written) instead of \(plain)") }
      }
    }
    #expect(lost.isEmpty, "\(lost.count) differ, e.g. \(lost.prefix(4))")
  }

  /// Characters that show nothing — control characters, joiners after a digit or a Latin
  /// letter, variation selectors and keycap marks, tag characters, Hangul fillers, the Braille
  /// blank — put at random between the letters of a name and the digits of a phone number hide
  /// neither: every letter and digit is masked, as in the plain sentence.
  @Test func invisibleCharactersBetweenLettersAndDigitsHideNothing() throws {
    let engine = try Self.engine.get()
    var rng = SplitMix64(seed: 0x1A7)
    let invisible: [Unicode.Scalar] = [
      "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{34F}", "\u{61C}", "\u{180E}", "\u{200C}",
      "\u{200D}", "\u{2062}", "\u{206C}", "\u{20E3}", "\u{2800}", "\u{3164}", "\u{FE0F}", "\u{FFA0}", "\u{E0020}",
      "\u{E0100}", "\u{B}", "\u{C}",
    ]
    let names = ["Priya Sharma", "Rahim Uddin", "Siti Aminah", "Sunita Tamang", "Nguyen Van An"]
    var leaks: [String] = []
    for _ in 0..<160 {
      let name = names.randomElement(using: &rng)!
      let phone = "+88017" + (0..<8).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
      func hide(_ text: String) -> String {
        var out = ""
        for (index, scalar) in text.unicodeScalars.enumerated() {
          if index > 0 && scalar != " " && Bool.random(using: &rng) {
            out.unicodeScalars.append(invisible.randomElement(using: &rng)!)
          }
          out.unicodeScalars.append(scalar)
        }
        return out
      }
      let text = "Yesterday \(hide(name)) called me on \(hide(phone)) about the visa."
      let bytes = Array(text.utf8)
      let findings = engine.analyzer.analyze(text)
      let covered = { (offset: Int) in findings.contains { $0.range.contains(offset) } }
      // Every letter of the name and every digit of the number lies inside a finding.
      let start = text.utf8.distance(from: text.utf8.startIndex, to: text.range(of: "Yesterday ")!.upperBound)
      let end = text.utf8.distance(from: text.utf8.startIndex, to: text.range(of: " about")!.lowerBound)
      let bare = (start..<end).filter { offset in
        let byte = bytes[offset]
        return ASCIIByte.isLetter(byte) || (0x30...0x39).contains(byte)
      }.filter { !covered($0) }
      let words = Set(
        ["called", "me", "on"].flatMap { word in
          text.ranges(of: " \(word) ").map { text.utf8.distance(from: text.utf8.startIndex, to: $0.lowerBound) + 1 }
            .flatMap { $0..<($0 + word.utf8.count) }
        })
      let left = bare.filter { !words.contains($0) }
      if !left.isEmpty {
        leaks.append("\(text.debugDescription) leaves \(left) of \(findings.map(\.range))")
      }
    }
    #expect(leaks.isEmpty, "\(leaks.count) of 160 leave a letter or digit, e.g. \(leaks.prefix(3))")
  }

  /// Joiners inside Bengali and Devanagari words stay (they spell the word): nothing changes.
  @Test func joinersInsideBrahmicWordsStay() {
    for text in ["র\u{200D}্যাব", "ক্\u{200C}ষ", "क्\u{200D}ष", "শ্রী\u{200C}মতী"] {
      var bytes = Array(text.utf8)
      let changed = bytes.withUnsafeMutableBufferPointer { NormalizedText(UnsafeBufferPointer($0)) != nil }
      #expect(!changed, "\(text)")
    }
  }

  /// Quoted messages keep their names: `“Renee,”` and `"Suzanne is pregnant."` were no names
  /// to the English model, which learnt quotes set apart by spaces.
  @Test func quotedNamesAreMasked() throws {
    let engine = try Self.engine.get()
    for text in ["\u{201C}Suzanne is pregnant.\u{201D} 🙏", "\"Renee,\" she said", "He wrote \"Renee\" on it"] {
      let masked = Self.maskedWords(text, engine)
      #expect(masked.contains { $0.contains("Suzanne") || $0.contains("Renee") }, "\(text): \(masked)")
    }
  }

  /// A finding always covers whole characters of the record, and every character the
  /// normalised text kept maps back onto itself: random mixes of the shapes, checked byte by byte.
  @Test func offsetsMapBackOntoTheRecordsCharacters() {
    var rng = SplitMix64(seed: 0x0FF5E7)
    let pieces = [
      "Priya", " ", "\u{200B}", "\u{00A0}", "\u{3000}", "Ｐｒｉｙａ", "Ｄ", "e\u{0301}", "\u{1100}\u{1161}\u{11A8}", "서울",
      "ไทย", "\u{FEFF}", "\t", "\r\n", "\u{201C}", "\u{201D}", "\"", "ড\u{09BC}", "া", "1", "\u{00AD}",
      "\u{0}", "\u{7}", "\u{C}", "\u{200D}", "\u{200C}", "\u{FE0F}", "\u{20E3}", "\u{E0041}", "\u{3164}", "\u{2800}",
    ]
    var wrong: [String] = []
    for _ in 0..<500 {
      let text = (0..<Int.random(in: 1...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
      var bytes = Array(text.utf8)
      bytes.withUnsafeMutableBufferPointer { buffer in
        let record = UnsafeBufferPointer(buffer)
        guard let normalized = NormalizedText(record) else { return }
        let starts = Set(text.unicodeScalars.indices.map { text.utf8.distance(from: text.utf8.startIndex, to: $0) })
          .union([record.count])
        // Every range of whole normalised characters maps to a range of whole record characters.
        let output = normalized.bytes
        let boundaries = (0...output.count).filter { $0 == output.count || output[$0] & 0xC0 != 0x80 }
        for (a, lower) in boundaries.enumerated() {
          for upper in boundaries[(a + 1)...] {
            let range = normalized.originalRange(of: lower..<upper)
            if !starts.contains(range.lowerBound) || !starts.contains(range.upperBound) {
              wrong.append("\(text.debugDescription) \(lower)..<\(upper) → \(range)")
            }
          }
        }
      }
    }
    #expect(wrong.isEmpty, "\(wrong.count) ranges cut a character, e.g. \(wrong.prefix(3))")
  }

  /// A text with nothing to change is not copied; Thai and Han quotes stay as their models
  /// learnt them.
  @Test func plainTextIsNotCopied() {
    for text in ["Priya lives in Dhaka.", "เตรียมคุมฝากขัง \u{201C}วัน อยู่บำรุง\u{201D}", "他说\u{201C}好\u{201D}", ""] {
      var bytes = Array(text.utf8)
      let normalized = bytes.withUnsafeMutableBufferPointer { NormalizedText(UnsafeBufferPointer($0)) }
      #expect(normalized == nil, "\(text)")
    }
  }
}
