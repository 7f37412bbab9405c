/// An XML element with its namespace-resolved name, attributes, child elements and text, as built by
/// ``XMLScanner``.
final class XMLNode {
  struct Attribute {
    let uri: String
    let name: String
    let value: String
  }

  let uri: String
  let name: String
  var attributes: [Attribute] = []
  var children: [XMLNode] = []
  var text = ""

  init(uri: String, name: String) {
    self.uri = uri
    self.name = name
  }

  func attribute(_ uri: String, _ name: String) -> String? {
    attributes.first { $0.uri == uri && $0.name == name }?.value
  }
}
