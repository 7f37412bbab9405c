/// Runs detectors over a text and returns the findings a policy keeps.
///
/// Pipeline: every detector → context boosts → allow list → score threshold → recurrences of
/// found names and places → overlap resolution. The result is sorted and disjoint, ready for a
/// ``Redactor``.
package struct Analyzer: Sendable {
  package let detectors: [any Detector]
  package let contextRules: [ContextRule]
  package let allowList: AllowList
  /// Findings scoring below this are discarded.
  package let threshold: Double
  /// Masks the other occurrences of names and places found (nil: off).
  package let recurrence: RecurrencePass?
  /// ``detectors``, each called through an object specialised to its type.
  ///
  /// Performance: a detector read out of an array (even through `withUnsafeBufferPointer`, or
  /// as a `let` of a class) was copied before its method was called, retaining and releasing
  /// every array and string it holds (`Detector_pWOc` and the detectors' `initializeWithCopy`
  /// witnesses: ~2% of a one-core run on English text, 3% on NDJSON posts). An object made in a
  /// generic context holds the detector as its concrete type and calls it in place.
  ///
  /// The objects are called through ``DetectorRunner/call(_:_:_:)`` without a retain: a closure
  /// read out of an array had its context retained and released around every call, an atomic
  /// write to one cache line shared by every worker thread (about twenty per record), which on
  /// two cores bounces that line between them.
  private let runners: [Unmanaged<DetectorRunner>]
  /// Keeps ``runners`` alive.
  private let runnerObjects: [DetectorRunner]

  package init(
    detectors: [any Detector], contextRules: [ContextRule] = [], allowList: AllowList = AllowList([]),
    threshold: Double = 0.5, recurrence: RecurrencePass? = nil
  ) {
    self.detectors = detectors
    self.contextRules = contextRules
    self.allowList = allowList
    self.threshold = threshold
    self.recurrence = recurrence
    runnerObjects = detectors.map { Self.runner(for: $0) }
    runners = runnerObjects.map { Unmanaged.passUnretained($0) }
  }

  /// Texts up to this many bytes are analysed whole; longer ones in windows of
  /// ``windowBytes`` with ``windowMargin`` bytes of context on each side.
  package static let windowBytes = 1 << 20
  /// Context around each window: longer than any single finding, and than the stretches the
  /// tagger cuts its input into at fixed record offsets (``EntityTaggerDetector/runBytes``),
  /// so that the tagger's runs over a window's core are the same as over the whole record.
  package static let windowMargin = 2 * EntityTaggerDetector.runBytes

  /// Analyses validated UTF-8 text.
  ///
  /// A text longer than ``windowBytes`` is analysed in windows: detectors keep per-token
  /// arrays (tokens, lexicon keys, features, marginals: tens of bytes a token), which over a
  /// whole 64 MB record took 20–110 times its size. Each window's findings that touch its core
  /// are kept; the recurrence pass and overlap resolution then run over the whole text, so a
  /// name found in one window is masked in all of them. The findings are those of a whole-text
  /// analysis, with two exceptions: a finding longer than the margin cut by a seam, and Han
  /// text read as Japanese only when its own window has kana.
  ///
  /// - Complexity: the detectors' cost plus O(f log f) for f raw findings; memory beyond the
  ///   findings is bounded by the window size, not the text's.
  ///
  /// - Parameter skipped: ids of detectors not to run on this text (see
  ///   ``FieldNameClassifier/skippedDetectors``).
  package func analyze(_ text: AnalysisText, skipping skipped: Set<String> = []) -> [Finding] {
    analyze(text, skipping: skips(skipped))
  }

  /// ``analyze(_:skipping:)`` with the detectors to skip worked out already.
  package func analyze(_ text: AnalysisText, skipping skips: DetectorSkips) -> [Finding] {
    findings(text, windowBytes: Self.windowBytes, margin: Self.windowMargin, skipping: skips).array
  }

  /// ``analyze(_:skipping:)`` with explicit window sizes (for tests).
  func analyze(_ text: AnalysisText, windowBytes: Int, margin: Int, skipping skipped: Set<String> = []) -> [Finding] {
    findings(text, windowBytes: windowBytes, margin: margin, skipping: skips(skipped)).array
  }

  /// The findings of ``analyze(_:skipping:)``, for a caller that reads them once in order (the
  /// redactor): a long text's are held compactly, not as millions of ``Finding`` values.
  package func findings(_ text: AnalysisText, skipping skipped: Set<String> = []) -> AnalysisFindings {
    findings(text, windowBytes: Self.windowBytes, margin: Self.windowMargin, skipping: skips(skipped))
  }

  /// ``findings(_:skipping:)`` with explicit window sizes (for tests).
  func findings(
    _ text: AnalysisText, windowBytes: Int, margin: Int, skipping skipped: Set<String> = []
  ) -> AnalysisFindings {
    findings(text, windowBytes: windowBytes, margin: margin, skipping: skips(skipped))
  }

  func findings(_ text: AnalysisText, windowBytes: Int, margin: Int, skipping skips: DetectorSkips) -> AnalysisFindings
  {
    guard text.bytes.count > windowBytes + 2 * margin else {
      // Zero-width spaces, full-width letters, decomposed letters…: the detectors read the
      // text as the models and lexicons know it (NormalizedText), the findings come back in
      // the record's offsets.
      if let normalized = NormalizedText(text.bytes) {
        var found = normalized.bytes.withUnsafeBufferPointer {
          wholeTextFindings(AnalysisText(bytes: $0, field: text.field, offset: text.offset), skipping: skips)
        }
        normalized.mapBack(&found, disjoint: true)
        return AnalysisFindings(found)
      }
      return AnalysisFindings(wholeTextFindings(text, skipping: skips))
    }
    return AnalysisFindings(
      WindowedFindings(analyzer: self, text: text, windowBytes: windowBytes, margin: margin, skipping: skips))
  }

  /// Which of ``detectors`` not to run, worked out once from a set of detector ids.
  ///
  /// Performance: a structured unit's keys and numbers skip detectors by id; hashing every
  /// detector's id for every such piece (and copying the edge trimmer's inner detector to ask
  /// it its id) was ~6% of a one-core run on NDJSON posts.
  ///
  /// A bit set, not an array: the walk of a structured unit hands each piece its category's
  /// skips, and an array was retained and released per piece, an atomic write to a cache line
  /// every worker thread shares (~150 per NDJSON post).
  package struct DetectorSkips: Sendable, Equatable {
    /// Bit `i % 64` of word `i / 64` set: detector `i` is skipped.
    fileprivate var skipped = SIMD2<UInt64>()

    /// Whether detector `index` runs.
    @inline(__always)
    func runs(_ index: Int) -> Bool { index >= 128 || skipped[index >> 6] & (1 << UInt64(index & 63)) == 0 }
  }

  /// The ``DetectorSkips`` of the detectors whose ids are in `skipped`.
  ///
  /// - Precondition: at most 128 detectors (the registry makes about thirty).
  package func skips(_ skipped: Set<String>) -> DetectorSkips {
    var skips = DetectorSkips()
    guard !skipped.isEmpty else { return skips }
    precondition(detectors.count <= 128, "more detectors than DetectorSkips holds")
    for (index, detector) in detectors.enumerated() where skipped.contains(detector.id) {
      skips.skipped[index >> 6] |= 1 << UInt64(index & 63)
    }
    return skips
  }

  /// The analysis of a text short enough to be handed to every detector whole.
  private func wholeTextFindings(_ text: AnalysisText, skipping skips: DetectorSkips) -> [Finding] {
    var findings: [Finding] = []
    for index in runners.indices where skips.runs(index) {
      DetectorRunner.call(runners[index], text, &findings)
    }
    filter(&findings, from: 0, in: text)
    if let recurrence, findings.contains(where: { recurrence.kinds.contains($0.kind) }) {
      recurrence.appendRecurrences(ofFirst: findings.count, in: text, to: &findings) {
        !allowList.allows($0, in: text)
      }
    }
    guard !findings.isEmpty else { return [] }
    OverlapResolver.resolve(&findings)
    return findings
  }

  /// The findings of every window that touch its core, in whole-text offsets, per detector in
  /// the order a whole-text analysis lists them (overlap resolution breaks ties by order); and
  /// per detector, the names the person rules found (whose recurrences are found over the
  /// whole text, not per window).
  func windowedFindings(
    _ text: AnalysisText, windowBytes: Int, margin: Int, skipping skips: DetectorSkips,
    table: inout AnalysisFindings.Table
  ) -> (byDetector: [[AnalysisFindings.Entry]], seeds: [[Finding]]) {
    let count = text.bytes.count
    var byDetector: [[AnalysisFindings.Entry]] = Array(repeating: [], count: detectors.count)
    // Detectors that mask recurrences of what they find within the text they are given (the
    // person rules: a name after a title) get their findings of every window back, to mask
    // recurrences over the whole record as a whole-text analysis would.
    var seeds: [[Finding]] = Array(repeating: [], count: detectors.count)
    var found: [Finding] = []
    var coreStart = 0
    while coreStart < count {
      let coreEnd = Self.seam(in: text.bytes, near: coreStart + windowBytes, after: coreStart)
      let lower = Self.seam(in: text.bytes, near: coreStart - margin, after: -1)
      let upper = Self.seam(in: text.bytes, near: coreEnd + margin, after: coreEnd - 1)
      let window = AnalysisText(
        bytes: UnsafeBufferPointer(rebasing: text.bytes[lower..<upper]), field: text.field, offset: text.offset + lower)
      // The detectors read the window normalised (NormalizedText), each one's findings come
      // back in the window's offsets.
      let normalized = NormalizedText(window.bytes)
      func runDetectors(on analysed: AnalysisText) {
        for index in detectors.indices where skips.runs(index) {
          found.removeAll(keepingCapacity: true)
          DetectorRunner.call(runners[index], analysed, &found)
          normalized?.mapBack(&found, disjoint: false)
          if detectors[index] is PersonRuleDetector {
            // Its recurrences are found once over the whole record below, not per window too.
            for finding in found where finding.explanation != "recurrence" {
              let shifted = finding.shifted(by: lower)
              if shifted.range.upperBound > coreStart && shifted.range.lowerBound < coreEnd {
                seeds[index].append(shifted)
              }
            }
            found.removeAll { $0.explanation == "recurrence" }
          }
          filter(&found, from: 0, in: window)
          // Keep what touches the core; the rest belongs to a neighbouring window, which sees it
          // with context on both sides.
          for finding in found {
            let shifted = finding.shifted(by: lower)
            if shifted.range.upperBound > coreStart && shifted.range.lowerBound < coreEnd {
              byDetector[index].append(table.entry(shifted))
            }
          }
        }
      }
      if let normalized {
        normalized.bytes.withUnsafeBufferPointer {
          runDetectors(on: AnalysisText(bytes: $0, field: window.field, offset: window.offset))
        }
      } else {
        runDetectors(on: window)
      }
      coreStart = coreEnd
    }
    return (byDetector, seeds)
  }

  /// Applies context boosts, the threshold and the allow list to `findings[first...]`, in place
  /// (a long text's raw findings are not copied).
  private func filter(_ findings: inout [Finding], from first: Int, in text: AnalysisText) {
    LineBreakSplitter.split(&findings, from: first, in: text.bytes)
    var kept = first
    for index in first..<findings.count {
      var finding = findings[index]
      if finding.score < 1 {
        // Performance: the rules are read in place; `for rule in contextRules` copied each one
        // (a retain and release of its arrays, shared by every worker thread) per finding.
        contextRules.withUnsafeBufferPointer { rules in
          for index in rules.indices where rules[index].kind == finding.kind {
            if rules[index].matches(around: finding.range, in: text) {
              finding.score = min(1, finding.score + rules[index].boost)
              finding.explanation = (finding.explanation.map { $0 + ";" } ?? "") + "context"
              break
            }
          }
        }
      }
      guard finding.score >= threshold else { continue }
      if allowList.allows(finding, in: text) { continue }
      guard ScriptBoundaries.adjust(&finding, in: text) else { continue }
      findings[kept] = finding
      kept += 1
    }
    findings.removeSubrange(kept...)
  }

  /// A window boundary near `offset` and after `limit` (clamped to the text): the last line
  /// break within 4 KiB before it, else the last space, else the start of the scalar there, so
  /// that every window is valid UTF-8 and words are rarely cut.
  static func seam(in bytes: UnsafeBufferPointer<UInt8>, near offset: Int, after limit: Int) -> Int {
    guard offset > 0 else { return 0 }
    guard offset < bytes.count else { return bytes.count }
    let floor = max(limit + 1, offset - 4096)
    var space = -1
    var index = offset
    while index >= floor {
      let byte = bytes[index]
      if byte == 0x0A { return index + 1 }
      if byte == 0x20 && space < 0 { space = index + 1 }
      index -= 1
    }
    if space > 0 { return space }
    index = offset
    while index > 0 && bytes[index] & 0xC0 == 0x80 { index -= 1 }
    if index <= limit {
      index = offset
      while index < bytes.count && bytes[index] & 0xC0 == 0x80 { index += 1 }
    }
    return index
  }

  /// The ``runners`` entry of `detector` (the existential opened, so that the object below is
  /// made for its concrete type).
  private static func runner(for detector: any Detector) -> DetectorRunner {
    runner(detector)
  }

  private static func runner<Concrete: Detector>(_ detector: Concrete) -> DetectorRunner {
    ConcreteDetectorRunner(detector)
  }

  /// Analyses a string; offsets in the result index its UTF-8 bytes.
  package func analyze(_ string: String) -> [Finding] {
    var string = string
    return string.withUTF8 { analyze(AnalysisText(bytes: $0)) }
  }
}

/// Calls one detector as its concrete type (``Analyzer``'s runners).
private class DetectorRunner: @unchecked Sendable {
  func run(_ text: AnalysisText, _ findings: inout [Finding]) {}

  /// Runs `runner` without retaining it (the analyzer keeps it alive).
  @inline(__always)
  static func call(_ runner: Unmanaged<DetectorRunner>, _ text: AnalysisText, _ findings: inout [Finding]) {
    runner._withUnsafeGuaranteedRef { $0.run(text, &findings) }
  }
}

private final class ConcreteDetectorRunner<Concrete: Detector>: DetectorRunner, @unchecked Sendable {
  let detector: Concrete

  init(_ detector: Concrete) {
    self.detector = detector
  }

  override func run(_ text: AnalysisText, _ findings: inout [Finding]) {
    detector.detect(in: text, into: &findings)
  }
}

extension Finding {
  /// The finding with its range moved by `offset` bytes.
  fileprivate func shifted(by offset: Int) -> Finding {
    var finding = self
    finding.range = (range.lowerBound + offset)..<(range.upperBound + offset)
    return finding
  }
}
