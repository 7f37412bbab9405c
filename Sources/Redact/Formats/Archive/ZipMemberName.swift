/// The rules a member name must follow to be read or written: a plain relative path that stays
/// inside the folder it would be extracted to on any system (zip-slip).
enum ZipMemberName {
  /// Why `name` is refused, or nil when it is safe. A directory's name ends with `/`.
  ///
  /// Refused: empty names, NUL, backslashes (a separator on Windows: `a\..\..\x`), absolute
  /// paths, drive letters (`C:`), and `..`, `.` or empty components (`a//b`), which either
  /// escape or make two names denote one file.
  static func problem(_ name: String) -> String? {
    let bytes = Array(name.utf8)
    guard !bytes.isEmpty else { return "empty name" }
    if bytes.contains(0) { return "NUL in name" }
    if bytes.contains(UInt8(ascii: "\\")) { return "backslash in name" }
    if bytes[0] == UInt8(ascii: "/") { return "absolute path" }
    if bytes.count >= 2, bytes[1] == UInt8(ascii: ":"), isASCIILetter(bytes[0]) { return "drive letter" }
    var components = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
    if components.count > 1, components.last!.isEmpty { components.removeLast() }
    for component in components {
      if component.isEmpty { return "empty path component" }
      if component.elementsEqual([0x2E, 0x2E]) { return "'..' component" }
      if component.elementsEqual([0x2E]) { return "'.' component" }
    }
    return nil
  }

  /// `name` without a directory's trailing `/`: two members with the same key collide.
  static func key(_ name: String) -> Substring {
    name.hasSuffix("/") ? name.dropLast() : name[...]
  }

  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }
}
