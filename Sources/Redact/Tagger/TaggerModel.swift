import Foundation

/// A trained linear-chain CRF over hashed features: per-label weights for each feature bucket
/// (quantised to 8 bits) and label-transition scores.
///
/// File layout (little-endian): magic `RDCRF1\0\0`, feature version (u32), bucket bits (u32),
/// label count (u32), weight scale (f32), start scores, end scores and transitions (f32), then
/// `2^bits × labels` signed bytes.
public final class TaggerModel: Sendable {
  public static let magic = Array("RDCRF1\0\0".utf8)
  public let bucketBits: Int
  let labels: Int
  let scale: Float
  let start: [Float]
  let end: [Float]
  /// `transitions[from * labels + to]`.
  let transitions: [Float]
  let weights: [Int8]

  /// A model from trained floating-point weights (`2^bucketBits × labels`), quantised here.
  public init(
    bucketBits: Int, weights: [Float], transitions: [Float], start: [Float], end: [Float]
  ) {
    let labels = TaggerLabel.count
    precondition(weights.count == (1 << bucketBits) * labels)
    let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
    let scale = largest > 0 ? largest / 127 : 1
    self.bucketBits = bucketBits
    self.labels = labels
    self.scale = scale
    self.weights = weights.map { Int8(clamping: Int(($0 / scale).rounded())) }
    self.transitions = transitions
    self.start = start
    self.end = end
  }

  /// Reads a model file, refusing wrong magic, versions or sizes.
  public init(contentsOf url: URL) throws {
    let name = url.lastPathComponent
    guard let data = try? Data(contentsOf: url) else { throw LexiconError.missing(file: name) }
    let bytes = [UInt8](data)
    var offset = 0
    func u32() throws -> UInt32 {
      guard offset + 4 <= bytes.count else { throw LexiconError.malformed(file: name) }
      defer { offset += 4 }
      return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
        | UInt32(bytes[offset + 3]) << 24
    }
    func floats(_ count: Int) throws -> [Float] { try (0..<count).map { _ in Float(bitPattern: try u32()) } }
    guard bytes.count > 8, Array(bytes[0..<8]) == Self.magic else { throw LexiconError.malformed(file: name) }
    offset = 8
    guard try u32() == TaggerFeatureExtractor.version else { throw LexiconError.malformed(file: name) }
    let bits = Int(try u32())
    let labels = Int(try u32())
    guard (8...24).contains(bits), labels == TaggerLabel.count else { throw LexiconError.malformed(file: name) }
    scale = Float(bitPattern: try u32())
    start = try floats(labels)
    end = try floats(labels)
    transitions = try floats(labels * labels)
    let weightCount = (1 << bits) * labels
    guard bytes.count - offset == weightCount else { throw LexiconError.malformed(file: name) }
    var weights = [Int8](repeating: 0, count: weightCount)
    let weightsOffset = offset
    weights.withUnsafeMutableBytes { target in
      bytes.withUnsafeBytes { target.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[weightsOffset...])) }
    }
    self.weights = weights
    bucketBits = bits
    self.labels = labels
  }

  /// The model file's bytes.
  public func serialized() -> [UInt8] {
    var out = Self.magic
    func u32(_ value: UInt32) {
      for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
    u32(TaggerFeatureExtractor.version)
    u32(UInt32(bucketBits))
    u32(UInt32(labels))
    u32(scale.bitPattern)
    for value in start + end + transitions { u32(value.bitPattern) }
    out += weights.map { UInt8(bitPattern: $0) }
    return out
  }

  /// Emission scores: `labels` per token, from `featuresPerToken` indices per token.
  func emissions(_ features: [UInt32], tokens: Int, into scores: inout [Float]) {
    let per = TaggerFeatureExtractor.featuresPerToken
    scores = [Float](repeating: 0, count: tokens * labels)
    weights.withUnsafeBufferPointer { w in
      for t in 0..<tokens {
        var sums = (Int32(0), Int32(0), Int32(0), Int32(0), Int32(0), Int32(0), Int32(0))
        for k in 0..<per {
          let base = Int(features[t * per + k]) * 7
          sums.0 &+= Int32(w[base])
          sums.1 &+= Int32(w[base + 1])
          sums.2 &+= Int32(w[base + 2])
          sums.3 &+= Int32(w[base + 3])
          sums.4 &+= Int32(w[base + 4])
          sums.5 &+= Int32(w[base + 5])
          sums.6 &+= Int32(w[base + 6])
        }
        let o = t * labels
        scores[o] = Float(sums.0) * scale
        scores[o + 1] = Float(sums.1) * scale
        scores[o + 2] = Float(sums.2) * scale
        scores[o + 3] = Float(sums.3) * scale
        scores[o + 4] = Float(sums.4) * scale
        scores[o + 5] = Float(sums.5) * scale
        scores[o + 6] = Float(sums.6) * scale
      }
    }
  }

  /// Per-token label probabilities (forward–backward), `labels` per token.
  func marginals(emissions: [Float], tokens: Int) -> [Float] {
    CRFInference.marginals(
      emissions: emissions, tokens: tokens, labels: labels, transitions: transitions, start: start,
      end: end)
  }
}

/// Forward–backward for a linear-chain CRF with scaled (not log-space) messages.
public enum CRFInference {
  /// Node marginals `P(y_t = label)`, `labels` per token.
  public static func marginals(
    emissions: [Float], tokens n: Int, labels L: Int, transitions: [Float], start: [Float],
    end: [Float]
  ) -> [Float] {
    let (alpha, beta, _, _) = messages(
      emissions: emissions, tokens: n, labels: L, transitions: transitions, start: start, end: end)
    var out = [Float](repeating: 0, count: n * L)
    for t in 0..<n {
      var total: Float = 0
      for y in 0..<L {
        let value = alpha[t * L + y] * beta[t * L + y]
        out[t * L + y] = value
        total += value
      }
      if total > 0 { for y in 0..<L { out[t * L + y] /= total } }
    }
    return out
  }

  /// Scaled forward and backward messages and the exponentiated transition matrix.
  public static func messages(
    emissions: [Float], tokens n: Int, labels L: Int, transitions: [Float], start: [Float],
    end: [Float]
  ) -> (alpha: [Float], beta: [Float], expTransitions: [Float], potentials: [Float]) {
    let expT = transitions.map { Float(Foundation.exp(Double($0))) }
    var potentials = [Float](repeating: 0, count: n * L)
    for t in 0..<n {
      var top = -Float.infinity
      for y in 0..<L {
        var value = emissions[t * L + y]
        if t == 0 { value += start[y] }
        if t == n - 1 { value += end[y] }
        potentials[t * L + y] = value
        top = max(top, value)
      }
      for y in 0..<L { potentials[t * L + y] = expf(potentials[t * L + y] - top) }
    }
    var alpha = [Float](repeating: 0, count: n * L)
    var beta = [Float](repeating: 0, count: n * L)
    for y in 0..<L { alpha[y] = potentials[y] }
    normalize(&alpha, at: 0, L)
    if n > 1 {
      for t in 1..<n {
        for y in 0..<L {
          var sum: Float = 0
          for x in 0..<L { sum += alpha[(t - 1) * L + x] * expT[x * L + y] }
          alpha[t * L + y] = sum * potentials[t * L + y]
        }
        normalize(&alpha, at: t, L)
      }
    }
    for y in 0..<L { beta[(n - 1) * L + y] = 1 }
    if n > 1 {
      for t in stride(from: n - 2, through: 0, by: -1) {
        for x in 0..<L {
          var sum: Float = 0
          for y in 0..<L { sum += expT[x * L + y] * potentials[(t + 1) * L + y] * beta[(t + 1) * L + y] }
          beta[t * L + x] = sum
        }
        normalize(&beta, at: t, L)
      }
    }
    return (alpha, beta, expT, potentials)
  }

  @inline(__always)
  static func normalize(_ values: inout [Float], at t: Int, _ L: Int) {
    var total: Float = 0
    for y in 0..<L { total += values[t * L + y] }
    guard total > 0 else { return }
    let inverse = 1 / total
    for y in 0..<L { values[t * L + y] *= inverse }
  }

  @inline(__always)
  static func expf(_ value: Float) -> Float { Float(Foundation.exp(Double(value))) }
}

extension TaggerModel {
  /// Label probabilities per token for already extracted features.
  public func marginals(features: [UInt32], tokens: Int) -> [Float] {
    var scores: [Float] = []
    emissions(features, tokens: tokens, into: &scores)
    return marginals(emissions: scores, tokens: tokens)
  }

  /// The entity a token belongs to under recall-first decoding: a person or place when the
  /// probability of being inside one exceeds `threshold` (the likelier of the two when both do).
  public static func entity(_ marginals: [Float], at t: Int, threshold: Float) -> TaggerEntity? {
    let L = TaggerLabel.count
    let person = marginals[t * L + 1] + marginals[t * L + 2]
    let location = marginals[t * L + 3] + marginals[t * L + 4]
    if person >= threshold && person >= location { return .person }
    if location >= threshold { return .location }
    return nil
  }
}
