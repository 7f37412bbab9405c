import Foundation
import Testing

@testable import Redact

@Suite struct RecurrenceTests {
  let lexicon = try! Lexicon.bundled()

  func recurrences(_ text: String, found: [(EntityKind, String)]) -> [String] {
    let bytes = Array(text.utf8)
    var findings: [Finding] = []
    for (kind, value) in found {
      let needle = Array(value.utf8)
      let start = (0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }!
      findings.append(Finding(kind: kind, range: start..<(start + needle.count), score: 0.9, detector: "t"))
    }
    var text = text
    return text.withUTF8 { buffer in
      RecurrencePass(lexicon: lexicon).recurrences(of: findings, in: AnalysisText(bytes: buffer)).map {
        String(decoding: buffer[$0.range], as: UTF8.self)
      }
    }
  }

  @Test func masksOtherSpellingsOfAFoundName() {
    let text = "Ms. Sindhu Reddy came. Later SINDHU said sindhu's bag and Reddy's phone were gone."
    #expect(
      recurrences(text, found: [(.person, "Ms. Sindhu Reddy")]) == [
        "Sindhu", "Reddy", "SINDHU", "sindhu", "Reddy",
      ])
  }

  @Test func skipsTitlesShortWordsCommonWordsAndPartsOfWords() {
    #expect(recurrences("Mr. Will Ng will come to Ngong", found: [(.person, "Mr. Will Ng")]).isEmpty)
    #expect(recurrences("Rahim and Rahima", found: [(.person, "Rahim")]) == ["Rahim"])
  }

  @Test func unspacedScriptsRecurAsWholeNames() {
    #expect(recurrences("田中さんと田中さん、田", found: [(.person, "田中")]) == ["田中", "田中"])
  }

  @Test func theEngineMasksRecurrences() throws {
    let engine = try RedactionEngine(
      policy: Policy(name: "t", denyList: [.init(term: "Parvati Devi")], disabledDetectors: ["tagger"]))
    #expect(try engine.redact("Parvati Devi left. parvati came back.").text == "[PERSON] left. [PERSON] came back.")
  }
}

@Suite struct PersonNameNormalizerTests {
  @Test func spellingsOfOneNameShareAKey() {
    let normalizer = PersonNameNormalizer()
    for value in ["Sindhu", "Ms Sindhu", "SINDHU", "Sindhu's", "Sindhu R.", "Sindhu Reddy", "Ｓｉｎｄｈｕ", "ms. sindhu"] {
      #expect(normalizer.normalize(value) == "sindhu", "\(value)")
    }
    #expect(normalizer.normalize("Md. Rahim Uddin") == "rahim")
    #expect(normalizer.normalize("田中") == "田中")
    #expect(normalizer.normalize("Ms.") == "ms.")
  }

  @Test func pseudonymsLinkAliases() throws {
    let policy = Policy(
      name: "t", operators: [.person: .pseudonym(length: 8)],
      denyList: [.init(term: "Sindhu Reddy"), .init(term: "Sindhu")], disabledDetectors: ["tagger"])
    let engine = try RedactionEngine(policy: policy, key: testKey)
    let words = try engine.redact("Sindhu Reddy / SINDHU").text.components(separatedBy: " / ")
    #expect(words.count == 2 && words[0] == words[1])
  }
}
