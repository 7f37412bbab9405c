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
    emissions.withUnsafeBufferPointer {
      marginals(
        emissions: $0, tokens: n, labels: L, rows: rows, columns: columns, start: vector(start), end: vector(end),
        workspace: &workspace, into: &out)
    }
    return out
  }

  /// `rows[x][y] = exp(T[x→y])` and its transpose, one SIMD vector per label.
  static func transitionVectors(_ expT: [Float], labels L: Int) -> (rows: [SIMD8<Float>], columns: [SIMD8<Float>]) {
    var rows = [SIMD8<Float>](repeating: .zero, count: L)
    var columns = [SIMD8<Float>](repeating: .zero, count: L)
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

  /// Scaled forward and backward messages into `workspace` (one SIMD vector per token).
  static func forwardBackward(
    emissions e: UnsafeBufferPointer<Float>, tokens n: Int, labels L: Int, rows: [SIMD8<Float>],
    columns: [SIMD8<Float>], start startVector: SIMD8<Float>, end endVector: SIMD8<Float>,
    workspace: inout Workspace
  ) {
    // Each buffer by name: a loop over key paths allocated an array and went through key-path
    // access on every run.
    workspace.potentials.removeAll(keepingCapacity: true)
    workspace.potentials.append(contentsOf: repeatElement(.zero, count: n))
    workspace.alpha.removeAll(keepingCapacity: true)
    workspace.alpha.append(contentsOf: repeatElement(.zero, count: n))
    workspace.beta.removeAll(keepingCapacity: true)
    workspace.beta.append(contentsOf: repeatElement(.zero, count: n))
    guard n > 0 else { return }
    workspace.potentials.withUnsafeMutableBufferPointer { potentials in
      workspace.alpha.withUnsafeMutableBufferPointer { alpha in
        workspace.beta.withUnsafeMutableBufferPointer { beta in
          for t in 0..<n {
            var value = SIMD8<Float>(repeating: -.infinity)
            for y in 0..<L { value[y] = e[t * L + y] }
            if t == 0 { value += startVector }
            if t == n - 1 { value += endVector }
            var top = value[0]
            for y in 1..<L { top = max(top, value[y]) }
            potentials[t] = exp(value - top)
          }
          alpha[0] = normalized(potentials[0])
          if n > 1 {
            for t in 1..<n {
              var sum = SIMD8<Float>.zero
              let previous = alpha[t - 1]
              for x in 0..<L { sum += previous[x] * rows[x] }
              alpha[t] = normalized(sum * potentials[t])
            }
          }
          var lastBeta = SIMD8<Float>(repeating: 0)
          for y in 0..<L { lastBeta[y] = 1 }
          beta[n - 1] = lastBeta
          if n > 1 {
            for t in stride(from: n - 2, through: 0, by: -1) {
              let v = potentials[t + 1] * beta[t + 1]
              var sum = SIMD8<Float>.zero
              for y in 0..<L { sum += v[y] * columns[y] }
              beta[t] = normalized(sum)
            }
          }
        }
      }
    }
  }

  /// Forward–backward, writing `labels` probabilities per token into `out`.
  static func marginals(
    emissions e: UnsafeBufferPointer<Float>, tokens n: Int, labels L: Int, rows: [SIMD8<Float>],
    columns: [SIMD8<Float>], start startVector: SIMD8<Float>, end endVector: SIMD8<Float>,
    workspace: inout Workspace, into out: inout [Float]
  ) {
    forwardBackward(
      emissions: e, tokens: n, labels: L, rows: rows, columns: columns, start: startVector, end: endVector,
      workspace: &workspace)
    out.removeAll(keepingCapacity: true)
    out.append(contentsOf: repeatElement(0, count: n * L))
    out.withUnsafeMutableBufferPointer { out in
      for t in 0..<n {
        let product = normalized(workspace.alpha[t] * workspace.beta[t])
        for y in 0..<L { out[t * L + y] = product[y] }
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
    emissions.withUnsafeBufferPointer {
      forwardBackward(
        emissions: $0, tokens: n, labels: L, rows: rows, columns: columns, start: vector(start),
        end: vector(end), workspace: &workspace)
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
