import Foundation

/// Folds text for case-, width- and diacritic-insensitive matching.
///
/// Latin, Greek and Cyrillic letters are lower-cased and stripped of diacritics (`Đặng` → `dang`,
/// `JOSÉ` → `jose`); full-width forms become ASCII (`Ｓｉｎｄｈｕ` → `sindhu`). Other scripts are
/// left as they are: their vowel signs are combining marks that carry meaning (कुमार ≠ कमार).
package enum TextFolder {
  /// Dense table for U+0000…U+20FF and the full-width block: for each scalar, the offset and
  /// length of its folded bytes in ``pool``; length 0xFF means "unchanged". A flat array beats a
  /// dictionary lookup per scalar by a wide margin on non-ASCII text.
  private static let tables: (entries: [UInt32], pool: [UInt8]) = buildTables()
  private static let denseLimit: UInt32 = 0x2100
  private static let fullWidth: ClosedRange<UInt32> = 0xFF00...0xFFEF

  private static let foldedRanges: [ClosedRange<UInt32>] = [
    0x00A0...0x052F,  // Latin-1 letters, Latin Extended A/B, IPA, combining marks, Greek, Cyrillic
    0x1E00...0x1EFF,  // Latin Extended Additional (Vietnamese)
    0x2000...0x206F,  // general punctuation: dashes, odd spaces
    0xFF01...0xFF5E,  // full-width ASCII
  ]

  /// Scalars whose folding is no compatibility decomposition.
  private static let special: [UInt32: String] = [
    0x0110: "d", 0x0111: "d", 0x00D8: "o", 0x00F8: "o", 0x0141: "l", 0x0142: "l", 0x0131: "i",
    0x00DF: "ss", 0x00C6: "ae", 0x00E6: "ae", 0x0152: "oe", 0x0153: "oe", 0x00D0: "d",
    0x00F0: "d", 0x00DE: "th", 0x00FE: "th", 0x00A0: " ", 0x2019: "'", 0x2018: "'",
  ]

  /// How `scalar` folds, or nil when folding leaves it unchanged, worked out from Foundation's
  /// compatibility decomposition (what ``generatedFoldings`` holds for every scalar in the
  /// tables' ranges; `TextFolderTableTests` checks that they agree and regenerates the table).
  static func derivedFolding(of scalar: Unicode.Scalar) -> String? {
    let value = scalar.value
    guard foldedRanges.contains(where: { $0.contains(value) }) else { return nil }
    let folded: String
    if let replacement = special[value] {
      folded = replacement
    } else if scalar.properties.generalCategory == .nonspacingMark {
      folded = ""  // a stray combining diacritic (decomposed input)
    } else if (0x2000...0x200A).contains(value) || value == 0x202F || value == 0x205F {
      folded = " "
    } else if (0x2010...0x2015).contains(value) {
      folded = "-"
    } else if (0x200B...0x200F).contains(value) || value == 0x2060 {
      folded = ""  // zero-width and direction marks
    } else {
      let decomposed = String(scalar).decomposedStringWithCompatibilityMapping
      var text = ""
      for part in decomposed.unicodeScalars where part.properties.generalCategory != .nonspacingMark {
        text += part.properties.lowercaseMapping
      }
      folded = text
    }
    return folded == String(scalar) ? nil : folded
  }

  /// The scalars of the dense table, in slot order.
  static var tableScalars: [UInt32] { Array(0x80..<denseLimit) + Array(fullWidth) }

  /// The slot of `value` in the dense table, or nil.
  @inline(__always)
  private static func slot(_ value: UInt32) -> Int? {
    if value < denseLimit { return Int(value) }
    if fullWidth.contains(value) { return Int(denseLimit) + Int(value - fullWidth.lowerBound) }
    return nil
  }

  /// Performance: the tables are filled from ``generatedFoldings`` on first use, in every run
  /// (any text is folded). Worked out from Foundation's decomposition of each of the 8,700
  /// scalars at start-up, they took ~15M instructions of a one-line run (a tenth of it).
  private static func buildTables() -> (entries: [UInt32], pool: [UInt8]) {
    var entries = [UInt32](repeating: 0xFF, count: Int(denseLimit) + fullWidth.count)
    var pool: [UInt8] = []
    var text = generatedFoldings
    text.withUTF8 { bytes in
      var index = 0
      func hexDigit(_ byte: UInt8) -> UInt32 { UInt32(byte <= 0x39 ? byte - 0x30 : byte - 0x61 + 10) }
      while index < bytes.count {
        guard bytes[index] != 0x20 && bytes[index] != 0x0A else {
          index += 1
          continue
        }
        var value: UInt32 = 0
        while bytes[index] != UInt8(ascii: ":") {
          value = value << 4 | hexDigit(bytes[index])
          index += 1
        }
        index += 1
        let start = pool.count
        while index + 1 < bytes.count && bytes[index] != 0x20 && bytes[index] != 0x0A {
          pool.append(UInt8(hexDigit(bytes[index]) << 4 | hexDigit(bytes[index + 1])))
          index += 2
        }
        entries[slot(value)!] = UInt32(start) << 8 | UInt32(pool.count - start)
      }
    }
    return (entries, pool)
  }

  /// The most folded bytes any input byte can turn into (sizes output buffers).
  static let maximumExpansion: Int = {
    var ratio = 1
    for value in 0x80..<denseLimit {
      if let scalar = Unicode.Scalar(value), let bytes = folded(value) {
        ratio = max(ratio, (bytes.count + String(scalar).utf8.count - 1) / String(scalar).utf8.count)
      }
    }
    return ratio
  }()

  /// The folded bytes of a non-ASCII scalar, or nil when folding leaves it unchanged.
  @inline(__always)
  static func folded(_ value: UInt32) -> ArraySlice<UInt8>? {
    guard let slot = slot(value) else { return nil }
    let entry = tables.entries[slot]
    let length = Int(entry & 0xFF)
    if length == 0xFF { return nil }
    let offset = Int(entry >> 8)
    return tables.pool[offset..<(offset + length)]
  }

  /// Folds a string for comparison (allow lists, deny lists, pseudonym normalisation).
  package static func fold(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      let folded = FoldedText(bytes)
      return String(decoding: folded.bytes, as: UTF8.self)
    }
  }
}

/// A folded copy of a text with a map back to the original byte offsets.
package struct FoldedText: Sendable {
  /// The folded UTF-8 bytes.
  package let bytes: [UInt8]
  /// For each folded byte, the original offset of the scalar it came from; empty when the
  /// mapping is the identity (every scalar folded to as many bytes as it had).
  private let origin: [Int32]
  private let lengthOfOriginalScalar: [UInt8]

  /// Folds `text`. Text whose folding keeps every scalar's byte length (ASCII, most Indic,
  /// Thai and CJK text) gets an identity offset map and no extra arrays.
  ///
  /// Performance: writes into preallocated buffers (no per-byte `append`), since folding runs
  /// on every record for deny lists and gazetteers.
  package init(_ text: UnsafeBufferPointer<UInt8>) {
    let count = text.count
    let capacity = count * TextFolder.maximumExpansion
    var identity = true
    // First pass: fold; note whether any scalar changes its byte length.
    let folded = [UInt8](unsafeUninitializedCapacity: capacity) { out, written in
      var o = 0
      var index = 0
      while index < count {
        let byte = text[index]
        if byte < 0x80 {
          out[o] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
          o += 1
          index += 1
          continue
        }
        let (scalar, length) = UTF8Scalars.decode(text, at: index)
        if let replacement = TextFolder.folded(scalar.value) {
          if replacement.count != length { identity = false }
          for b in replacement {
            out[o] = b
            o += 1
          }
        } else {
          for k in 0..<length { out[o + k] = text[index + k] }
          o += length
        }
        index += length
      }
      written = o
    }
    bytes = folded
    guard !identity else {
      origin = []
      lengthOfOriginalScalar = []
      return
    }
    // Second pass, only for text whose byte lengths changed: the offset map.
    var origin = [Int32]()
    var remaining = [UInt8]()
    origin.reserveCapacity(folded.count)
    remaining.reserveCapacity(folded.count)
    var index = 0
    while index < count {
      let byte = text[index]
      if byte < 0x80 {
        origin.append(Int32(index))
        remaining.append(1)
        index += 1
        continue
      }
      let (scalar, length) = UTF8Scalars.decode(text, at: index)
      if let replacement = TextFolder.folded(scalar.value) {
        for _ in 0..<replacement.count {
          origin.append(Int32(index))
          remaining.append(UInt8(length))
        }
      } else {
        for k in 0..<length {
          origin.append(Int32(index + k))
          remaining.append(UInt8(length - k))
        }
      }
      index += length
    }
    self.origin = origin
    lengthOfOriginalScalar = remaining
  }

  /// Maps a non-empty range of folded bytes back to the original text's byte range.
  package func originalRange(of folded: Range<Int>) -> Range<Int> {
    if origin.isEmpty { return folded }
    let last = folded.upperBound - 1
    return Int(origin[folded.lowerBound])..<(Int(origin[last]) + Int(lengthOfOriginalScalar[last]))
  }
}
