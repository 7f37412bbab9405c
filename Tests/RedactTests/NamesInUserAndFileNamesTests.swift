import Foundation
import Testing
import ZIPFoundation

@testable import Redact

/// Names written into user names, file names and chat folders: joined by `_`, `.` or `-`,
/// followed by digits, or run together in lower case (`priya_92`, `rahimuddin_1015…`). A name
/// learnt from a document, or denied by a policy, was left there: a digit or `_` beside it read
/// as part of a longer word, and nothing knew the run-together spelling (probe, session 33).
@Suite struct NamesInUserAndFileNamesTests {
  static let syllables = ["ko", "fa", "me", "bu", "ti", "wo", "za", "pu", "lo", "ne", "xi", "da", "ru", "sa"]

  static func word(_ rng: inout SplitMix64) -> String {
    (0..<3).map { _ in syllables.randomElement(using: &rng)! }.joined().capitalized
  }

  /// Whether the detector finds every letter of `part` at `offset` of `text`.
  static func covers(_ detector: some Detector, _ text: String, _ part: String, at offset: Int) -> Bool {
    var text = text
    var findings: [Finding] = []
    text.withUTF8 { detector.detect(in: AnalysisText(bytes: $0), into: &findings) }
    return (offset..<(offset + part.utf8.count)).allSatisfy { byte in findings.contains { $0.range.contains(byte) } }
  }

  /// A made-up two-word name learnt from a document is found in the user names and file names
  /// its words are written into, and not inside longer words.
  @Test func aLearntNameIsFoundInUserAndFileNames() throws {
    var rng = SplitMix64(seed: 0x05E2)
    var left: [String] = []
    let recurrence = RecurrencePass(lexicon: try? Lexicon.bundled())
    for _ in 0..<200 {
      let (given, family) = (Self.word(&rng), Self.word(&rng))
      var scope = DocumentScope()
      var name = "\(given) \(family)"
      name.withUTF8 { scope.learn($0, as: .person, recurrence: recurrence) }
      let detector = try #require(scope.detector())
      let number = String(Int.random(in: 1...99_999, using: &rng))
      let (written, joined): (String, String) =
        switch Int.random(in: 0..<5, using: &rng) {
        case 0: ("\(given.lowercased())\(family.lowercased())_\(number)", "\(given.lowercased())\(family.lowercased())")
        case 1: ("\(given)\(family)\(number)", "\(given)\(family)")
        case 2: ("\(given)_\(family)_notes", "\(given)_\(family)")
        case 3:
          ("\(given.lowercased()).\(family.lowercased())\(number)", "\(given.lowercased()).\(family.lowercased())")
        default: ("\(given)-\(family)", "\(given)-\(family)")
        }
      let prefix = ["see ", "@", "messages/inbox/", "file "].randomElement(using: &rng)!
      let text = prefix + written + " today"
      // Joined by punctuation, the words are found one by one: check the letters.
      let letters = joined.unicodeScalars.filter { $0.properties.isAlphabetic }.count
      var findings: [Finding] = []
      var copy = text
      copy.withUTF8 { detector.detect(in: AnalysisText(bytes: $0), into: &findings) }
      let start = prefix.utf8.count
      let covered = joined.utf8.enumerated().filter { ASCIIByte.isLetter($0.element) }.filter { item in
        findings.contains { $0.range.contains(start + item.offset) }
      }.count
      if covered != letters { left.append(text) }
    }
    #expect(left.isEmpty, "\(left.count) of 200 left, e.g. \(left.prefix(5))")
  }

  /// Inside longer words, and as a digit run inside a longer one, nothing is found.
  @Test func aTermInsideALongerWordIsNotFound() {
    var rng = SplitMix64(seed: 0x05E3)
    for _ in 0..<200 {
      let name = Self.word(&rng)
      let number = String(Int.random(in: 1000...9999, using: &rng))
      let detector = DenyListDetector(entries: [.init(term: name), .init(term: number, kind: .phone)])
      let letter = String("abcdefghij".randomElement(using: &rng)!)
      for text in ["x\(name.lowercased()) a", "\(name)\(letter) a", "7\(number)", "\(number)3", "é\(name)"] {
        var findings: [Finding] = []
        var copy = text
        copy.withUTF8 { detector.detect(in: AnalysisText(bytes: $0), into: &findings) }
        #expect(findings.isEmpty, "\(text)")
      }
      #expect(Self.covers(detector, "\(name)_\(number)", name, at: 0))
      #expect(Self.covers(detector, "id \(number)_\(name)", number, at: 3))
    }
  }

  /// A Facebook export's chat folders are masked in the redacted archive's member names, and in
  /// names shown in messages, whatever the folder's name holds; the thread number stays.
  @Test func chatFoldersOfAnExportAreMaskedInMemberNames() throws {
    var rng = SplitMix64(seed: 0x05E4)
    let engine = try RedactionEngine(policy: Policy(name: "folders"), key: nil)
    var items: [ZipFixture.Item] = []
    var folders: [(name: String, number: String)] = []
    for list in ["inbox", "archived_threads", "message_requests", "inbox", "filtered_threads", "e2ee_cutover"] {
      let name = Self.word(&rng).lowercased() + Self.word(&rng).lowercased()
      let number = String(Int.random(in: 100_000...999_999_999, using: &rng))
      folders.append((name, number))
      let path = "your_activity_across_facebook/messages/\(list)/\(name)_\(number)/message_1.json"
      items.append(.file(path, Array(#"{"participants": [{"name": "A B"}], "messages": []}"#.utf8)))
      // Shown in messages, the number may read as a phone too.
      let shown = engine.maskedForDisplay(path)
      #expect(shown.contains("/\(list)/[PERSON]_") && !shown.contains(name), "\(shown)")
    }
    let input = try ZipFixture.make(items)
    defer { try? FileManager.default.removeItem(at: input) }
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("out-\(UUID().uuidString).zip")
    defer { try? FileManager.default.removeItem(at: output) }
    let writer = try ZipArchiveWriter(path: output.path)
    _ = try ArchiveRedactor(engine: engine, workers: 1).redact(archiveAt: input.path, into: writer)
    writer.close()
    let names = Array(try Archive(url: output, accessMode: .read)).map(\.path)
    #expect(names.count == folders.count)
    for folder in folders {
      #expect(!names.joined().contains(folder.name))
      #expect(names.contains { $0.contains("/[PERSON]_\(folder.number)/message_1.json") }, "\(names)")
    }
    // Not under a chat list, or not ending in a number: left to detection.
    #expect(engine.maskedForDisplay("photos/album_2024/x.jpg") == "photos/album_2024/x.jpg")
    #expect(engine.maskedForDisplay("messages/inbox/readme.txt") == "messages/inbox/readme.txt")
  }
}
