import Foundation

/// The languages Redact ships a tagger model for.
public enum TaggerLanguage: String, CaseIterable, Sendable {
  case en, hi, bn, ne, th, ja, zh, id
}

/// The bundled tagger models, each read from disk the first time a text needs it.
///
/// ``init(directory:)`` checks that every file is present, so a broken install fails when the
/// engine is built rather than halfway through a stream.
public final class TaggerModels: @unchecked Sendable {
  private let directory: URL
  private let lock = NSLock()
  private var loaded: [TaggerLanguage: TaggerModel] = [:]

  /// The models shipped with Redact.
  public static func bundled() throws -> TaggerModels {
    try TaggerModels(directory: ResourceLocator.directory("models"))
  }

  public init(directory: URL) throws {
    self.directory = directory
    for language in TaggerLanguage.allCases {
      let url = directory.appendingPathComponent("\(language.rawValue).crf")
      guard FileManager.default.isReadableFile(atPath: url.path) else {
        throw LexiconError.missing(file: url.lastPathComponent)
      }
    }
  }

  /// The model for `language`, loading it on first use.
  public func model(_ language: TaggerLanguage) throws -> TaggerModel {
    lock.lock()
    defer { lock.unlock() }
    if let model = loaded[language] { return model }
    let model = try TaggerModel(contentsOf: directory.appendingPathComponent("\(language.rawValue).crf"))
    loaded[language] = model
    return model
  }
}
