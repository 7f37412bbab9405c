import Foundation

/// An upper bound on a linear-chain CRF's person and place marginals from the emission scores
/// alone, in the log domain (no `exp`), so that a run in which no token can reach the decoding
/// threshold skips forward–backward and decoding. Exact: it never skips a run the full
/// computation would tag (the bound holds for the true marginals, with a factor-2 margin for
/// the rounding of the scaled single-precision messages).
///
/// With `D_t(y) = s_t(y) − s_t(O)` (a token's log potential over the outside label's, start and
/// end scores included), `P(y_t = y) / P(y_t = O) = (α_t(y) / α_t(O)) · (β_t(y) / β_t(O))`, and
/// - forward: `α_t(y) / α_t(O) ≤ exp(D_t(y)) · Σ_x (α_{t−1}(x) / α_{t−1}(O)) e^{T(x,y)} / e^{T(O,O)}`
///   (the denominator `Σ_x α_{t−1}(x) e^{T(x,O)}` is at least its `x = O` term), and also
///   `≤ exp(D_t(y)) · max_x e^{T(x,y) − T(x,O)}` (a ratio of sums of the same positive weights);
/// - backward, the same with `β_{t+1}` and the next token's `D_{t+1}`;
/// - a log-sum-exp over `L` labels is at most the largest term plus `log L`.
/// Then `P(person) ≤ R / (1 + R)` with `R = ρ(B-PER) + ρ(I-PER)`, and the same for places.
/// The ratio bounds follow the neighbours: a token next to plain words is bounded by the
/// transitions out of and into `O`, which is what makes the bound fire on sentences without a
/// name. (A bound from the transition maxima alone is ~10 nats looser in English: it is what
/// the first attempt used, and it never fired.)
struct CRFBound: Sendable {
  let labels: Int
  /// `max_x T(x,y) − T(x,O)` per label `y`.
  let forwardGain: SIMD8<Float>
  /// `max_z T(y,z) − T(O,z)` per label `y`.
  let backwardGain: SIMD8<Float>
  /// `forwardRows[x][y] = T(x,y) − T(O,O) + log L`.
  let forwardRows: [SIMD8<Float>]
  /// `backwardColumns[z][y] = T(y,z) − T(O,O) + log L`.
  let backwardColumns: [SIMD8<Float>]
  /// Start and end scores over the outside label's.
  let start: SIMD8<Float>
  let end: SIMD8<Float>
  /// Lanes of the labels that are not the outside label (ratio bounds there; 0 in lane 0).
  private let outsideLane: SIMDMask<SIMD8<Int32>>
  /// The value of unused lanes: far below any score, and finite (no `inf − inf`).
  static let unused: Float = -1e30

  init(transitions: [Float], start: [Float], end: [Float], labels L: Int) {
    precondition(L <= 8 && L >= 1)
    labels = L
    let logL = Float(Foundation.log(Double(L)))
    func T(_ x: Int, _ y: Int) -> Float { transitions[x * L + y] }
    var forwardGain = SIMD8<Float>(repeating: Self.unused)
    var backwardGain = SIMD8<Float>(repeating: Self.unused)
    var rows = [SIMD8<Float>](repeating: SIMD8(repeating: Self.unused), count: L)
    var columns = [SIMD8<Float>](repeating: SIMD8(repeating: Self.unused), count: L)
    var startVector = SIMD8<Float>(repeating: 0)
    var endVector = SIMD8<Float>(repeating: 0)
    for y in 0..<L {
      forwardGain[y] = (0..<L).map { T($0, y) - T($0, 0) }.max()!
      backwardGain[y] = (0..<L).map { T(y, $0) - T(0, $0) }.max()!
      startVector[y] = start[y] - start[0]
      endVector[y] = end[y] - end[0]
      for x in 0..<L {
        rows[x][y] = T(x, y) - T(0, 0) + logL
        columns[x][y] = T(y, x) - T(0, 0) + logL
      }
    }
    self.forwardGain = forwardGain
    self.backwardGain = backwardGain
    forwardRows = rows
    backwardColumns = columns
    self.start = startVector
    self.end = endVector
    var lane = SIMDMask<SIMD8<Int32>>()
    lane[0] = true
    outsideLane = lane
  }

  /// The log-ratio limit under which a person's (place's) two labels keep the token below
  /// `threshold`: `R < p / (1 − p)` with `R ≤ 2 · max ρ`, halved again as the rounding margin.
  static func limit(threshold: Float) -> Float? {
    guard threshold > 0, threshold < 1 else { return nil }
    return Float(Foundation.log(Double(threshold) / Double(1 - threshold) / 4))
  }

  /// Whether some token's person or place marginal may reach `threshold` (the entity labels are
  /// lanes 1–4: B/I person, B/I place). `false` is a proof that none does.
  func mayReach(
    threshold: Float, emissions e: UnsafeBufferPointer<Float>, tokens n: Int, workspace: inout [SIMD8<Float>]
  ) -> Bool {
    guard n > 0, let limit = Self.limit(threshold: threshold) else { return true }
    let L = labels
    var limits = SIMD8<Float>(repeating: .infinity)
    for lane in 1...4 where lane < L { limits[lane] = limit }
    workspace.removeAll(keepingCapacity: true)
    workspace.append(contentsOf: repeatElement(.zero, count: 2 * n))
    return workspace.withUnsafeMutableBufferPointer { ws in
      // ws[t]: D_t; ws[n + t]: backward log-ratio bound of token t.
      for t in 0..<n {
        var value = SIMD8<Float>(repeating: Self.unused)
        let outside = e[t * L]
        for y in 0..<L { value[y] = e[t * L + y] - outside }
        if t == 0 { value += start }
        if t == n - 1 { value += end }
        value[0] = 0
        ws[t] = value
      }
      ws[2 * n - 1] = .zero
      if n > 1 {
        for t in stride(from: n - 2, through: 0, by: -1) {
          let next = ws[t + 1] + ws[n + t + 1]
          var sum = backwardColumns[0] + next[0]
          for z in 1..<L { sum = Self.larger(sum, backwardColumns[z] + next[z]) }
          ws[n + t] = Self.smaller(sum, backwardGain).replacing(with: 0, where: outsideLane)
        }
      }
      var forward = ws[0]
      if any(forward + ws[n] .>= limits) { return true }
      if n > 1 {
        for t in 1..<n {
          var sum = forwardRows[0] + forward[0]
          for x in 1..<L { sum = Self.larger(sum, forwardRows[x] + forward[x]) }
          forward = (ws[t] + Self.smaller(sum, forwardGain)).replacing(with: 0, where: outsideLane)
          if any(forward + ws[n + t] .>= limits) { return true }
        }
      }
      return false
    }
  }

  // The standard library's `pointwiseMax`/`pointwiseMin` were not inlined here (a call per
  // lane-wise max: a third of the bound's time); these compile to one `maxps`/`minps`.
  @inline(__always)
  private static func larger(_ a: SIMD8<Float>, _ b: SIMD8<Float>) -> SIMD8<Float> { a.replacing(with: b, where: b .> a) }

  @inline(__always)
  private static func smaller(_ a: SIMD8<Float>, _ b: SIMD8<Float>) -> SIMD8<Float> { a.replacing(with: b, where: b .< a) }
}
