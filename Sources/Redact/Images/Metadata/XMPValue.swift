import Foundation

/// An XMP property value after RDF interpretation: simple text, a structure of named fields, or an
/// array (rdf:Bag/Seq/Alt) of values. Names are namespace URI + local name, so prefixes chosen by a
/// writer do not matter.
indirect enum XMPValue {
  case text(String)
  case structure([XMPProperty])
  case array([XMPValue])

  /// The field `name` of a structure in namespace `uri` (nil `uri`: any namespace).
  func field(_ uri: String?, _ name: String) -> XMPValue? {
    guard case .structure(let fields) = self else { return nil }
    return fields.first { $0.name == name && (uri == nil || $0.uri == uri) }?.value
  }

  /// Items of an array; a single non-array value counts as one item (writers disagree on Bag vs. single).
  var items: [XMPValue] {
    if case .array(let items) = self { return items }
    return [self]
  }

  /// The text of a simple value, or of the first item of an array (x-default of a lang-alt).
  var text: String? {
    switch self {
    case .text(let text): return text
    case .array(let items): return items.first?.text
    case .structure: return field(XMPNamespace.rdf, "value")?.text
    }
  }

  /// Every text leaf, depth first.
  var allTexts: [String] {
    switch self {
    case .text(let text): return [text]
    case .array(let items): return items.flatMap(\.allTexts)
    case .structure(let fields): return fields.flatMap(\.value.allTexts)
    }
  }

  /// The value as a number (accepts surrounding spaces).
  var number: Double? {
    text.flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
  }
}

/// A named XMP property.
struct XMPProperty {
  let uri: String
  let name: String
  let value: XMPValue
}
