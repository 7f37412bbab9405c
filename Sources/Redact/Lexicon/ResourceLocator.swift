import Foundation

/// Finds Redact's bundled data (lexicons, tagger models).
///
/// `REDACT_RESOURCES` overrides the location (a directory holding `lexicon/` and `models/`), for
/// installs that copy the binary away from its SwiftPM resource bundle.
enum ResourceLocator {
  static func directory(_ name: String) throws -> URL {
    if let override = ProcessInfo.processInfo.environment["REDACT_RESOURCES"], !override.isEmpty {
      return URL(fileURLWithPath: override).appendingPathComponent(name)
    }
    guard let url = Bundle.module.resourceURL?.appendingPathComponent(name) else {
      throw ResourceError.missing(file: name)
    }
    return url
  }
}
