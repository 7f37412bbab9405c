import Foundation
import Testing

@testable import Redact

/// Long records are analysed in bounded windows: no detector is handed more than a window of
/// text (per-token arrays over a whole 64 MB line took up to 110 times its size), and windowing
/// changes nothing a local detector finds, nor what the recurrence pass masks across windows.
@Suite struct BoundedAnalysisTests {
  /// Records the longest text any detector was handed.
  final class LengthRecorder: Detector, @unchecked Sendable {
    let id = "length-recorder"
    private let lock = NSLock()
    private var longestSeen = 0
    var longest: Int { lock.withLock { longestSeen } }
    func detect(in text: AnalysisText, into findings: inout [Finding]) {
      lock.withLock { longestSeen = max(longestSeen, text.bytes.count) }
    }
  }

  static let words = [
    "the", "met", "said", "Sindhu", "Reddy", "গ্রাম", "রহিম", "गाँव", "नेपाल", "บ้าน", "สมชาย", "王小明", "北京", "김민지",
    "村", "rahim@example.org", "+91 98765 43210", "@golden_jobs", "t.me/anjali_home", "2024-03-01", "SHAMSHABAD",
  ]

  static func randomText(_ rng: inout SplitMix64, bytes: Int) -> [UInt8] {
    RedactTests.randomText(from: words, &rng, bytes: bytes)
  }

  @Test func noDetectorIsHandedMoreThanAWindowOfALongRecord() throws {
    var rng = SplitMix64(seed: 21)
    let limit = Analyzer.windowBytes + 2 * Analyzer.windowMargin
    for size in [limit + 1, 2 * limit + 12_345, 3 * limit] {
      let recorder = LengthRecorder()
      let analyzer = Analyzer(detectors: [recorder, EmailDetector()])
      var text = Self.randomText(&rng, bytes: size)
      // Some records are one unspaced run: the seams must still fall on scalar boundaries.
      if size == 3 * limit { text = Array(String(repeating: "王小明北京村", count: size / 18).utf8) }
      let findings = text.withUnsafeBufferPointer { analyzer.analyze(AnalysisText(bytes: $0)) }
      #expect(recorder.longest <= limit)
      #expect(recorder.longest > 0)
      if size != 3 * limit { #expect(!findings.isEmpty) }
    }
  }

  /// The deterministic detectors (and the deny list and recurrences) find exactly the same with
  /// small windows as over the whole text, on random multi-script texts.
  @Test func smallWindowsFindWhatTheWholeTextAnalysisFinds() throws {
    let policy = Policy(
      name: "t", denyList: [.init(term: "Sindhu Reddy"), .init(term: "北京", kind: .location), .init(term: "রহিম")],
      disabledDetectors: ["tagger", "name-lexicon"])
    let analyzer = try engine(policy).analyzer
    var rng = SplitMix64(seed: 22)
    for _ in 0..<150 {
      let text = Self.randomText(&rng, bytes: Int.random(in: 200...6000, using: &rng))
      let (whole, windowed) = text.withUnsafeBufferPointer { bytes in
        (
          analyzer.analyze(AnalysisText(bytes: bytes), windowBytes: 1 << 30, margin: 0),
          analyzer.analyze(AnalysisText(bytes: bytes), windowBytes: Int.random(in: 64...900, using: &rng), margin: 256)
        )
      }
      #expect(windowed.map(\.range) == whole.map(\.range))
      #expect(windowed.map(\.kind) == whole.map(\.kind))
    }
  }

  /// With every detector, the tagger included: windows with the default margin find what the
  /// whole record finds (the tagger cuts its runs at record offsets, the same in both).
  @Test func windowsWithTheTaggerFindWhatTheWholeRecordFinds() throws {
    let analyzer = try engine(Policy(name: "t", denyList: [.init(term: "রহিম")])).analyzer
    var rng = SplitMix64(seed: 24)
    for _ in 0..<3 {
      let text = Self.randomText(&rng, bytes: Int.random(in: 90_000...130_000, using: &rng))
      let (whole, windowed) = text.withUnsafeBufferPointer { bytes in
        (
          analyzer.analyze(AnalysisText(bytes: bytes), windowBytes: 1 << 30, margin: 0),
          analyzer.analyze(
            AnalysisText(bytes: bytes), windowBytes: Int.random(in: 8000...20000, using: &rng),
            margin: Analyzer.windowMargin)
        )
      }
      #expect(windowed.map(\.range) == whole.map(\.range))
      #expect(windowed.map(\.kind) == whole.map(\.kind))
    }
  }

  /// A name the tagger finds in one window is masked where it recurs in another.
  @Test func namesFoundInOneWindowAreMaskedInTheOthers() throws {
    let analyzer = try engine().analyzer
    let filler = String(repeating: "the shelter was quiet that morning and ", count: 40)
    let text =
      "Caseworker Ms. Sindhu Reddy met the family. " + filler + "Later sindhu called. " + filler
      + "SINDHU wrote back."
    var bytes = Array(text.utf8)
    let findings = bytes.withUnsafeMutableBufferPointer {
      analyzer.analyze(AnalysisText(bytes: UnsafeBufferPointer($0)), windowBytes: 512, margin: 128)
    }
    // Every spelling of the name, in each window, lies inside a finding.
    for spelling in ["Sindhu", "sindhu", "SINDHU"] {
      let word = Array(spelling.utf8)
      let start = try #require(
        (0...(bytes.count - word.count)).first { bytes[$0..<($0 + word.count)].elementsEqual(word) })
      #expect(findings.contains { $0.range.contains(start) && $0.range.upperBound >= start + word.count })
    }
  }

  @Test func seamsFallOnLineBreaksSpacesOrScalarBoundaries() {
    var rng = SplitMix64(seed: 23)
    for _ in 0..<300 {
      let text = Self.randomText(&rng, bytes: Int.random(in: 1...9000, using: &rng))
      text.withUnsafeBufferPointer { bytes in
        let limit = Int.random(in: -1..<bytes.count, using: &rng)
        let offset = Int.random(in: (limit + 1)...(bytes.count + 10), using: &rng)
        let seam = Analyzer.seam(in: bytes, near: offset, after: limit)
        #expect(seam > limit || seam == 0)
        #expect(seam <= bytes.count)
        #expect(seam == bytes.count || seam == 0 || bytes[seam] & 0xC0 != 0x80)
      }
    }
  }
}
