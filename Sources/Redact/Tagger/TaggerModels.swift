import Foundation

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

  /// The models shipped with Redact.
  package static func bundled() throws -> TaggerModels {
    try TaggerModels(directory: ResourceLocator.directory("models"))
  }

  /// Checks every model's header and size (cheap: the weights are read on first use).
  package init(directory: URL) throws {
    self.directory = directory
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
      return model
    } catch {
      fatalError("redact: tagger model for \(language.rawValue) became unreadable during the run: \(error)")
    }
  }
}
