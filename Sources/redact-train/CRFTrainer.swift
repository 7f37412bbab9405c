import Foundation
import Redact

/// Stochastic-gradient training of the CRF's log-likelihood with weight averaging (ASGD): the
/// averaged weights generalise much better than the last iterate and need no regularisation
/// constant to tune.
struct CRFTrainer {
  let bits: Int
  let labels = TaggerLabel.count
  var weights: [Float]
  var accumulated: [Float]
  var transitions: [Float]
  var transitionsAccumulated: [Float]
  var start: [Float]
  var startAccumulated: [Float]
  var end: [Float]
  var endAccumulated: [Float]
  var step: Float = 1
  /// L2 strength (per touched weight and step).
  var l2: Float
  /// Bound on any single weight.
  let limit: Float = 8

  init(bits: Int, l2: Float) {
    self.bits = bits
    self.l2 = l2
    let size = (1 << bits) * TaggerLabel.count
    weights = [Float](repeating: 0, count: size)
    accumulated = weights
    let l = TaggerLabel.count
    transitions = [Float](repeating: 0, count: l * l)
    transitionsAccumulated = transitions
    start = [Float](repeating: 0, count: l)
    startAccumulated = start
    end = start
    endAccumulated = start
  }

  /// One gradient step on one sentence; returns its negative log-likelihood (approximate).
  mutating func update(_ sentence: Sentence, rate: Float) -> Double {
    let n = sentence.labels.count
    let L = labels
    let per = TaggerFeatureExtractor.featuresPerToken
    var emissions = [Float](repeating: 0, count: n * L)
    for t in 0..<n {
      for k in 0..<per {
        let base = Int(sentence.features[t * per + k]) * L
        for y in 0..<L { emissions[t * L + y] += weights[base + y] }
      }
    }
    let (alpha, beta, expT, potentials) = CRFInference.messages(
      emissions: emissions, tokens: n, labels: L, transitions: transitions, start: start, end: end)
    var marginals = [Float](repeating: 0, count: n * L)
    for t in 0..<n {
      var total: Float = 0
      for y in 0..<L {
        marginals[t * L + y] = alpha[t * L + y] * beta[t * L + y]
        total += marginals[t * L + y]
      }
      for y in 0..<L { marginals[t * L + y] /= max(total, .leastNormalMagnitude) }
    }
    let c = step
    let decay = rate * l2
    func bump(_ array: inout [Float], _ sums: inout [Float], _ index: Int, _ delta: Float) {
      // Lazy L2: shrink the weights this sentence touches; keep every weight in a range where
      // exp() stays finite in Float.
      let change = delta - decay * array[index]
      let value = min(max(array[index] + change, -limit), limit)
      sums[index] += c * (value - array[index])
      array[index] = value
    }
    var loss: Double = 0
    for t in 0..<n {
      let gold = sentence.labels[t]
      loss -= log(Double(max(marginals[t * L + gold], 1e-12)))
      for k in 0..<per {
        let base = Int(sentence.features[t * per + k]) * L
        for y in 0..<L {
          let gradient = (y == gold ? 1 : 0) - marginals[t * L + y]
          if gradient != 0 { bump(&weights, &accumulated, base + y, rate * gradient) }
        }
      }
    }
    for y in 0..<L {
      bump(&start, &startAccumulated, y, rate * ((sentence.labels[0] == y ? 1 : 0) - marginals[y]))
      bump(&end, &endAccumulated, y, rate * ((sentence.labels[n - 1] == y ? 1 : 0) - marginals[(n - 1) * L + y]))
    }
    if n > 1 {
      for t in 1..<n {
        // Pairwise marginals P(y_{t-1} = x, y_t = y).
        var pair = [Float](repeating: 0, count: L * L)
        var total: Float = 0
        for x in 0..<L {
          for y in 0..<L {
            let value = alpha[(t - 1) * L + x] * expT[x * L + y] * potentials[t * L + y] * beta[t * L + y]
            pair[x * L + y] = value
            total += value
          }
        }
        let goldPair = sentence.labels[t - 1] * L + sentence.labels[t]
        for index in 0..<(L * L) {
          let expected = pair[index] / max(total, .leastNormalMagnitude)
          let gradient = (index == goldPair ? 1 : 0) - expected
          bump(&transitions, &transitionsAccumulated, index, rate * gradient)
        }
      }
    }
    step += 1
    return loss
  }

  /// Starts the average afresh from the current weights (early iterates, still near zero, would
  /// otherwise shrink it).
  mutating func restartAverage() {
    for index in accumulated.indices { accumulated[index] = 0 }
    for index in transitionsAccumulated.indices { transitionsAccumulated[index] = 0 }
    for index in startAccumulated.indices {
      startAccumulated[index] = 0
      endAccumulated[index] = 0
    }
    step = 1
  }

  /// The averaged weights as a model.
  func averagedModel() -> TaggerModel {
    func average(_ w: [Float], _ u: [Float]) -> [Float] { zip(w, u).map { $0 - $1 / step } }
    return TaggerModel(
      bucketBits: bits, weights: average(weights, accumulated),
      transitions: average(transitions, transitionsAccumulated), start: average(start, startAccumulated),
      end: average(end, endAccumulated))
  }
}

/// Token-level scores on a dev set (the letter-level figures come from `redact-eval ner`).
enum Evaluation {
  struct Scores {
    var found = [0, 0, 0]
    var gold = [0, 0, 0]
    var correct = [0, 0, 0]
    var summary: String {
      ["PER", "LOC"].enumerated().map { index, name in
        let recall = Double(correct[index]) / Double(max(gold[index], 1))
        let precision = Double(correct[index]) / Double(max(found[index], 1))
        return String(format: "%@ R %.3f P %.3f", name, recall, precision)
      }.joined(separator: "  ")
    }
  }

  static func tokens(model: TaggerModel, _ sentences: [Sentence], threshold: Float = 0.5) -> Scores {
    var scores = Scores()
    for sentence in sentences {
      let marginals = model.marginals(features: sentence.features, tokens: sentence.labels.count)
      for t in 0..<sentence.labels.count {
        let gold = TaggerLabel(rawValue: sentence.labels[t])?.entity
        let predicted = TaggerModel.entity(marginals, at: t, threshold: threshold)
        for entity in [TaggerEntity.person, .location] {
          let index = entity.rawValue
          if gold == entity { scores.gold[index] += 1 }
          if predicted == entity { scores.found[index] += 1 }
          if gold == entity && predicted == entity { scores.correct[index] += 1 }
        }
      }
    }
    return scores
  }
}
