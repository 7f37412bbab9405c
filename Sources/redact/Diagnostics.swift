#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// One-line messages on standard error, prefixed `redact:`. Never pass input text here.
enum Diagnostics {
  static func error(_ message: String) {
    write("redact: error: \(message)\n")
  }

  static func warning(_ message: String) {
    write("redact: warning: \(message)\n")
  }

  static func note(_ message: String) {
    write("redact: \(message)\n")
  }

  static func write(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let n = Glibc.write(2, bytes.baseAddress! + offset, bytes.count - offset)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return }
        offset += n
      }
    }
  }
}
