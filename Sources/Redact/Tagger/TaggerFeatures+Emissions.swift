extension TaggerFeatureExtractor {
  /// The emission scores of the prepared tokens under `model` (`labels` per token): what
  /// ``writeFeatures(_:into:)`` and then ``TaggerModel/emissions(_:tokens:into:)`` give, with
  /// no feature array in between and the sum of each token's token-only features read from
  /// `sums` when the same word was seen before (``TaggerTokenSums``). Sets ``bucketBits`` to the
  /// model's.
  mutating func emissions(
    _ tokens: [TaggerToken], model: TaggerModel, sums: inout TaggerTokenSums, into scores: inout [Float]
  ) {
    bucketBits = model.bucketBits
    let count = tokens.count
    let labels = model.labels
    let scale = model.scale
    let shift = UInt64(64 - bucketBits)
    let weights = model.weights.buffer
    scores.removeAll(keepingCapacity: true)
    scores.append(contentsOf: repeatElement(0, count: count * labels))
    @inline(__always) func weight(_ feature: UInt64) -> SIMD8<Int16> {
      SIMD8<Int16>(truncatingIfNeeded: weights[Int(truncatingIfNeeded: feature >> shift)])
    }
    sums.withEntries { entries in
      prepared.withUnsafeBufferPointer { prepared in
        tokens.withUnsafeBufferPointer { tokens in
          scores.withUnsafeMutableBufferPointer { out in
            for i in 0..<count {
              let current = prepared[i]
              let lexicon = current.lexicon & 0x7FF
              let slot = TaggerTokenSums.slot(of: current)
              var total: SIMD8<Int16>
              let entry = entries[slot]
              if entry.word == current.word && entry.shape == current.shape && entry.suffix4 == current.suffix4
                && entry.lexicon == lexicon
              {
                total = entry.sums
              } else {
                total = SIMD8<Int16>()
                Self.forEachTokenFeature(current) { total &+= weight($0) }
                entries[slot] = TaggerTokenSums.Entry(
                  word: current.word, shape: current.shape, suffix4: current.suffix4, lexicon: lexicon, sums: total)
              }
              Self.forEachContextFeature(prepared, tokens, i) { total &+= weight($0) }
              for lane in 0..<labels { out[i * labels + lane] = Float(total[lane]) * scale }
            }
          }
        }
      }
    }
  }
}
