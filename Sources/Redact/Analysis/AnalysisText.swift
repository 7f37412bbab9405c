/// The text a ``Detector`` scans: valid UTF-8 bytes plus views computed once and shared by
/// all detectors (a case- and diacritic-folded copy).
///
/// An `AnalysisText` borrows its bytes: it is only valid inside the closure that created it
/// (see ``Analyzer/analyze(_:)``), and must not be stored or sent to another thread.
package final class AnalysisText {
  /// The UTF-8 bytes being analysed. Offsets in findings index into this buffer.
  package let bytes: UnsafeBufferPointer<UInt8>
  /// The name of the structured field the text is the value of (the nearest JSON key, such as
  /// `phone` or `mobileNo`), borrowed like `bytes`; nil for free text. Context rules read it
  /// (``ContextRule/fieldWords``); it is never masked or reported as part of the text.
  package let field: UnsafeBufferPointer<UInt8>?
  private var foldedStorage: FoldedText?
  private var tokenStorage: [TaggerToken]?
  private var tokenKeyStorage: [UInt64]?
  /// The Vietnamese rules' view of the text, computed once for both of them
  /// (``VietnameseText/shared(_:)``).
  var vietnamese = VietnameseText.Cache.unknown

  /// Where ``bytes`` start in the record they were cut from (``Analyzer`` analyses long
  /// records in windows); 0 for a whole record. Detectors that split their work into pieces
  /// (the tagger's runs) cut at record offsets, so that a window finds what the whole would.
  package let offset: Int

  /// Wraps bytes that the caller has validated as UTF-8 and keeps alive during analysis.
  package init(
    bytes: UnsafeBufferPointer<UInt8>, field: UnsafeBufferPointer<UInt8>? = nil, offset: Int = 0
  ) {
    self.bytes = bytes
    self.field = field
    self.offset = offset
  }

  /// The folded (lower-case, diacritic- and width-folded) view, computed on first use.
  package var folded: FoldedText {
    if let foldedStorage { return foldedStorage }
    let folded = FoldedText(bytes)
    foldedStorage = folded
    return folded
  }

  /// The tagger's tokens of the whole text (words, unspaced-script characters, digit runs,
  /// symbols), computed on first use and shared by the tagger, address and lexicon detectors.
  package var tokens: [TaggerToken] {
    if let tokenStorage { return tokenStorage }
    var tokens: [TaggerToken] = []
    // About one token per six bytes in prose; reserving a quarter of the bytes spares the
    // array its doublings (a reallocation and copy each) on every short record.
    tokens.reserveCapacity(bytes.count / 4 + 4)
    TaggerTokenizer.tokenize(bytes, into: &tokens)
    tokenStorage = tokens
    return tokens
  }

  /// The lexicon key (``Lexicon/key(of:)``: hash of the folded form) of every token, computed
  /// on first use, so detectors that look tokens up do not fold and hash them again.
  package var tokenKeys: [UInt64] {
    if let tokenKeyStorage { return tokenKeyStorage }
    // Hashed as it folds (``FoldedToken/key(_:_:)``, the same key): folding into a buffer
    // first appended to an array byte by byte (a uniqueness check each).
    let bytes = bytes
    let keys = tokens.map { token in FoldedToken.key(bytes, token.start..<token.end) }
    tokenKeyStorage = keys
    return keys
  }

  /// Decodes a byte range as a `String` (for operators that need the value, never for logs).
  package func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }
}
