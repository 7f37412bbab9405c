/// Why a zip archive, or one of its members, cannot be read or written. Never contains member
/// content; a member's name is kept apart (``member``) so that a caller shows it masked
/// (``RedactionEngine/maskedForDisplay(_:)``): a file name can itself be a person's.
package struct ZipArchiveError: Error, Equatable, CustomStringConvertible {
  package enum Problem: Equatable, Sendable {
    /// Not a zip archive, truncated, or its directory is damaged: the text says how.
    case damaged(String)
    case tooManyMembers(count: Int, limit: Int)
    case memberTooLarge(size: UInt64, limit: Int)
    case totalTooLarge(limit: Int64)
    case ratioTooHigh(ratio: UInt64, limit: Int)
    /// A member name that could write outside the folder it is extracted to, or is not a
    /// plain relative path: the text says why.
    case unsafeName(String)
    case symbolicLink
    case duplicateName
    case encrypted
    /// The member expands to more or fewer bytes than its header declares.
    case sizeMismatch
    case checksumMismatch
    case unsupportedCompression
  }

  /// The member's name as stored in the archive, nil for a problem of the whole archive.
  package let member: String?
  package let problem: Problem

  package init(member: String?, _ problem: Problem) {
    self.member = member
    self.problem = problem
  }

  /// What is wrong, without the member's name.
  package var reason: String {
    switch problem {
    case .damaged(let why): "damaged or not a zip archive: \(why)"
    case .tooManyMembers(let count, let limit): "\(count) members, more than the limit of \(limit)"
    case .memberTooLarge(let size, let limit): "expands to \(size) bytes, more than the limit of \(limit)"
    case .totalTooLarge(let limit): "members expand to more than the limit of \(limit) bytes in all"
    case .ratioTooHigh(let ratio, let limit): "compression ratio \(ratio):1, more than the limit of \(limit):1"
    case .unsafeName(let why): "unsafe member name (\(why))"
    case .symbolicLink: "symbolic links are refused"
    case .duplicateName: "the name occurs twice"
    case .encrypted: "encrypted members are refused"
    case .sizeMismatch: "expands to a size other than the one its header declares"
    case .checksumMismatch: "checksum mismatch (damaged)"
    case .unsupportedCompression: "compression method not supported (only stored and deflate)"
    }
  }

  /// The message with the member's name shown through `displayName` (pass the engine's
  /// ``RedactionEngine/maskedForDisplay(_:)``).
  package func message(displayName: (String) -> String) -> String {
    guard let member else { return reason }
    return "member \(displayName(member)): \(reason)"
  }

  /// Names no member (the name may be personal data): use ``message(displayName:)`` to name it.
  package var description: String { member == nil ? reason : "a member: \(reason)" }
}
