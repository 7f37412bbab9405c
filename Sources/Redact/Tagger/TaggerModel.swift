import Foundation

/// A trained linear-chain CRF over hashed features: per-label weights for each feature bucket
/// (quantised to 8 bits) and label-transition scores.
///
/// File layout (little-endian): magic `RDCRF1\0\0`, feature version (u32), bucket bits (u32),
/// label count (u32), weight scale (f32), start scores, end scores and transitions (f32), then
/// `2^bits × labels` signed bytes.
package final class TaggerModel: Sendable {
  package static let magic = Array("RDCRF1\0\0".utf8)
  package let bucketBits: Int
  let labels: Int
  let scale: Float
  let start: [Float]
  let end: [Float]
  /// `transitions[from * labels + to]`.
  let transitions: [Float]
  /// Seven label weights per bucket, padded to eight lanes so one load fetches a bucket.
  let weights: LargeTable<SIMD8<Int8>>
  /// `exp(transitions)` by row and by column, and start/end scores, as SIMD vectors.
  let transitionRows: [SIMD8<Float>]
  let transitionColumns: [SIMD8<Float>]
  let startVector: SIMD8<Float>
  let endVector: SIMD8<Float>

  /// A model from trained floating-point weights (`2^bucketBits × labels`), quantised here.
  package init(
    bucketBits: Int, weights: [Float], transitions: [Float], start: [Float], end: [Float]
  ) {
    let labels = TaggerLabel.count
    precondition(weights.count == (1 << bucketBits) * labels)
    let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
    let scale = largest > 0 ? largest / 127 : 1
    self.bucketBits = bucketBits
    self.labels = labels
    self.scale = scale
    self.weights = Self.padded(weights.map { Int8(clamping: Int(($0 / scale).rounded())) })
    self.transitions = transitions
    self.start = start
    self.end = end
    (transitionRows, transitionColumns) = CRFInference.transitionVectors(Self.exp(transitions), labels: labels)
    (startVector, endVector) = (CRFInference.vector(start), CRFInference.vector(end))
  }

  /// Reads a model file, refusing wrong magic, versions or sizes.
  package init(contentsOf url: URL) throws {
    var reader = try ResourceReader(contentsOf: url, magic: Self.magic)
    guard try reader.u32() == TaggerFeatureExtractor.version else { throw reader.malformed }
    let bits = try reader.int()
    let labels = try reader.int()
    guard (8...24).contains(bits), labels == TaggerLabel.count else { throw reader.malformed }
    scale = Float(bitPattern: try reader.u32())
    start = try reader.floats(labels)
    end = try reader.floats(labels)
    transitions = try reader.floats(labels * labels)
    let weightCount = (1 << bits) * labels
    guard reader.remaining == weightCount else { throw reader.malformed }
    weights = Self.padded(try reader.array(of: Int8.self, count: weightCount))
    (transitionRows, transitionColumns) = CRFInference.transitionVectors(Self.exp(transitions), labels: labels)
    (startVector, endVector) = (CRFInference.vector(start), CRFInference.vector(end))
    bucketBits = bits
    self.labels = labels
  }

  /// Checks a model file's magic, versions and size without reading its weights.
  package static func validate(_ url: URL) throws {
    let name = url.lastPathComponent
    guard let handle = try? FileHandle(forReadingFrom: url) else { throw ResourceError.missing(file: name) }
    defer { try? handle.close() }
    let labels = TaggerLabel.count
    let headerSize = 8 + 16 + 4 * (2 * labels + labels * labels)
    guard let header = try? handle.read(upToCount: 24), header.count == 24,
      let size = try? handle.seekToEnd()
    else { throw ResourceError.malformed(file: name) }
    var reader = try ResourceReader(bytes: [UInt8](header), file: name, magic: magic)
    let version = try reader.u32()
    let bits = try reader.int()
    guard version == TaggerFeatureExtractor.version, (8...24).contains(bits), try reader.int() == labels,
      Int(size) == headerSize + (1 << bits) * labels
    else { throw reader.malformed }
  }

  /// The model file's bytes.
  package func serialized() -> [UInt8] {
    var out = Self.magic
    out.appendLittleEndian(TaggerFeatureExtractor.version)
    out.appendLittleEndian(UInt32(bucketBits))
    out.appendLittleEndian(UInt32(labels))
    out.appendLittleEndian(scale.bitPattern)
    for value in start + end + transitions { out.appendLittleEndian(value.bitPattern) }
    for bucket in weights.buffer {
      for lane in 0..<labels { out.append(UInt8(bitPattern: bucket[lane])) }
    }
    return out
  }

  /// `exp` of each transition score, for the forward–backward messages.
  private static func exp(_ scores: [Float]) -> [Float] { scores.map { Float(Foundation.exp(Double($0))) } }

  /// The weights, ``TaggerLabel/count`` a bucket one after another, as one eight-lane vector
  /// a bucket (the lanes past the labels zero).
  ///
  /// Performance: a bucket is one unaligned 8-byte load with the bytes past the labels cleared;
  /// copied lane by lane, a model took ~4M instructions to lay out, paid at start-up by every
  /// run that tags (three models on English text).
  static func padded(_ flat: [Int8]) -> LargeTable<SIMD8<Int8>> {
    let labels = TaggerLabel.count
    let count = flat.count / labels
    let table = LargeTable<SIMD8<Int8>>(count: count, repeating: SIMD8())
    let mask: UInt64 = labels >= 8 ? .max : (1 << UInt64(8 * labels)) - 1
    flat.withUnsafeBytes { source in
      table.withMutableBuffer { buckets in
        var bucket = 0
        while bucket < count && bucket * labels + 8 <= source.count {
          let word = UInt64(littleEndian: source.loadUnaligned(fromByteOffset: bucket * labels, as: UInt64.self))
          buckets[bucket] = unsafeBitCast((word & mask).littleEndian, to: SIMD8<Int8>.self)
          bucket += 1
        }
        // The last bucket, whose eight bytes would run past the weights.
        while bucket < count {
          for lane in 0..<labels { buckets[bucket][lane] = flat[bucket * labels + lane] }
          bucket += 1
        }
      }
    }
    return table
  }

  /// Emission scores: `labels` per token, from `featuresPerToken` indices per token.
  func emissions(_ features: [UInt32], tokens: Int, into scores: inout [Float]) {
    let per = TaggerFeatureExtractor.featuresPerToken
    scores.removeAll(keepingCapacity: true)
    scores.append(contentsOf: repeatElement(0, count: tokens * labels))
    let w = weights.buffer
    features.withUnsafeBufferPointer { f in
      scores.withUnsafeMutableBufferPointer { out in
        for t in 0..<tokens {
          var sums = SIMD8<Int16>()
          for k in 0..<per { sums &+= SIMD8<Int16>(truncatingIfNeeded: w[Int(f[t * per + k])]) }
          let o = t * labels
          for lane in 0..<labels { out[o + lane] = Float(sums[lane]) * scale }
        }
      }
    }
  }
}

extension TaggerModel {
  /// Emission scores of the tokens `extractor` has prepared (``TaggerFeatureExtractor/prepare(_:_:)``),
  /// one vector per token with the lanes past the labels at −∞ (as forward–backward reads them):
  /// the scores of ``emissions(_:tokens:into:)`` for the features ``TaggerFeatureExtractor/writeFeatures(_:into:)``
  /// would write, bucket weights added as the features are hashed.
  ///
  /// Performance: storing 32 bucket indices per token and reading them back (with the array
  /// zero-filled first) was 40% of the two steps' instructions on English text.
  func emissions(
    of tokens: [TaggerToken], from extractor: inout TaggerFeatureExtractor, into scores: inout [SIMD8<Float>]
  ) {
    scores.removeAll(keepingCapacity: true)
    scores.append(contentsOf: repeatElement(.zero, count: tokens.count))
    extractor.bucketBits = bucketBits
    scores.withUnsafeMutableBufferPointer { out in
      var sink = WeightAdder(
        weights: UnsafeBufferPointer(weights.buffer), scale: scale, unused: CRFInference.unusedLanes(labels), out: out)
      extractor.visitFeatures(tokens, &sink)
    }
  }

  /// Adds the weights of each token's buckets and writes the token's scores (``emissions(of:from:into:)``).
  private struct WeightAdder: TaggerFeatureExtractor.FeatureSink {
    let weights: UnsafeBufferPointer<SIMD8<Int8>>
    let scale: Float
    let unused: SIMDMask<SIMD8<Int32>>
    let out: UnsafeMutableBufferPointer<SIMD8<Float>>
    var sums = SIMD8<Int16>()

    @inline(__always)
    mutating func put(_ bucket: Int) { sums &+= SIMD8<Int16>(truncatingIfNeeded: weights[bucket]) }

    @inline(__always)
    mutating func endToken(_ index: Int) {
      out[index] = (SIMD8<Float>(sums) * scale).replacing(with: -.infinity, where: unused)
      sums = SIMD8<Int16>()
    }
  }

  /// Label probabilities per token into `out` from score vectors (``emissions(of:from:into:)``),
  /// reusing the `workspace`.
  func marginals(
    emissions scores: [SIMD8<Float>], workspace: inout CRFInference.Workspace, into out: inout [Float]
  ) {
    scores.withUnsafeBufferPointer {
      CRFInference.marginals(
        emissions: $0, labels: labels, rows: transitionRows, columns: transitionColumns, start: startVector,
        end: endVector, workspace: &workspace, into: &out)
    }
  }

  /// Label probabilities per token for already extracted features.
  package func marginals(features: [UInt32], tokens: Int) -> [Float] {
    var scores: [Float] = []
    var workspace = CRFInference.Workspace()
    var out: [Float] = []
    emissions(features, tokens: tokens, into: &scores)
    marginals(
      emissions: CRFInference.vectors(scores, tokens: tokens, labels: labels), workspace: &workspace, into: &out)
    return out
  }

  /// The entity a token belongs to under recall-first decoding: a person or place when the
  /// probability of being inside one exceeds `threshold` (the likelier of the two when both do).
  package static func entity(_ marginals: [Float], at t: Int, threshold: Float) -> TaggerEntity? {
    let L = TaggerLabel.count
    let person = marginals[t * L + 1] + marginals[t * L + 2]
    let location = marginals[t * L + 3] + marginals[t * L + 4]
    if person >= threshold && person >= location { return .person }
    if location >= threshold { return .location }
    return nil
  }
}
