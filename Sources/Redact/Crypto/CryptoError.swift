/// Failures of the cryptographic layer. Messages never contain key material or plaintext.
public enum CryptoError: Error, Equatable, CustomStringConvertible {
  /// OpenSSL reported an error in the named operation.
  case openSSLFailure(String)
  /// A token failed authentication: wrong key, wrong domain, or tampered.
  case authenticationFailed
  /// Bad input length for a primitive.
  case invalidLength(String)

  /// A one-line message for the user; it never holds key bytes or the input's text.
  public var description: String {
    switch self {
    case .openSSLFailure(let operation): "OpenSSL failed in \(operation)"
    case .authenticationFailed: "token did not authenticate (wrong key or domain, or altered)"
    case .invalidLength(let what): "invalid length: \(what)"
    }
  }
}
