import Foundation

#if os(Linux)
  import Synchronization
#endif

/// The bundled tagger models, each read from disk the first time a text needs it.
///
/// ``init(directory:)`` checks that every file (and the Thai word list) is present, so a broken install fails when the
/// engine is built rather than halfway through a stream.
package final class TaggerModels: @unchecked Sendable {
  private let directory: URL
  private let lock = NSLock()
  /// By ``TaggerLanguage/allCases`` order: looked up per tagged run, where a dictionary
  /// hashed the language each time.
  private var loaded = [TaggerModel?](repeating: nil, count: TaggerLanguage.allCases.count)
  #if os(Linux)
    /// The models of ``loaded`` by ordinal, unretained, each written once under the lock
    /// before its bit is set in ``published`` (release), and read after it is seen (acquire).
    private let unretained: UnsafeMutablePointer<Unmanaged<TaggerModel>?>
    private let published = Atomic<Int>(0)
  #endif

  /// The models shipped with Redact.
  package static func bundled() throws -> TaggerModels {
    try TaggerModels(directory: ResourceLocator.directory("models"))
  }

  /// Checks every model's header and size (cheap: the weights are read on first use).
  package init(directory: URL) throws {
    self.directory = directory
    #if os(Linux)
      unretained = .allocate(capacity: TaggerLanguage.allCases.count)
      unretained.initialize(repeating: nil, count: TaggerLanguage.allCases.count)
    #endif
    for language in TaggerLanguage.allCases {
      try TaggerModel.validate(directory.appendingPathComponent("\(language.rawValue).crf"))
    }
    // The Thai segmenter's word list ships beside the models; findings in Thai are snapped to
    // its words, so a missing list is a broken install too.
    let words = directory.appendingPathComponent(ThaiSegmenter.wordsFile)
    guard FileManager.default.fileExists(atPath: words.path) else {
      throw ResourceError.missing(file: ThaiSegmenter.wordsFile)
    }
  }

  #if os(Linux)
    deinit {
      unretained.deallocate()
    }
  #endif

  /// Calls `body` with the model for `language`, loading it on first use.
  ///
  /// Performance: a loaded model is read without the lock and without a retain. Taking the lock
  /// and retaining the model for every tagged run wrote two cache lines that every worker
  /// thread shares (four atomic operations a run), which bounce between cores on two.
  @inline(__always)
  package func withModel<Result>(_ language: TaggerLanguage, _ body: (TaggerModel) -> Result) -> Result {
    #if os(Linux)
      let bit = 1 << language.ordinal
      if published.load(ordering: .acquiring) & bit != 0, let model = unretained[language.ordinal] {
        return model._withUnsafeGuaranteedRef(body)
      }
    #endif
    let model = self.model(language)
    return withExtendedLifetime(model) { body(model) }
  }

  /// The model for `language`, loading it on first use.
  ///
  /// A file that passed ``init(directory:)`` and then fails to load (removed or damaged while
  /// running) stops the process: a detector cannot skip text it was asked to scan.
  package func model(_ language: TaggerLanguage) -> TaggerModel {
    lock.lock()
    defer { lock.unlock() }
    if let model = loaded[language.ordinal] { return model }
    do {
      let model = try TaggerModel(contentsOf: directory.appendingPathComponent("\(language.rawValue).crf"))
      loaded[language.ordinal] = model
      #if os(Linux)
        // Kept alive by `loaded` for as long as this object lives.
        unretained[language.ordinal] = Unmanaged.passUnretained(model)
        _ = published.bitwiseOr(1 << language.ordinal, ordering: .releasing)
      #endif
      return model
    } catch {
      fatalError("redact: tagger model for \(language.rawValue) became unreadable during the run: \(error)")
    }
  }
}
