import Foundation

/// Buffers the tagger fills for every record (tokens of a run, per-token values, scores,
/// forward–backward messages), kept between records so that tagging a short post does not
/// allocate a dozen arrays. A value type lent `inout`, so its buffers are not reached
/// through a class reference (and its run-time exclusivity checks) on every token.
struct TaggerScratch {
  var extractor: TaggerFeatureExtractor
  var runTokens: [TaggerToken] = []
  var families: [LanguageGuesser.Family] = []
  /// Emission scores, one vector per token (``TaggerModel/emissions(of:from:into:)``).
  var scores: [SIMD8<Float>] = []
  var marginals: [Float] = []
  var workspace = CRFInference.Workspace()
  var blocked: [Bool] = []
  var decoding = EntityTaggerDetector.DecodeBuffers()
  var words: [UInt64] = []

  init(lexicon: Lexicon) {
    extractor = TaggerFeatureExtractor(bucketBits: 16, lexicon: lexicon)
  }
}

/// A free list of ``TaggerScratch``: each thread borrows one for a record and gives it back.
/// Buffers of a huge record are dropped rather than kept.
///
/// Performance: the scratch is kept in a class box and lent as the box's stored property, so
/// taking it from the list and giving it back moves one reference; as a value popped from and
/// appended to the list it was copied and destroyed once a record (a retain and release of each
/// of its dozen arrays: ~1% of a one-core run on English text).
final class TaggerScratchPool: @unchecked Sendable {
  private final class Box {
    var scratch: TaggerScratch

    init(_ scratch: TaggerScratch) {
      self.scratch = scratch
    }
  }

  private let lock = NSLock()
  private var free: [Box] = []
  private let lexicon: Lexicon
  /// Scratch that grew past this many tokens is not kept.
  private static let keepLimit = 1 << 16

  init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  func with<R>(_ body: (inout TaggerScratch) -> R) -> R {
    lock.lock()
    let box = free.popLast() ?? Box(TaggerScratch(lexicon: lexicon))
    lock.unlock()
    let result = body(&box.scratch)
    if box.scratch.families.capacity <= Self.keepLimit {
      lock.lock()
      if free.count < 64 { free.append(box) }
      lock.unlock()
    }
    return result
  }
}
