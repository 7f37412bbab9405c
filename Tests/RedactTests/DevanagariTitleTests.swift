import Testing

@testable import Redact

/// Hindi and Nepali titles, ranks and offices before a name ("ज़िलाधिकारी सी गुरूप्रसाद",
/// "प्रधानमंत्री मनमोहन सिंह") stay outside the mask, as English ones do: a tagger that takes the
/// office into the name masks an ordinary word, and name/place precision in Hindi is near its
/// floor (issue 15).
@Suite struct DevanagariTitleTests {
  /// A detector that reports one fixed person range, as a tagger taking the title in would.
  struct FixedDetector: Detector {
    let id = "fixed"
    let range: Range<Int>
    func detect(in text: AnalysisText, into findings: inout [Finding]) {
      findings.append(Finding(kind: .person, range: range, score: 0.9, detector: id))
    }
  }

  static let titles = [
    "श्री", "श्रीमती", "डॉक्टर", "प्रोफ़ेसर", "जनरल", "प्रधानमंत्री", "प्रधानमन्त्री", "मुख्यमंत्री", "मंत्री", "राष्ट्रपति",
    "सांसद", "विधायक", "अध्यक्ष", "न्यायाधीश", "ज़िलाधिकारी", "जिलाधिकारी", "सचिव", "प्रवक्ता",
  ]
  static let names = ["सुनीता देवी", "राम कुमार", "मनमोहन सिंह", "प्रिया शर्मा", "सी गुरूप्रसाद", "बिमला थापा", "रहीम"]
  static let frames = [("", " ने कहा कि जाँच होगी।"), ("कल ", " से मुलाक़ात हुई।"), ("", " का बयान आया।")]

  @Test func keepsRandomTitlesBeforeNamesOutsideTheMask() throws {
    let lexicon = try Lexicon.bundled()
    var rng = SplitMix64(seed: 2303)
    var failures: [String] = []
    for _ in 0..<300 {
      let title = Self.titles.randomElement(using: &rng)!
      let name = Self.names.randomElement(using: &rng)!
      let frame = Self.frames.randomElement(using: &rng)!
      let text = frame.0 + title + " " + name + frame.1
      let start = frame.0.utf8.count
      let nameStart = start + title.utf8.count + 1
      let nameRange = nameStart..<(nameStart + name.utf8.count)
      let trimmer = NameEdgeTrimmer(FixedDetector(range: start..<nameRange.upperBound), lexicon: lexicon)
      let ranges = trimmer.findings(in: text).map(\.range)
      if ranges != [nameRange] { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300, e.g. \(failures.prefix(3))")
  }
}
