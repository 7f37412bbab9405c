import Foundation

/// Forward–backward for a linear-chain CRF with scaled (not log-space) messages.
package enum CRFInference {
  /// Node marginals `P(y_t = label)`, `labels` per token (at most 8 labels).
  ///
  /// Each token's label values live in one `SIMD8<Float>`, so a forward or backward step is
  /// seven vector multiply-adds.
  package static func marginals(
    emissions: [Float], tokens n: Int, labels L: Int, transitions: [Float], start: [Float],
    end: [Float]
  ) -> [Float] {
    precondition(L <= 8)
    let expT = transitions.map { Float(Foundation.exp(Double($0))) }
    let (rows, columns) = transitionVectors(expT, labels: L)
    var workspace = Workspace()
    var out: [Float] = []
    vectors(emissions, tokens: n, labels: L).withUnsafeBufferPointer {
      marginals(
        emissions: $0, labels: L, rows: rows, columns: columns, start: vector(start), end: vector(end),
        workspace: &workspace, into: &out)
    }
    return out
  }

  /// Flat emission scores (`labels` per token) as one vector per token, the lanes past the
  /// labels at −∞.
  static func vectors(_ emissions: [Float], tokens n: Int, labels L: Int) -> [SIMD8<Float>] {
    (0..<n).map { t in
      var value = SIMD8<Float>(repeating: -.infinity)
      for y in 0..<L { value[y] = emissions[t * L + y] }
      return value
    }
  }

  /// The lanes of a per-label vector past `labels` labels.
  static func unusedLanes(_ labels: Int) -> SIMDMask<SIMD8<Int32>> {
    SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7) .>= SIMD8<Int32>(repeating: Int32(labels))
  }

  /// `rows[x][y] = exp(T[x→y])` and its transpose, one SIMD vector per label, and zero vectors
  /// for the lanes past the labels (eight of each: the message loops run over every lane, with
  /// constant lane numbers, and a zero lane adds `+0`, which leaves a sum as it is).
  static func transitionVectors(_ expT: [Float], labels L: Int) -> (rows: [SIMD8<Float>], columns: [SIMD8<Float>]) {
    var rows = [SIMD8<Float>](repeating: .zero, count: 8)
    var columns = [SIMD8<Float>](repeating: .zero, count: 8)
    for x in 0..<L {
      for y in 0..<L {
        rows[x][y] = expT[x * L + y]
        columns[y][x] = expT[x * L + y]
      }
    }
    return (rows, columns)
  }

  /// Buffers reused from one call to the next (see ``TaggerScratch``).
  struct Workspace {
    var potentials: [SIMD8<Float>] = []
    var alpha: [SIMD8<Float>] = []
    var beta: [SIMD8<Float>] = []
  }

  /// Scaled forward and backward messages into `workspace` (one SIMD vector per token), from
  /// one emission vector per token whose lanes past the labels are −∞ (``vectors(_:tokens:labels:)``).
  ///
  /// Performance: the lanes are read by constant numbers (all eight; the unused ones add zero),
  /// and a token's scores are one vector load: with the label count as a run-time bound, every
  /// lane read and write went through memory (forward–backward ran at ~500 instructions a token).
  /// The sums are added in the same order as before, so the messages are bit for bit the same.
  static func forwardBackward(
    emissions e: UnsafeBufferPointer<SIMD8<Float>>, labels L: Int, rows: [SIMD8<Float>], columns: [SIMD8<Float>],
    start startVector: SIMD8<Float>, end endVector: SIMD8<Float>, workspace: inout Workspace
  ) {
    let n = e.count
    // Each buffer by name: a loop over key paths allocated an array and went through key-path
    // access on every run.
    workspace.potentials.removeAll(keepingCapacity: true)
    workspace.potentials.append(contentsOf: repeatElement(.zero, count: n))
    workspace.alpha.removeAll(keepingCapacity: true)
    workspace.alpha.append(contentsOf: repeatElement(.zero, count: n))
    workspace.beta.removeAll(keepingCapacity: true)
    workspace.beta.append(contentsOf: repeatElement(.zero, count: n))
    guard n > 0 else { return }
    let rowVectors = Octet(rows)
    let columnVectors = Octet(columns)
    workspace.potentials.withUnsafeMutableBufferPointer { potentials in
      workspace.alpha.withUnsafeMutableBufferPointer { alpha in
        workspace.beta.withUnsafeMutableBufferPointer { beta in
          for t in 0..<n {
            var value = e[t]
            if t == 0 { value += startVector }
            if t == n - 1 { value += endVector }
            potentials[t] = exp(value - largestLane(value))
          }
          alpha[0] = normalized(potentials[0])
          var t = 1
          while t < n {
            alpha[t] = normalized(rowVectors.weightedSum(alpha[t - 1]) * potentials[t])
            t += 1
          }
          beta[n - 1] = SIMD8<Float>(repeating: 1).replacing(with: 0, where: unusedLanes(L))
          t = n - 2
          while t >= 0 {
            beta[t] = normalized(columnVectors.weightedSum(potentials[t + 1] * beta[t + 1]))
            t -= 1
          }
        }
      }
    }
  }

  /// Eight vectors (the transition rows or columns) held apart, so that a sum over them reads
  /// each by a constant position.
  struct Octet {
    let v0, v1, v2, v3, v4, v5, v6, v7: SIMD8<Float>

    init(_ vectors: [SIMD8<Float>]) {
      precondition(vectors.count == 8)
      (v0, v1, v2, v3, v4, v5, v6, v7) =
        (vectors[0], vectors[1], vectors[2], vectors[3], vectors[4], vectors[5], vectors[6], vectors[7])
    }

    /// `Σ weights[x] × vector x`, added from zero in lane order (as the label loops added them).
    @inline(__always)
    func weightedSum(_ weights: SIMD8<Float>) -> SIMD8<Float> {
      var sum = SIMD8<Float>.zero
      sum += weights[0] * v0
      sum += weights[1] * v1
      sum += weights[2] * v2
      sum += weights[3] * v3
      sum += weights[4] * v4
      sum += weights[5] * v5
      sum += weights[6] * v6
      sum += weights[7] * v7
      return sum
    }
  }

  /// The largest lane (``SIMD/max()`` was a call per token); the lanes hold no NaN, so the
  /// order in which they are compared does not change the result.
  @inline(__always)
  static func largestLane(_ v: SIMD8<Float>) -> Float {
    let four = pointwiseMax(v.lowHalf, v.highHalf)
    let two = pointwiseMax(four.lowHalf, four.highHalf)
    return Swift.max(two[0], two[1])
  }

  /// Forward–backward, writing `labels` probabilities per token into `out`.
  static func marginals(
    emissions e: UnsafeBufferPointer<SIMD8<Float>>, labels L: Int, rows: [SIMD8<Float>], columns: [SIMD8<Float>],
    start startVector: SIMD8<Float>, end endVector: SIMD8<Float>, workspace: inout Workspace,
    into out: inout [Float]
  ) {
    let n = e.count
    forwardBackward(
      emissions: e, labels: L, rows: rows, columns: columns, start: startVector, end: endVector,
      workspace: &workspace)
    out.removeAll(keepingCapacity: true)
    out.append(contentsOf: repeatElement(0, count: n * L))
    guard n > 0 else { return }
    // A token's eight lanes are stored at once where they fit; the lanes past the labels land on
    // the next tokens' first ones, which their own stores then write (the last are stored one by one).
    out.withUnsafeMutableBufferPointer { out in
      let raw = UnsafeMutableRawPointer(out.baseAddress!)
      for t in 0..<n {
        let product = normalized(workspace.alpha[t] * workspace.beta[t])
        if (n - t) * L >= 8 {
          raw.storeBytes(of: product, toByteOffset: t * L * MemoryLayout<Float>.stride, as: SIMD8<Float>.self)
        } else {
          for y in 0..<L { out[t * L + y] = product[y] }
        }
      }
    }
  }

  @inline(__always)
  static func normalized(_ v: SIMD8<Float>) -> SIMD8<Float> {
    let total = v.sum()
    return total > 0 ? v * (1 / total) : v
  }

  /// Scaled forward and backward messages, token potentials and the exponentiated transition
  /// matrix as flat arrays (`labels` per token), for training.
  package static func messages(
    emissions: [Float], tokens n: Int, labels L: Int, transitions: [Float], start: [Float],
    end: [Float]
  ) -> (alpha: [Float], beta: [Float], expTransitions: [Float], potentials: [Float]) {
    precondition(L <= 8)
    let expT = transitions.map { Float(Foundation.exp(Double($0))) }
    let (rows, columns) = transitionVectors(expT, labels: L)
    var workspace = Workspace()
    vectors(emissions, tokens: n, labels: L).withUnsafeBufferPointer {
      forwardBackward(
        emissions: $0, labels: L, rows: rows, columns: columns, start: vector(start), end: vector(end),
        workspace: &workspace)
    }
    func flat(_ vectors: [SIMD8<Float>]) -> [Float] { vectors.flatMap { v in (0..<L).map { v[$0] } } }
    return (flat(workspace.alpha), flat(workspace.beta), expT, flat(workspace.potentials))
  }

  /// Per-label values as one SIMD vector (unused lanes zero).
  static func vector(_ values: [Float]) -> SIMD8<Float> {
    var vector = SIMD8<Float>(repeating: 0)
    for (index, value) in values.enumerated() { vector[index] = value }
    return vector
  }

  /// `e^x` lane by lane for `x ≤ 0` (potentials relative to the largest): Cody–Waite range
  /// reduction and Cephes' `expf` polynomial, within 2 ulp of the C library's `expf`; lanes
  /// below −87 (and −∞) give 0.
  @inline(__always)
  static func exp(_ x: SIMD8<Float>) -> SIMD8<Float> {
    let tiny = x .< -87
    let clamped = x.replacing(with: -87, where: tiny)
    // Adding 1.5 × 2^23 rounds to an integer held in the low mantissa bits (no conversions,
    // which are not vectorised for SIMD types).
    let shifted = clamped * 1.442_695_04 + 12_582_912
    let n = shifted - 12_582_912
    let r = clamped - n * 0.693_359_375 + n * 2.121_944_40e-4
    var p = SIMD8<Float>(repeating: 1.987_569_150_0e-4)
    p = p * r + 1.398_199_950_7e-3
    p = p * r + 8.333_451_907_3e-3
    p = p * r + 4.166_579_589_4e-2
    p = p * r + 1.666_666_545_9e-1
    p = p * r + 5.000_000_120_1e-1
    p = p * r * r + r + 1
    let exponent = (unsafeBitCast(shifted, to: SIMD8<Int32>.self) &- 0x4B40_0000 &+ 127) &<< 23
    let scaled = p * unsafeBitCast(exponent, to: SIMD8<Float>.self)
    return scaled.replacing(with: 0, where: tiny)
  }
}
