/// A policy that cannot be used, with the path of the bad value (`operators.person.length`)
/// and, where known, its line in the file. Messages quote keys and operator names, never the
/// allow- or deny-list terms themselves.
public struct PolicyError: Error, Equatable, CustomStringConvertible {
  /// Dotted path of the bad value; empty for the whole document.
  public let path: String
  /// 1-based line in the policy file, when known.
  public let line: Int?
  /// What is wrong and, where useful, what would be right.
  public let message: String

  /// Creates an error at a dotted path (and line) of a policy file.
  public init(path: String, line: Int? = nil, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  /// `path, line N: message`, as `redact policy check` prints it.
  public var description: String {
    let location = [path.isEmpty ? nil : path, line.map { "line \($0)" }].compactMap { $0 }
      .joined(separator: ", ")
    return location.isEmpty ? message : "\(location): \(message)"
  }
}
