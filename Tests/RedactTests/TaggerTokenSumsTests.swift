import Testing

@testable import Redact

/// The tagger's kept sums of token-only features (``TaggerTokenSums``) must give the emissions
/// of all thirty-two features bit for bit, whatever words came before in the same table.
@Suite struct TaggerTokenSumsTests {
  /// Words that share a folded form but not a shape (`the`/`The`/`THE`), Korean words that
  /// share a stem but not a particle (the tagger's word of `박지성이` is `박지성`), words of each
  /// script, digits and symbols.
  static let words = [
    "the", "The", "THE", "Priya", "priya", "PRIYA", "Dhaka", "dhaka", "met", "at", "in", ",", ".", "-", "'", "s",
    "0171", "2024", "Sharma", "Kumar", "police", "Police", "Nguyễn", "café", "Café", "CAFÉ", "박지성", "박지성이",
    "박지성은", "박지성에게", "박지성씨", "서울", "서울에서", "서울로", "경찰은", "어제", "राम", "दिल्ली", "में", "রহিম",
    "ঢাকায়", "สมชาย", "กรุงเทพ", "佐藤", "北京市", "东京", "さん",
  ]

  /// A random word of 1–9 letters from a small alphabet, so that some recur by chance.
  static func randomWord(_ rng: inout SplitMix64) -> String {
    let letters = Array("aAbeEkKnrsStT").map(String.init) + ["é", "가", "이", "은", "क", "ा", "ก"]
    return (0..<Int.random(in: 1...9, using: &rng)).map { _ in letters.randomElement(using: &rng)! }.joined()
  }

  /// The emissions as the tagger computed them before the sums were kept: every feature
  /// written out, then summed.
  static func allFeatureEmissions(
    _ extractor: inout TaggerFeatureExtractor, _ tokens: [TaggerToken], _ model: TaggerModel
  ) -> [Float] {
    var features: [UInt32] = []
    var scores: [Float] = []
    extractor.bucketBits = model.bucketBits
    extractor.writeFeatures(tokens, into: &features)
    model.emissions(features, tokens: tokens.count, into: &scores)
    return scores
  }

  @Test(arguments: [TaggerLanguage.en, .ko, .hi, .bn, .th, .zh, .ja])
  func keptSumsGiveTheEmissionsOfEveryFeature(_ language: TaggerLanguage) throws {
    let model = try TaggerModels.bundled().model(language)
    let lexicon = try Lexicon.bundled()
    var rng = SplitMix64(seed: 0x5E5_0000 &+ UInt64(language.ordinal))
    var extractor = TaggerFeatureExtractor(bucketBits: model.bucketBits, lexicon: lexicon)
    var sums = TaggerTokenSums()
    var mismatches: [String] = []
    for _ in 0..<400 {
      let words = (0..<Int.random(in: 1...14, using: &rng)).map { _ in
        Bool.random(using: &rng) ? Self.words.randomElement(using: &rng)! : Self.randomWord(&rng)
      }
      let text = words.map { $0 + ["", " ", " ", "  ", "\n"].randomElement(using: &rng)! }.joined()
      var bytes = Array(text.utf8)
      let (expected, kept) = bytes.withUnsafeMutableBufferPointer { buffer in
        let bytes = UnsafeBufferPointer(buffer)
        var tokens: [TaggerToken] = []
        TaggerTokenizer.tokenize(bytes, into: &tokens)
        extractor.prepare(bytes, tokens)
        let expected = Self.allFeatureEmissions(&extractor, tokens, model)
        var kept: [Float] = []
        extractor.emissions(tokens, model: model, sums: &sums, into: &kept)
        return (expected, kept)
      }
      if expected != kept { mismatches.append(text) }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
  }

  @Test func everyFeatureIsEitherTheTokensOrItsContexts() {
    let templates = TaggerFeatureExtractor.tokenTemplates + TaggerFeatureExtractor.contextTemplates
    #expect(templates.sorted() == Array(1...TaggerFeatureExtractor.featuresPerToken))
  }
}
