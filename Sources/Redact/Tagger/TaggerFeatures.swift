/// Turns tokens into hashed feature indices for the tagger.
///
/// Every feature is a 64-bit hash of a template id and the values it looks at (folded word,
/// shape, affixes, neighbours, lexicon membership, spacing), reduced to `bucketBits` bits. The
/// same code extracts features when training (`redact-train`) and when tagging, so a model and
/// its features cannot drift apart; ``version`` is stored in every model and checked on load.
package struct TaggerFeatureExtractor {
  /// Changes whenever templates change; models built with another version are refused.
  package static let version: UInt32 = 3
  /// Features per token (fixed, so indices live in one flat array).
  package static let featuresPerToken = 32

  package var bucketBits: Int
  private let lexicon: Lexicon?
  private var folded = FoldedToken()
  /// The per-token values features combine, after ``prepare(_:_:)``.
  private var prepared: [PreparedToken] = []

  /// What ``prepare(_:_:)`` computes for one token.
  struct PreparedToken {
    /// The lexicon key of the folded form.
    var word: UInt64
    var shape: UInt64
    /// ``LexiconFlags`` raw value.
    var lexicon: UInt64
    /// Multi-token lexicon span marks (B/I of a name, B/I of a place).
    var span: UInt64 = 0
    var prefix1: UInt64 = 0, prefix2: UInt64 = 0, prefix3: UInt64 = 0
    var suffix1: UInt64 = 0, suffix2: UInt64 = 0, suffix3: UInt64 = 0, suffix4: UInt64 = 0
  }

  package init(bucketBits: Int, lexicon: Lexicon?) {
    self.bucketBits = bucketBits
    self.lexicon = lexicon
  }

  /// The lexicon key of prepared token `index`'s folded form.
  package func word(at index: Int) -> UInt64 { prepared[index].word }

  /// The ``LexiconFlags`` raw value of prepared token `index`.
  package func lexiconCode(at index: Int) -> UInt64 { prepared[index].lexicon }

  /// Writes `featuresPerToken` bucket indices per token into `features` (replacing its contents).
  package mutating func extract(
    _ text: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], into features: inout [UInt32]
  ) {
    prepare(text, tokens)
    writeFeatures(tokens, into: &features)
  }

  /// Computes the per-token values (word keys, shapes, affixes, lexicon flags and spans) that
  /// features combine; ``word(at:)`` and ``lexiconCode(at:)`` can be read afterwards.
  package mutating func prepare(_ text: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken]) {
    prepared.removeAll(keepingCapacity: true)
    prepared.reserveCapacity(tokens.count)
    for token in tokens {
      prepared.append(Self.preparedASCII(text, token) ?? preparedFolding(text, token))
    }
    // Lexicon lookups in a loop of their own: each is likely a cache miss, and a short loop
    // lets the processor have several in flight at once.
    if let lexicon {
      prepared.withUnsafeMutableBufferPointer { prepared in
        for index in prepared.indices {
          prepared[index].lexicon = UInt64(lexicon.flags(forKey: prepared[index].word).rawValue)
        }
      }
    }
    markLexiconSpans(tokens)
    Self.amendKorean(&prepared, text, tokens, lexicon: lexicon)  // Hangul words only: the ko model
  }

  /// The values of a token of ASCII bytes in one pass (folding is lower-casing there), the
  /// same as ``preparedFolding(_:_:)`` computes; nil when the token has other bytes.
  @inline(__always)
  private static func preparedASCII(_ text: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> PreparedToken? {
    var key = FNV1a.basis
    var shape = FNV1a.add(FNV1a.basis, token.script.rawValue)
    var shapeLength = 0
    var lastCode: UInt8 = 0
    var prefixes: (UInt64, UInt64, UInt64) = (1, 1, 1)
    var index = token.start
    while index < token.end {
      var byte = text[index]
      guard byte < 0x80 else { return nil }
      let code: UInt8
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"):
        code = UInt8(ascii: "X")
        byte |= 0x20
      case UInt8(ascii: "a")...UInt8(ascii: "z"): code = UInt8(ascii: "x")
      case UInt8(ascii: "0")...UInt8(ascii: "9"): code = UInt8(ascii: "d")
      default: code = byte
      }
      key = FNV1a.add(key, byte)
      if shapeLength < 4 && code != lastCode {
        shape = FNV1a.add(shape, code)
        shapeLength += 1
        lastCode = code
      }
      switch index - token.start {
      case 0: prefixes.0 = key
      case 1: prefixes.1 = key
      case 2: prefixes.2 = key
      default: break
      }
      index += 1
    }
    var value = PreparedToken(word: key, shape: shape, lexicon: 0)
    guard token.script == .spaced else { return value }
    (value.prefix1, value.prefix2, value.prefix3) = prefixes
    @inline(__always) func suffix(_ length: Int) -> UInt64 {
      guard token.end - token.start >= length else { return 2 }
      var hash = FNV1a.basis
      for index in (token.end - length)..<token.end {
        let byte = text[index]
        hash = FNV1a.add(hash, byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      }
      return hash
    }
    (value.suffix1, value.suffix2, value.suffix3, value.suffix4) = (suffix(1), suffix(2), suffix(3), suffix(4))
    return value
  }

  /// The values of any token: its folded bytes' key and affixes, its shape.
  private mutating func preparedFolding(_ text: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> PreparedToken {
    folded.load(text, token.start..<token.end)
    var value = PreparedToken(word: Lexicon.key(of: folded.bytes), shape: Self.shape(text, token), lexicon: 0)
    if token.script == .spaced {
      let bytes = folded.bytes
      (value.prefix1, value.prefix2, value.prefix3) = Self.affixes(bytes, fromStart: true)
      (value.suffix1, value.suffix2, value.suffix3) = Self.affixes(bytes, fromStart: false)
      value.suffix4 = Self.affix(bytes, scalars: 4, fromStart: false)
    }
    return value
  }

  /// Writes the features of the prepared tokens at the current ``bucketBits``.
  package mutating func writeFeatures(_ tokens: [TaggerToken], into features: inout [UInt32]) {
    let count = tokens.count
    features.removeAll(keepingCapacity: true)
    guard count > 0 else { return }
    features.append(contentsOf: repeatElement(0, count: count * Self.featuresPerToken))
    features.withUnsafeMutableBufferPointer { out in
      var sink = BucketWriter(out: out)
      visitFeatures(tokens, &sink)
    }
  }

  /// Receives the bucket of each feature of each token, in order: ``featuresPerToken`` buckets,
  /// then ``endToken(_:)``, per token.
  protocol FeatureSink {
    mutating func put(_ bucket: Int)
    mutating func endToken(_ index: Int)
  }

  /// Stores buckets one after another (``writeFeatures(_:into:)``).
  private struct BucketWriter: FeatureSink {
    let out: UnsafeMutableBufferPointer<UInt32>
    var slot = 0

    @inline(__always)
    mutating func put(_ bucket: Int) {
      out[slot] = UInt32(truncatingIfNeeded: bucket)
      slot += 1
    }

    @inline(__always)
    mutating func endToken(_ index: Int) {}
  }

  /// Hands `sink` the bucket of every feature of the prepared tokens at the current
  /// ``bucketBits``: the one place the templates are written, for training
  /// (``writeFeatures(_:into:)``) and for tagging (``TaggerModel/emissions(of:from:into:)``,
  /// which adds each bucket's weights as it comes instead of storing the buckets first).
  @inline(__always)
  func visitFeatures<Sink: FeatureSink>(_ tokens: [TaggerToken], _ sink: inout Sink) {
    let count = tokens.count
    guard count > 0 else { return }
    let none: UInt64 = 0x5EED
    let shift = UInt64(64 - bucketBits)
    prepared.withUnsafeBufferPointer { prepared in
      @inline(__always) func put(_ value: UInt64) { sink.put(Int(truncatingIfNeeded: value >> shift)) }
      for i in 0..<count {
        let token = tokens[i]
        let current = prepared[i]
        let w0 = current.word
        let wm1 = i > 0 ? prepared[i - 1].word : none
        let wm2 = i > 1 ? prepared[i - 2].word : none
        let wp1 = i + 1 < count ? prepared[i + 1].word : none
        let wp2 = i + 2 < count ? prepared[i + 2].word : none
        let s0 = current.shape
        let sm1 = i > 0 ? prepared[i - 1].shape : none
        let sp1 = i + 1 < count ? prepared[i + 1].shape : none
        let l0 = current.lexicon & 0x7FF
        let lm1 = i > 0 ? prepared[i - 1].lexicon & 0x7FF : none
        let lp1 = i + 1 < count ? prepared[i + 1].lexicon & 0x7FF : none
        let spaceAfter: UInt64 = i + 1 < count ? (tokens[i + 1].spaceBefore ? 1 : 0) : 2
        let spacing = UInt64(token.spaceBefore ? 1 : 0) << 2 | spaceAfter
        let (p1, p2, p3) = (current.prefix1, current.prefix2, current.prefix3)
        let (x1, x2, x3, x4) = (current.suffix1, current.suffix2, current.suffix3, current.suffix4)
        put(Self.mix(1, 0))
        put(Self.mix(2, w0))
        put(Self.mix(3, wm1))
        put(Self.mix(4, wp1))
        put(Self.mix(5, wm2))
        put(Self.mix(6, wp2))
        put(Self.mix(7, wm1, w0))
        put(Self.mix(8, w0, wp1))
        put(Self.mix(9, wm2, wm1))
        put(Self.mix(10, wp1, wp2))
        put(Self.mix(11, s0))
        put(Self.mix(12, sm1, s0))
        put(Self.mix(13, s0, sp1))
        put(Self.mix(14, p1))
        put(Self.mix(15, p2))
        put(Self.mix(16, p3))
        put(Self.mix(17, x1))
        put(Self.mix(18, x2))
        put(Self.mix(19, x3))
        put(Self.mix(20, x4))
        put(Self.mix(21, l0, s0))
        put(Self.mix(22, lm1))
        put(Self.mix(23, lp1))
        put(Self.mix(24, current.span))
        put(Self.mix(25, current.span, s0))
        put(Self.mix(26, spacing, UInt64(token.script.rawValue)))
        put(Self.mix(27, i == 0 ? 1 : 0, s0))
        put(Self.mix(28, wm1, s0))
        put(Self.mix(29, s0, wp1))
        put(Self.mix(30, l0, w0 & 0xFF))
        put(Self.mix(31, wm1, wp1))
        put(Self.mix(32, Self.mix(0, wm1, w0), wp1))
        sink.endToken(i)
      }
    }
  }

  /// Marks tokens covered by the longest multi-token name and place entries starting anywhere.
  private mutating func markLexiconSpans(_ tokens: [TaggerToken]) {
    guard let lexicon else { return }
    for start in 0..<tokens.count where tokens[start].script != .symbol {
      // Only entries that continue past this token can add a multi-token match.
      var flags = LexiconFlags(rawValue: UInt16(truncatingIfNeeded: prepared[start].lexicon))
      guard flags.contains(.prefix) else { continue }
      var key = prepared[start].word
      var end = start
      var nameEnd = -1
      var placeEnd = -1
      while true {
        if !flags.isDisjoint(with: .name) { nameEnd = end }
        if !flags.isDisjoint(with: .place) { placeEnd = end }
        guard flags.contains(.prefix), end + 1 < tokens.count, end + 1 - start < Lexicon.maximumTokens
        else { break }
        end += 1
        key = Lexicon.extend(key, withKey: prepared[end].word)
        flags = lexicon.flags(forKey: key)
      }
      // Only multi-token matches add information beyond the single-token flags.
      if nameEnd > start {
        for index in start...nameEnd { prepared[index].span |= index == start ? 1 : 2 }
      }
      if placeEnd > start {
        for index in start...placeEnd { prepared[index].span |= index == start ? 4 : 8 }
      }
    }
  }

  /// A compressed shape: `Xxxx` → `Xx`, `SINDHU` → `X`, `S.` handled as two tokens, digits `d`,
  /// uncased letters `a`, with the script block of the first letter for non-Latin text.
  private static func shape(_ text: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> UInt64 {
    var hash = FNV1a.add(FNV1a.basis, token.script.rawValue)
    var last: UInt8 = 0
    var length = 0
    var index = token.start
    var first = true
    while index < token.end {
      let (scalar, size) = UTF8Scalars.decode(text, at: index)
      let code: UInt8
      let value = scalar.value
      if value < 0x80 {
        switch UInt8(value) {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): code = UInt8(ascii: "X")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): code = UInt8(ascii: "x")
        case UInt8(ascii: "0")...UInt8(ascii: "9"): code = UInt8(ascii: "d")
        default: code = UInt8(value)
        }
      } else {
        code = shapeCode(of: value, scalar)
        if first { hash = FNV1a.add(hash, UInt8(truncatingIfNeeded: value >> 7)) }
      }
      first = false
      if code != last {
        hash = FNV1a.add(hash, code)
        length += 1
        last = code
      }
      if length >= 4 { break }
      index += size
    }
    return hash
  }

  /// The shape code of a non-ASCII scalar: read from a table below ``ScalarTables/limit``; Han
  /// ideographs and Hangul syllables are uncased letters. The four Unicode property look-ups of
  /// ``shapeCode(_:)`` were 4% of a one-core WhatsApp run (0.4% now).
  @inline(__always)
  static func shapeCode(of value: UInt32, _ scalar: Unicode.Scalar) -> UInt8 {
    if value < ScalarTables.limit { return ScalarTables.shapeCodes[Int(value)] }
    if (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0xAC00 && value <= 0xD7A3) { return UInt8(ascii: "a") }
    return shapeCode(scalar)
  }

  /// The shape code of a scalar from its Unicode properties: `X` upper case, `x` lower case,
  /// `d` a decimal digit, `a` another letter, `~` anything else.
  static func shapeCode(_ scalar: Unicode.Scalar) -> UInt8 {
    let properties = scalar.properties
    if properties.isUppercase { return UInt8(ascii: "X") }
    if properties.isLowercase { return UInt8(ascii: "x") }
    if properties.generalCategory == .decimalNumber { return UInt8(ascii: "d") }
    if properties.isAlphabetic { return UInt8(ascii: "a") }
    return UInt8(ascii: "~")
  }

  /// Hashes of the first (or last) 1, 2 and 3 scalars of folded bytes.
  private static func affixes(_ bytes: [UInt8], fromStart: Bool) -> (UInt64, UInt64, UInt64) {
    (
      affix(bytes, scalars: 1, fromStart: fromStart), affix(bytes, scalars: 2, fromStart: fromStart),
      affix(bytes, scalars: 3, fromStart: fromStart)
    )
  }

  private static func affix(_ bytes: [UInt8], scalars: Int, fromStart: Bool) -> UInt64 {
    var seen = 0
    if fromStart {
      var end = 0
      while end < bytes.count && seen < scalars {
        end += UTF8Scalars.sequenceLength(lead: bytes[end])
        seen += 1
      }
      if seen < scalars { return 0x1 }
      return FNV1a.add(FNV1a.basis, bytes[0..<min(end, bytes.count)])
    }
    var start = bytes.count
    while start > 0 && seen < scalars {
      start -= 1
      while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
      seen += 1
    }
    if seen < scalars { return 0x2 }
    return FNV1a.add(FNV1a.basis, bytes[start...])
  }

  /// Combines a template id and up to two value hashes; the *top* bits are the bucket
  /// (multiplicative hashing: three multiplies, no shifts).
  @inline(__always)
  static func mix(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) -> UInt64 {
    ((a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xD6E8_FEB8_6659_FD93) ^ (template &* 0xBF58_476D_1CE4_E5B9))
      &* 0x94D0_49BB_1331_11EB
  }
}
