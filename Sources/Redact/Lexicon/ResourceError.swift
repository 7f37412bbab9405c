/// Why a bundled resource (lexicon, gazetteer, tagger model) could not be loaded.
package enum ResourceError: Error, CustomStringConvertible, Equatable {
  case missing(file: String)
  case malformed(file: String)

  package var description: String {
    switch self {
    case .missing(let file): "resource \(file) is missing (reinstall Redact or rebuild the package)"
    case .malformed(let file): "resource \(file) is malformed"
    }
  }
}
