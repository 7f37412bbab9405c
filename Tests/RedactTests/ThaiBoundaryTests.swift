import Testing

@testable import Redact

/// Masks over Thai text start and end on cluster and word boundaries (ThaiSegmenter, applied
/// to every finding by the analyzer).
@Suite struct ThaiBoundaryTests {
  /// A detector that reports fixed ranges, as a tagger cutting Thai words would.
  struct FixedDetector: Detector {
    let id = "fixed"
    let ranges: [Range<Int>]
    func detect(in text: AnalysisText, into findings: inout [Finding]) {
      for range in ranges { findings.append(Finding(kind: .person, range: range, score: 0.9, detector: id)) }
    }
  }

  /// Made-up and common Thai given names and surnames.
  static let names = [
    "สมชาย", "สมศรี", "มานี", "วิไล", "สุดา", "กมล", "นภา", "ศรีสุดา", "อรุณ", "ปิยะ", "เพ็ญศรี", "ประยุทธ์", "จันทร์เพ็ญ",
    "แก้วใจ", "ไพรวัลย์", "โสภา", "เกศินี", "บุญมี", "ทองคำ", "ชัยวัฒน์", "ศักดิ์ชัย", "เยาวลักษณ์", "เฉลิมพล", "ใจดี",
  ]
  /// Words before a name.
  static let before = ["นาย", "นาง", "คุณ", "บอกว่า", "พบกับ", "โทรหา", "เพื่อน", "ชื่อ", "และ"]
  /// Words after a name, many starting with a leading vowel.
  static let after = [
    "ไป", "เป็น", "ให้", "แล้ว", "โดย", "ไม่", "ใน", "เขา", "เมื่อ", "แต่", "ได้", "อยู่", "มา", "ก็", "เคย", "ไหม",
  ]

  static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

  /// Byte offset of scalar `index` of a Thai string (3 bytes each).
  static func offset(_ index: Int) -> Int { 3 * index }

  /// Checks one masked range against the cluster rules.
  static func problems(_ range: Range<Int>, _ bytes: [UInt8]) -> [String] {
    bytes.withUnsafeBufferPointer { buffer in
      var problems: [String] = []
      if !ThaiSegmenter.isClusterBoundary(buffer, range.lowerBound) { problems.append("starts inside a cluster") }
      if !ThaiSegmenter.isClusterBoundary(buffer, range.upperBound) { problems.append("ends inside a cluster") }
      if let last = ThaiSegmenter.letter(buffer, at: range.upperBound - 3), ThaiSegmenter.isLeadingVowel(last) {
        problems.append("ends on a leading vowel")
      }
      if let before = ThaiSegmenter.letter(buffer, at: range.lowerBound - 3), ThaiSegmenter.isLeadingVowel(before) {
        problems.append("leaves a leading vowel before it")
      }
      return problems
    }
  }

  @Test func masksStartAndEndOnClusterBoundariesAroundRandomSpans() {
    var rng = SplitMix64(seed: 0x7A1)
    var failures: [String] = []
    for _ in 0..<400 {
      let name = Self.names.randomElement(using: &rng)!
      let before = Self.before.randomElement(using: &rng)!
      let text = before + name + Self.after.randomElement(using: &rng)!
      let bytes = Array(text.utf8)
      let count = text.unicodeScalars.count
      // A span near the name's, each edge moved by up to two letters either way.
      let nameStart = before.unicodeScalars.count
      let nameEnd = nameStart + name.unicodeScalars.count
      let start = min(max(0, nameStart + Int.random(in: -2...2, using: &rng)), count - 1)
      let end = max(start + 1, min(count, nameEnd + Int.random(in: -2...2, using: &rng)))
      let range = Self.offset(start)..<Self.offset(end)
      let masked = Analyzer(detectors: [FixedDetector(ranges: [range])]).analyze(text).map(\.range)
      for range in masked {
        let found = Self.problems(range, bytes)
        if !found.isEmpty { failures.append("\(text) \(start)..<\(end): \(found)") }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) of 400: \(failures.prefix(5))")
  }

  @Test func givesBackALeadingVowelOfTheNextWord() {
    // "นายสมชายไป": a span ending after ไ of ไป ends at the end of the name.
    let text = "นายสมชายไปตลาด"
    let name = 3..<8
    let masked = Analyzer(detectors: [
      FixedDetector(ranges: [Self.offset(name.lowerBound)..<Self.offset(name.upperBound + 1)])
    ])
    .analyze(text).map(\.range)
    #expect(masked == [Self.offset(name.lowerBound)..<Self.offset(name.upperBound)])
  }

  @Test func takesTheTrailingVowelAndMarksOfTheLastCluster() {
    // A span stopping before the ะ of ปิยะ, or before the ์ of ประยุทธ์, takes them.
    for (text, nameStart, name) in [("คุณปิยะไปไหน", 3, "ปิยะ"), ("นายประยุทธ์ไม่มา", 3, "ประยุทธ์")] {
      let nameEnd = nameStart + name.unicodeScalars.count
      let masked = Analyzer(detectors: [FixedDetector(ranges: [Self.offset(nameStart)..<Self.offset(nameEnd - 1)])])
        .analyze(text).map(\.range)
      #expect(masked.count == 1 && masked[0].upperBound >= Self.offset(nameEnd), "\(text)")
      #expect(masked.allSatisfy { $0.upperBound <= Self.offset(nameEnd) }, "\(text)")
    }
  }

  @Test func takesTheLeadingVowelOfTheNamesFirstCluster() {
    // A span starting after the เ of เพ็ญศรี starts before it.
    let text = "นางเพ็ญศรีมา"
    let masked = Analyzer(detectors: [FixedDetector(ranges: [Self.offset(4)..<Self.offset(10)])]).analyze(text).map(
      \.range)
    #expect(masked == [Self.offset(3)..<Self.offset(10)])
  }

  @Test func segmentsKnownWordsByTheWordList() throws {
    let words = try #require(ThaiSegmenter.words)
    var text = Array("ผมไปโรงเรียนทุกวัน".utf8)
    let boundaries = text.withUnsafeMutableBufferPointer { buffer in
      ThaiSegmenter.wordBoundaries(UnsafeBufferPointer(buffer), around: 9, words: words)
    }
    // ผม|ไป|โรงเรียน|ทุก|วัน
    #expect(boundaries == [0, 2, 4, 12, 15, 18].map(Self.offset))
  }

  @Test func leavesOtherScriptsAlone() {
    let text = "Somchai went to Bangkok"
    var bytes = Array(text.utf8)
    let snapped = bytes.withUnsafeMutableBufferPointer { ThaiSegmenter.snap(2..<9, in: UnsafeBufferPointer($0)) }
    #expect(snapped == 2..<9)
  }
}
