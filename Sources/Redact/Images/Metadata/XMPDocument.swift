/// An XMP packet parsed into its top-level properties (from every `rdf:Description`), with RDF's
/// attribute and element forms, `rdf:parseType="Resource"`, nested structures and Bag/Seq/Alt
/// arrays all brought to one ``XMPValue`` shape.
///
/// XML parsing is ``XMLScanner`` (see there why not FoundationXML). Packets that declare a DTD are
/// refused: XMP has none, and entity declarations are the classic expansion bomb.
struct XMPDocument {
  let properties: [XMPProperty]

  /// Parses one packet.
  /// - Throws: `malformed` (naming `container`) if the XML is not well formed or declares a DTD.
  init(_ bytes: [UInt8], container: String) throws {
    var bytes = bytes
    // Packets are often padded with NULs or whitespace after the closing processing instruction.
    while let last = bytes.last, last == 0 { bytes.removeLast() }
    let root = try XMLScanner.parse(bytes, container: container)
    var properties: [XMPProperty] = []
    Self.collect(root, into: &properties)
    self.properties = properties
  }

  /// Every `rdf:Description` (at any depth outside property values) contributes its properties.
  static func collect(_ node: XMLNode, into properties: inout [XMPProperty]) {
    if node.uri == XMPNamespace.rdf && node.name == "Description" {
      properties += structureFields(of: node)
      return
    }
    for child in node.children { collect(child, into: &properties) }
  }

  /// The fields of a node read as a structure: its non-RDF attributes plus its property elements.
  static func structureFields(of node: XMLNode) -> [XMPProperty] {
    var fields: [XMPProperty] = []
    for attribute in node.attributes where attribute.uri != XMPNamespace.rdf && attribute.uri != XMPNamespace.xml {
      fields.append(XMPProperty(uri: attribute.uri, name: attribute.name, value: .text(attribute.value)))
    }
    for child in node.children {
      fields.append(XMPProperty(uri: child.uri, name: child.name, value: value(of: child)))
    }
    return fields
  }

  /// The value of a property element (or an `rdf:li`).
  static func value(of node: XMLNode) -> XMPValue {
    if let resource = node.attribute(XMPNamespace.rdf, "resource") { return .text(resource) }
    if node.attribute(XMPNamespace.rdf, "parseType") == "Resource" { return .structure(structureFields(of: node)) }
    if node.children.count == 1, let only = node.children.first, only.uri == XMPNamespace.rdf {
      switch only.name {
      case "Bag", "Seq", "Alt":
        return .array(only.children.filter { $0.uri == XMPNamespace.rdf && $0.name == "li" }.map(value(of:)))
      case "Description":
        return .structure(structureFields(of: only) + structureFields(of: node))
      default: break
      }
    }
    let fields = structureFields(of: node)
    return fields.isEmpty ? .text(node.text) : .structure(fields)
  }
}
