import Foundation
import Testing

@testable import Redact

/// The Korean model finds names it has never seen by their context (issue 15, session 35): since
/// `ko.crf` also learns from the KLUE news sentences with other names in them
/// (`tools/data/make_ko_varied_names.py`), a foreign name in Hangul that neither the train split
/// nor Redact's Hangul name lists hold is found in ordinary news and case-note frames, and the same
/// frames with ordinary nouns in the name's place stay unmasked. The tagger runs alone here
/// (the registry's tagger with its Korean filter, no rules, no recurrence), as
/// `redact-eval ner --only tagger` runs it.
@Suite struct KoreanTaggerGeneralisationTests {
  /// Foreign given names in Hangul written for this test, none in the ko train split nor in
  /// `KoreanForeignNameWords`.
  static let unseenNames = [
    "라시드", "파티마", "오마르", "누르잔", "소피아", "세르게이", "타티아나", "루카스", "마테오", "아흐메드", "야스민",
    "레일라", "무스타파", "안드레이", "알리나", "에카테리나", "마리나", "오스카", "이사벨", "쥘리앵", "마틸드", "제롬",
    "아르템", "보그단", "미하일", "갈리나", "알렉세이", "키릴", "잉그리드", "스벤", "군나르", "울리카", "아그네타", "마그누스",
  ]

  /// Whether a Hangul syllable ends in a consonant (the particle after it is 은, 을, 과, 이).
  static func hasFinal(_ word: String) -> Bool {
    guard let last = word.unicodeScalars.last, (0xAC00...0xD7A3).contains(last.value) else { return false }
    return (last.value - 0xAC00) % 28 != 0
  }

  /// News and case-note frames written for this test; `{}` is the name or noun, with its particle.
  static func frames(_ word: String) -> [String] {
    let topic = word + (hasFinal(word) ? "은" : "는")
    let object = word + (hasFinal(word) ? "을" : "를")
    let with = word + (hasFinal(word) ? "과" : "와")
    let subject = word + (hasFinal(word) ? "이" : "가")
    return [
      "\(topic) 지난달 공장에서 일하다 손을 다쳤다.", "경찰은 \(object) 사기 혐의로 불구속 입건했다.",
      "재판부는 \(word)에게 징역 2년을 선고했다.", "상담원은 \(with) 두 차례 면담했다.",
      "\(word) 대표는 이날 기자회견을 열고 사과했다.", "이날 회의에는 \(word) 의원이 참석했다.",
      "\(word)의 어머니는 딸이 돌아오기만을 기다리고 있다.", "피해자 \(subject) 경찰에 직접 신고했다.",
    ]
  }

  static let analyzer: Analyzer = {
    let policy = Policy(name: "t", mode: .balanced)
    let detectors = try! DetectorRegistry.detectors(for: policy).filter { $0.id == "tagger" }
    return Analyzer(
      detectors: detectors, contextRules: DetectorRegistry.contextRules(for: policy),
      allowList: AllowList(policy.allowList), threshold: policy.threshold, recurrence: nil)
  }()

  /// The texts of the person findings in `text`.
  static func people(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return analyzer.analyze(text).filter { $0.kind == .person }.map {
      String(decoding: bytes[$0.range], as: UTF8.self)
    }
  }

  @Test func findsUnseenForeignNamesByTheirContext() {
    var rng = SplitMix64(seed: 0x35_14)
    var found = 0
    let trials = 64
    for trial in 0..<trials {
      let first = Self.unseenNames.randomElement(using: &rng)!
      let name = trial % 2 == 0 ? first : first + " " + Self.unseenNames.randomElement(using: &rng)!
      let frames = Self.frames(name)
      let text = frames[trial % frames.count]
      if Self.people(text).contains(where: { $0.contains(name) || name.contains($0) }) { found += 1 }
    }
    // The model before the varied names found 56 of these 64, the retrained one 60
    // (docs/MEASUREMENTS.md, session 35).
    #expect(found * 100 >= trials * 90, "found \(found) of \(trials)")
  }

  /// Person nouns in a name's place (보호자, 직원) are the tagger's hard negatives: it took 9 of
  /// these 64 texts' nouns for names before the varied names and 11 after (session 35); the rules and
  /// filters after it are not run here. This keeps that rate from growing.
  @Test func leavesMostOrdinaryNounsInTheSameFramesAlone() {
    let nouns = ["보호자", "업체 대표", "피고인", "시민단체", "관계자", "직원", "이웃 주민", "담당 공무원"]
    let texts = nouns.flatMap(Self.frames)
    let masked = texts.filter { !Self.people($0).isEmpty }
    #expect(masked.count * 5 <= texts.count, "\(masked)")
  }
}
