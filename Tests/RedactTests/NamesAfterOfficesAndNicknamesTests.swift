import Testing

@testable import Redact

/// Bengali names right after an office or title, and Chinese nicknames made of a
/// family name, are masked in balanced mode (issue 15).
@Suite struct NamesAfterOfficesAndNicknamesTests {
  static let bengaliOffices = ["অধ্যাপক", "প্রধানমন্ত্রী", "মন্ত্রী", "ডাক্তার", "ডা.", "চেয়ারম্যান", "সাংসদ", "জনাব"]
  static let bengaliNames = ["রহিম উদ্দিন", "ফাতেমা বেগম", "সুমন", "নাসরিন আক্তার", "জামাল হোসেন", "তানভীর"]

  static func masked(_ findings: [Finding], _ range: Range<Int>, in text: String) -> Bool {
    let bytes = Array(text.utf8)
    return range.allSatisfy { offset in bytes[offset] == 0x20 || findings.contains { $0.range.contains(offset) } }
  }

  @Test func masksRandomNamesAfterBengaliOffices() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 1506)
    var failures: [String] = []
    for _ in 0..<200 {
      let office = Self.bengaliOffices.randomElement(using: &rng)!
      let name = Self.bengaliNames.randomElement(using: &rng)!
      let before = ["গতকাল ", "", "আজ সকালে "].randomElement(using: &rng)!
      let after = [" বলেন যে তিনি ঢাকায় যাবেন।", "কে ফোন করা হয়েছে।", " ও তার স্ত্রী এসেছেন।"].randomElement(using: &rng)!
      let text = before + office + " " + name + after
      let findings = analyzer.analyze(text)
      let start = (before + office + " ").utf8.count
      if !Self.masked(findings, start..<(start + name.utf8.count), in: text) { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count) missed, first: \(failures.prefix(5))")
  }

  @Test func leavesTheVerbAfterAnOfficeWithoutAName() throws {
    let analyzer = try engine().analyzer
    for (text, verb) in [("মন্ত্রী বলেন যে কাজ চলছে।", "বলেন"), ("मन्त्री भने कि काम भइरहेको छ।", "भने")] {
      let verbStart = try #require(Array(text.utf8).firstRange(of: Array(verb.utf8))).lowerBound
      let findings = analyzer.analyze(text).filter { $0.kind == .person }
      #expect(!findings.contains { $0.range.overlaps(verbStart..<(verbStart + verb.utf8.count)) }, "\(text)")
    }
  }

  static let surnames = Array("王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁".unicodeScalars)
  static let frames = [("我昨天跟", "说了这件事。"), ("你问一下", "吧，他知道。"), ("", "让我去广州打工。"), ("是", "介绍的工作。")]

  @Test func masksRandomChineseNicknames() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 1507)
    var failures: [String] = []
    for _ in 0..<200 {
      let surname = String(Self.surnames.randomElement(using: &rng)!)
      let prefixed = Bool.random(using: &rng)
      let nickname =
        prefixed
        ? ["小", "老", "阿"].randomElement(using: &rng)! + surname
        : surname + ["哥", "姐", "叔", "总"].randomElement(using: &rng)!
      let frame = Self.frames.randomElement(using: &rng)!
      let text = frame.0 + nickname + frame.1
      let findings = analyzer.analyze(text)
      let start = frame.0.utf8.count + (prefixed ? 3 : 0)
      if !Self.masked(findings, start..<(start + 3), in: text) { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count) missed, first: \(failures.prefix(5))")
  }
}
