/// A small namespace-aware XML parser for XMP packets: elements, attributes, text, CDATA, comments
/// and processing instructions; the five predefined entities and character references; no DTD (a
/// packet that declares one is refused, which also rules out entity-expansion bombs).
///
/// Written here instead of using FoundationXML's `XMLParser`: on this toolchain (6.3.1, Linux) that
/// parser traps (illegal instruction in `_NSXMLParserStartElementNs`) on a namespace prefix holding
/// invalid UTF-8 — one byte flip in a photo's XMP crashed the process, where a hostile file must only
/// be refused. This scanner validates UTF-8 first, bounds every index, caps the depth, and throws.
struct XMLScanner {
  /// Deeper nesting is refused (real XMP nests about ten levels).
  static let maximumDepth = 200

  private let bytes: [UInt8]
  private var index = 0
  private let container: String

  /// Parses `bytes` into its root element.
  /// - Throws: `malformed` (naming `container`) on anything not well-formed.
  static func parse(_ bytes: [UInt8], container: String) throws -> XMLNode {
    var scanner = XMLScanner(bytes: bytes, container: container)
    return try scanner.document()
  }

  private init(bytes: [UInt8], container: String) {
    self.bytes = bytes
    self.container = container
  }

  private func fail(_ reason: String) -> ImageMetadataError {
    .malformed(container: container, offset: index, reason: reason)
  }

  private func starts(_ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard index + count <= bytes.count else { return false }
    return literal.withUTF8Buffer { buffer in
      var i = 0
      while i < count && bytes[index + i] == buffer[i] { i += 1 }
      return i == count
    }
  }

  /// Moves past the next occurrence of `literal`.
  private mutating func skip(past literal: String) throws {
    let literal = Array(literal.utf8)
    while index + literal.count <= bytes.count {
      if bytes[index..<(index + literal.count)].elementsEqual(literal) {
        index += literal.count
        return
      }
      index += 1
    }
    throw fail("unterminated markup")
  }

  private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

  private mutating func skipSpace() {
    while index < bytes.count && Self.isSpace(bytes[index]) { index += 1 }
  }

  private mutating func document() throws -> XMLNode {
    guard String(validating: bytes, as: UTF8.self) != nil else { throw fail("not UTF-8") }
    if starts("\u{FEFF}") { index += 3 }
    var stack: [(node: XMLNode, qname: String, scope: [String: String])] = []
    var root: XMLNode?
    var text: [UInt8] = []
    func flushText(into node: XMLNode?) throws {
      guard let node, !text.isEmpty else { text.removeAll(keepingCapacity: true); return }
      if node.children.isEmpty { node.text += try decode(text) }
      text.removeAll(keepingCapacity: true)
    }
    while index < bytes.count {
      if bytes[index] != 0x3C {  // character data, up to the next markup, taken as one slice
        let start = index
        while index < bytes.count && bytes[index] != 0x3C { index += 1 }
        if stack.isEmpty && !bytes[start..<index].allSatisfy(Self.isSpace) {
          throw fail("text outside the root element")
        }
        text += bytes[start..<index]
        continue
      }
      if starts("<!--") {
        try skip(past: "-->")
      } else if starts("<![CDATA[") {
        guard !stack.isEmpty else { throw fail("CDATA outside the root element") }
        index += 9
        let start = index
        try skip(past: "]]>")
        // CDATA is literal: escape '&' so decode() leaves it as it is.
        for byte in bytes[start..<(index - 3)] { text += byte == 0x26 ? Array("&amp;".utf8) : [byte] }
      } else if starts("<!") {
        throw fail("DTD or unknown declaration")
      } else if starts("<?") {
        try skip(past: "?>")
      } else if starts("</") {
        try flushText(into: stack.last?.node)
        index += 2
        let name = try readName()
        skipSpace()
        guard index < bytes.count, bytes[index] == 0x3E else { throw fail("bad end tag") }
        index += 1
        guard let open = stack.popLast(), open.qname == name else { throw fail("mismatched end tag") }
      } else {
        try flushText(into: stack.last?.node)
        index += 1
        guard root == nil || !stack.isEmpty else { throw fail("second root element") }
        guard stack.count < Self.maximumDepth else { throw fail("nesting too deep") }
        let qname = try readName()
        var raw: [(String, String)] = []
        var selfClosing = false
        while true {
          skipSpace()
          guard index < bytes.count else { throw fail("unterminated start tag") }
          if bytes[index] == 0x3E {
            index += 1
            break
          }
          if bytes[index] == 0x2F {
            guard index + 1 < bytes.count, bytes[index + 1] == 0x3E else { throw fail("bad empty-element tag") }
            index += 2
            selfClosing = true
            break
          }
          let name = try readName()
          skipSpace()
          guard index < bytes.count, bytes[index] == 0x3D else { throw fail("attribute without value") }
          index += 1
          skipSpace()
          guard index < bytes.count, bytes[index] == 0x22 || bytes[index] == 0x27 else {
            throw fail("unquoted attribute")
          }
          let quote = bytes[index]
          index += 1
          let start = index
          while index < bytes.count && bytes[index] != quote {
            if bytes[index] == 0x3C { throw fail("'<' in attribute value") }
            index += 1
          }
          guard index < bytes.count else { throw fail("unterminated attribute value") }
          let value = try decode(Array(bytes[start..<index]))
          index += 1
          guard !raw.contains(where: { $0.0 == name }) else { throw fail("duplicate attribute") }
          raw.append((name, value))
        }
        var scope = stack.last?.scope ?? ["xml": XMPNamespace.xml]
        for (name, value) in raw {
          if name == "xmlns" {
            scope[""] = value
          } else if name.hasPrefix("xmlns:") {
            scope[String(name.dropFirst(6))] = value
          }
        }
        let (prefix, local) = Self.split(qname)
        guard let uri = scope[prefix] ?? (prefix.isEmpty ? "" : nil) else { throw fail("undeclared namespace prefix") }
        let node = XMLNode(uri: XMPNamespace.canonical(uri), name: local)
        for (name, value) in raw where name != "xmlns" && !name.hasPrefix("xmlns:") {
          let (attributePrefix, attributeLocal) = Self.split(name)
          var attributeURI = ""
          if !attributePrefix.isEmpty {
            guard let declared = scope[attributePrefix] else { throw fail("undeclared namespace prefix") }
            attributeURI = XMPNamespace.canonical(declared)
          }
          node.attributes.append(XMLNode.Attribute(uri: attributeURI, name: attributeLocal, value: value))
        }
        if let parent = stack.last?.node { parent.children.append(node) } else { root = node }
        if !selfClosing { stack.append((node, qname, scope)) }
      }
    }
    guard stack.isEmpty, let root else { throw fail("unclosed element") }
    return root
  }

  private static func split(_ qname: String) -> (String, String) {
    guard let colon = qname.firstIndex(of: ":") else { return ("", qname) }
    return (String(qname[..<colon]), String(qname[qname.index(after: colon)...]))
  }

  private mutating func readName() throws -> String {
    let start = index
    while index < bytes.count {
      let byte = bytes[index]
      if Self.isSpace(byte) || byte == 0x2F || byte == 0x3E || byte == 0x3D || byte == 0x3C { break }
      index += 1
    }
    guard index > start else { throw fail("empty name") }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  /// Replaces the five predefined entities and character references.
  private func decode(_ raw: [UInt8]) throws -> String {
    guard raw.contains(0x26) else { return String(decoding: raw, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(raw.count)
    var i = 0
    while i < raw.count {
      guard raw[i] == 0x26 else {
        out.append(raw[i])
        i += 1
        continue
      }
      guard let end = raw[i...].prefix(12).firstIndex(of: 0x3B) else { throw fail("bad entity reference") }
      let entity = String(decoding: raw[(i + 1)..<end], as: UTF8.self)
      switch entity {
      case "lt": out.append(0x3C)
      case "gt": out.append(0x3E)
      case "amp": out.append(0x26)
      case "quot": out.append(0x22)
      case "apos": out.append(0x27)
      default:
        var number: UInt32?
        if entity.hasPrefix("#x") {
          number = UInt32(entity.dropFirst(2), radix: 16)
        } else if entity.hasPrefix("#") {
          number = UInt32(entity.dropFirst(1), radix: 10)
        }
        guard let number, number != 0, let scalar = Unicode.Scalar(number) else { throw fail("unknown entity") }
        out += Array(String(Character(scalar)).utf8)
      }
      i = end + 1
    }
    return String(decoding: out, as: UTF8.self)
  }
}
