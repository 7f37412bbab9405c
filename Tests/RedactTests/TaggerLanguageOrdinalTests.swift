import Testing

@testable import Redact

/// The per-language tables that replaced hashing and interpolation on the tagger's path
/// (issue 16) agree with what they replaced.
@Suite struct TaggerLanguageOrdinalTests {
  @Test func numbersEveryLanguageByItsPlaceInAllCases() {
    for (index, language) in TaggerLanguage.allCases.enumerated() {
      #expect(language.ordinal == index, "\(language)")
    }
  }

  @Test func explainsFindingsAsTheInterpolationDid() {
    for language in TaggerLanguage.allCases {
      #expect(EntityTaggerDetector.explanation(language) == "model:\(language.rawValue)")
    }
  }
}
