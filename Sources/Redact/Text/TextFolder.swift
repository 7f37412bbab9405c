import Foundation

/// Folds text for case-, width- and diacritic-insensitive matching.
///
/// Latin, Greek and Cyrillic letters are lower-cased and stripped of diacritics (`Đặng` → `dang`,
/// `JOSÉ` → `jose`); full-width forms become ASCII (`Ｓｉｎｄｈｕ` → `sindhu`). Other scripts are
/// left as they are: their vowel signs are combining marks that carry meaning (कुमार ≠ कमार).
public enum TextFolder {
  /// Folded UTF-8 bytes for every scalar that folding changes, for U+0080…U+FFFF.
  /// Built once, on first use, from Foundation's compatibility decomposition.
  private static let table: [UInt32: [UInt8]] = buildTable()

  private static let foldedRanges: [ClosedRange<UInt32>] = [
    0x00C0...0x052F,  // Latin-1 letters, Latin Extended A/B, IPA, combining marks, Greek, Cyrillic
    0x1E00...0x1EFF,  // Latin Extended Additional (Vietnamese)
    0x2000...0x206F,  // general punctuation: dashes, odd spaces
    0xFF01...0xFF5E,  // full-width ASCII
  ]

  private static func buildTable() -> [UInt32: [UInt8]] {
    var table: [UInt32: [UInt8]] = [:]
    let special: [UInt32: String] = [
      0x0110: "d", 0x0111: "d", 0x00D8: "o", 0x00F8: "o", 0x0141: "l", 0x0142: "l", 0x0131: "i",
      0x00DF: "ss", 0x00C6: "ae", 0x00E6: "ae", 0x0152: "oe", 0x0153: "oe", 0x00D0: "d",
      0x00F0: "d", 0x00DE: "th", 0x00FE: "th", 0x00A0: " ", 0x2019: "'", 0x2018: "'",
    ]
    for range in foldedRanges {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
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
          for part in decomposed.unicodeScalars
          where part.properties.generalCategory != .nonspacingMark {
            text += part.properties.lowercaseMapping
          }
          folded = text
        }
        let bytes = Array(folded.utf8)
        if bytes != Array(String(scalar).utf8) { table[value] = bytes }
      }
    }
    return table
  }

  /// Folds one scalar, appending its folded UTF-8 to `output`.
  @inline(__always)
  static func appendFolded(
    _ scalar: Unicode.Scalar, rawBytes: UnsafeBufferPointer<UInt8>.SubSequence, to output: inout [UInt8]
  ) {
    let value = scalar.value
    if value < 0x80 {
      let byte = UInt8(value)
      output.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    } else if let folded = table[value] {
      output.append(contentsOf: folded)
    } else {
      output.append(contentsOf: rawBytes)
    }
  }

  /// Folds a string for comparison (allow lists, deny lists, pseudonym normalisation).
  public static func fold(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      let folded = FoldedText(bytes)
      return String(decoding: folded.bytes, as: UTF8.self)
    }
  }
}

/// A folded copy of a text with a map back to the original byte offsets.
public struct FoldedText: Sendable {
  /// The folded UTF-8 bytes.
  public let bytes: [UInt8]
  /// For each folded byte, the original offset of the scalar it came from; empty when the
  /// mapping is the identity (ASCII input).
  private let originStart: [Int32]
  private let originEnd: [Int32]

  /// Folds `text`. ASCII text takes a fast path with an identity offset map.
  public init(_ text: UnsafeBufferPointer<UInt8>) {
    var isASCII = true
    for byte in text where byte >= 0x80 {
      isASCII = false
      break
    }
    if isASCII {
      bytes = text.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
      originStart = []
      originEnd = []
      return
    }
    var folded: [UInt8] = []
    var starts: [Int32] = []
    var ends: [Int32] = []
    folded.reserveCapacity(text.count)
    starts.reserveCapacity(text.count)
    ends.reserveCapacity(text.count)
    var index = 0
    while index < text.count {
      let (scalar, length) = UTF8Scalars.decode(text, at: index)
      let before = folded.count
      TextFolder.appendFolded(scalar, rawBytes: text[index..<(index + length)], to: &folded)
      for _ in before..<folded.count {
        starts.append(Int32(index))
        ends.append(Int32(index + length))
      }
      index += length
    }
    bytes = folded
    originStart = starts
    originEnd = ends
  }

  /// Maps a non-empty range of folded bytes back to the original text's byte range.
  public func originalRange(of folded: Range<Int>) -> Range<Int> {
    if originStart.isEmpty { return folded }
    return Int(originStart[folded.lowerBound])..<Int(originEnd[folded.upperBound - 1])
  }
}
