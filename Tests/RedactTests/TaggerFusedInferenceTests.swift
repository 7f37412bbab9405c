import Foundation
import Testing

@testable import Redact

/// The tagger's inference path adds each feature's weights as the feature is hashed and runs
/// forward–backward over whole lanes; these check, on random texts, models and scores, that it
/// computes bit for bit what storing the features first and looping over the labels computed.
@Suite struct TaggerFusedInferenceTests {
  /// Words of the shapes the tagger sees: capitalised and lower-case Latin words, initials,
  /// digits, symbols, words with diacritics, Devanagari, Bengali, Thai, Han, kana and Hangul.
  static let pieces = [
    "Priya", "said", "the", "Dhaka", "O'Brien", "S.", "Reddy", "met", "in", "NGO", "2024", "+880", "1711",
    ",", ".", "-", "(", ")", "#", "@sunita", "Nguyễn", "Văn", "São", "Paulo", "café", "राम", "को", "काठमाडौं",
    "রহিম", "ঢাকা", "สมชาย", "ที่", "กรุงเทพ", "佐藤", "さん", "東京", "北京市", "김민수", "씨는", "서울에서",
    "x", "ABC", "a1b2", "’", "—",
  ]

  static func randomText(_ generator: inout SplitMix64) -> String {
    let count = Int(generator.next() % 40) + 1
    var text = ""
    for _ in 0..<count {
      let piece = pieces[Int(generator.next() % UInt64(pieces.count))]
      text += generator.next() % 4 == 0 ? piece : piece + " "
    }
    return text
  }

  static func randomModel(_ generator: inout SplitMix64, bits: Int) -> TaggerModel {
    let labels = TaggerLabel.count
    func random(_ range: Float) -> Float { Float(Int(generator.next() % 20_001) - 10_000) / 10_000 * range }
    return TaggerModel(
      bucketBits: bits, weights: (0..<((1 << bits) * labels)).map { _ in random(2) },
      transitions: (0..<(labels * labels)).map { _ in random(4) }, start: (0..<labels).map { _ in random(3) },
      end: (0..<labels).map { _ in random(3) })
  }

  @Test func emissionsAddedAsFeaturesAreHashedEqualThoseOfStoredFeatures() {
    var generator = SplitMix64(seed: 16)
    let labels = TaggerLabel.count
    for round in 0..<60 {
      let model = Self.randomModel(&generator, bits: 8 + round % 5)
      var extractor = TaggerFeatureExtractor(bucketBits: 16, lexicon: nil)
      for _ in 0..<5 {
        let text = Self.randomText(&generator)
        var utf8 = text
        utf8.withUTF8 { bytes in
          var tokens: [TaggerToken] = []
          TaggerTokenizer.tokenize(bytes, into: &tokens)
          extractor.prepare(bytes, tokens)
          var fused: [SIMD8<Float>] = []
          model.emissions(of: tokens, from: &extractor, into: &fused)
          extractor.bucketBits = model.bucketBits
          var features: [UInt32] = []
          extractor.writeFeatures(tokens, into: &features)
          var stored: [Float] = []
          model.emissions(features, tokens: tokens.count, into: &stored)
          #expect(fused.count == tokens.count)
          var differing: [String] = []
          for t in fused.indices {
            for lane in 0..<8 {
              let expected = lane < labels ? stored[t * labels + lane] : -Float.infinity
              if fused[t][lane].bitPattern != expected.bitPattern { differing.append("token \(t) lane \(lane)") }
            }
          }
          let differences = differing.count
          #expect(differences == 0, "\(differing.prefix(3)) of \(text)")
        }
      }
    }
  }

  /// Forward–backward as it was written with the label count as the loops' bound (the lanes
  /// read and written one by one): the reference the whole-lane version must match.
  static func labelLoopMarginals(
    _ e: [Float], tokens n: Int, labels L: Int, transitions: [Float], start: [Float], end: [Float]
  ) -> [Float] {
    let expT = transitions.map { Float(Foundation.exp(Double($0))) }
    var rows = [SIMD8<Float>](repeating: .zero, count: L)
    var columns = [SIMD8<Float>](repeating: .zero, count: L)
    for x in 0..<L {
      for y in 0..<L {
        rows[x][y] = expT[x * L + y]
        columns[y][x] = expT[x * L + y]
      }
    }
    let startVector = CRFInference.vector(start)
    let endVector = CRFInference.vector(end)
    var potentials = [SIMD8<Float>](repeating: .zero, count: n)
    var alpha = potentials
    var beta = potentials
    for t in 0..<n {
      var value = SIMD8<Float>(repeating: -.infinity)
      for y in 0..<L { value[y] = e[t * L + y] }
      if t == 0 { value += startVector }
      if t == n - 1 { value += endVector }
      var top = value[0]
      for y in 1..<L { top = max(top, value[y]) }
      potentials[t] = CRFInference.exp(value - top)
    }
    alpha[0] = CRFInference.normalized(potentials[0])
    for t in stride(from: 1, to: n, by: 1) {
      var sum = SIMD8<Float>.zero
      for x in 0..<L { sum += alpha[t - 1][x] * rows[x] }
      alpha[t] = CRFInference.normalized(sum * potentials[t])
    }
    var lastBeta = SIMD8<Float>(repeating: 0)
    for y in 0..<L { lastBeta[y] = 1 }
    beta[n - 1] = lastBeta
    for t in stride(from: n - 2, through: 0, by: -1) {
      let v = potentials[t + 1] * beta[t + 1]
      var sum = SIMD8<Float>.zero
      for y in 0..<L { sum += v[y] * columns[y] }
      beta[t] = CRFInference.normalized(sum)
    }
    var out = [Float](repeating: 0, count: n * L)
    for t in 0..<n {
      let product = CRFInference.normalized(alpha[t] * beta[t])
      for y in 0..<L { out[t * L + y] = product[y] }
    }
    return out
  }

  @Test func wholeLaneForwardBackwardEqualsTheLabelLoops() {
    var generator = SplitMix64(seed: 1_616)
    let L = TaggerLabel.count
    for round in 0..<400 {
      // Scores of the size the models give, and now and then far larger ones (a lane of a
      // potential that underflows to zero).
      let range: Float = round % 7 == 0 ? 120 : 12
      func random() -> Float { Float(Int(generator.next() % 20_001) - 10_000) / 10_000 * range }
      let n = Int(generator.next() % 60) + 1
      let emissions = (0..<(n * L)).map { _ in random() }
      let transitions = (0..<(L * L)).map { _ in random() / 3 }
      let start = (0..<L).map { _ in random() }
      let end = (0..<L).map { _ in random() }
      let expected = Self.labelLoopMarginals(
        emissions, tokens: n, labels: L, transitions: transitions, start: start, end: end)
      let marginals = CRFInference.marginals(
        emissions: emissions, tokens: n, labels: L, transitions: transitions, start: start, end: end)
      let differing = marginals.indices.filter { marginals[$0].bitPattern != expected[$0].bitPattern }.count
      #expect(differing == 0 && marginals.count == expected.count, "round \(round), \(n) tokens")
    }
  }

  @Test func paddedWeightsHoldEachBucketsLabelsAndZeroLanes() {
    var generator = SplitMix64(seed: 7)
    let labels = TaggerLabel.count
    for buckets in [1, 2, 3, 17, 256, 1_000] {
      let flat = (0..<(buckets * labels)).map { _ in Int8(truncatingIfNeeded: generator.next()) }
      let table = TaggerModel.padded(flat)
      #expect(table.buffer.count == buckets)
      var differing: [String] = []
      for bucket in 0..<buckets {
        for lane in 0..<8 where table.buffer[bucket][lane] != (lane < labels ? flat[bucket * labels + lane] : 0) {
          differing.append("bucket \(bucket) lane \(lane)")
        }
      }
      let differences = differing.count
      #expect(differences == 0, "\(differing.prefix(3)) of \(buckets) buckets")
    }
  }
}
