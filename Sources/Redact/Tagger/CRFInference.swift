import Foundation

/// Forward–backward for a linear-chain CRF with scaled (not log-space) messages.
public enum CRFInference {
  /// Node marginals `P(y_t = label)`, `labels` per token (at most 8 labels).
  ///
  /// Each token's label values live in one `SIMD8<Float>`, so a forward or backward step is
  /// seven vector multiply-adds.
  public static func marginals(
    emissions: [Float], tokens n: Int, labels L: Int, transitions: [Float], start: [Float],
    end: [Float], expTransitions: [Float]? = nil
  ) -> [Float] {
    precondition(L <= 8)
    let expT = expTransitions ?? transitions.map { Float(Foundation.exp(Double($0))) }
    let (rows, columns) = transitionVectors(expT, labels: L)
    var startVector = SIMD8<Float>(repeating: 0)
    var endVector = SIMD8<Float>(repeating: 0)
    for y in 0..<L {
      startVector[y] = start[y]
      endVector[y] = end[y]
    }
    var workspace = Workspace()
    var out: [Float] = []
    emissions.withUnsafeBufferPointer {
      marginals(
        emissions: $0, tokens: n, labels: L, rows: rows, columns: columns, start: startVector, end: endVector,
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

  /// The core of forward–backward, writing `labels` probabilities per token into `out`.
  static func marginals(
    emissions e: UnsafeBufferPointer<Float>, tokens n: Int, labels L: Int, rows: [SIMD8<Float>],
    columns: [SIMD8<Float>], start startVector: SIMD8<Float>, end endVector: SIMD8<Float>,
    workspace: inout Workspace, into out: inout [Float]
  ) {
    out.removeAll(keepingCapacity: true)
    out.append(contentsOf: repeatElement(0, count: n * L))
    guard n > 0 else { return }
    for buffer in [\Workspace.potentials, \Workspace.alpha, \Workspace.beta] {
      workspace[keyPath: buffer].removeAll(keepingCapacity: true)
      workspace[keyPath: buffer].append(contentsOf: repeatElement(.zero, count: n))
    }
    @inline(__always) func normalized(_ v: SIMD8<Float>) -> SIMD8<Float> {
      let total = v.sum()
      return total > 0 ? v / total : v
    }
    workspace.potentials.withUnsafeMutableBufferPointer { potentials in
      workspace.alpha.withUnsafeMutableBufferPointer { alpha in
        workspace.beta.withUnsafeMutableBufferPointer { beta in
          for t in 0..<n {
            var value = SIMD8<Float>(repeating: -.infinity)
            for y in 0..<L { value[y] = e[t * L + y] }
            if t == 0 { value += startVector }
            if t == n - 1 { value += endVector }
            let top = value.max()
            var p = SIMD8<Float>.zero
            for y in 0..<L { p[y] = expf(value[y] - top) }
            potentials[t] = p
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
          out.withUnsafeMutableBufferPointer { out in
            for t in 0..<n {
              let product = normalized(alpha[t] * beta[t])
              for y in 0..<L { out[t * L + y] = product[y] }
            }
          }
        }
      }
    }
  }

  /// Scaled forward and backward messages and the exponentiated transition matrix.
  public static func messages(
    emissions: [Float], tokens n: Int, labels L: Int, transitions: [Float], start: [Float],
    end: [Float], expTransitions: [Float]? = nil
  ) -> (alpha: [Float], beta: [Float], expTransitions: [Float], potentials: [Float]) {
    let expT = expTransitions ?? transitions.map { Float(Foundation.exp(Double($0))) }
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
  static func expf(_ value: Float) -> Float { Foundation.exp(value) }
}
