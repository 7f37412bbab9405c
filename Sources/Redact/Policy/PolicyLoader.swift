import Foundation
import Yams

/// Reads policies from YAML or JSON (JSON is read as YAML, of which it is a subset).
///
/// Every value is checked; the first error names its dotted path and line. Every name is checked
/// against what exists — keys, kinds, operators and their options, modes, levels, detector ids,
/// languages, regions, built-in policy names — and an unknown one is an error that suggests the
/// nearest valid name, so a misspelt `locaton:` cannot silently leave a kind on the default.
/// Kinds other than the built-in ones must be declared under `kinds:`.
///
/// ```yaml
/// base: default            # start from a built-in policy (default, publish, research)
/// mode: strict             # balanced | strict
/// kinds: [passport]        # kinds of your own, used by deny lists
/// threshold: 0.4
/// domain: release-2026-01  # pseudonym/token space
/// default: label
/// operators:
///   person: {operator: pseudonym, length: 8}
///   phone: fill
///   email: {operator: encrypt, linkable: false}
/// allow: [UNICEF]
/// deny: [Sindhu Reddy, {term: Shamshabad, kind: location}, {term: K1234567, kind: passport}]
/// deny_files: [case-names.txt]     # one term per line, relative to this file
/// regions: [IN, BD]
/// languages: [en, hi]
/// detectors: {disable: [url]}
/// context: {handle: [insta, ig]}
/// fields:                          # structured input: key paths → kind, drop or skip
///   "$.user.name": person
///   "$..geo": drop
///   "$..created_at": skip
///   "$.place": {kind: location, operator: generalize}
/// images: {mask: blur, padding: 0.4}   # faces in photos: fill | pixelate | blur; margin per side
/// ```
public enum PolicyLoader {
  static let topLevelKeys: Set<String> = [
    "version", "name", "base", "mode", "threshold", "default", "operators", "allow", "allow_files",
    "deny", "deny_files", "domain", "regions", "languages", "detectors", "context", "kinds",
    "fields", "images",
  ]

  /// Loads a policy file, or a built-in policy when `pathOrName` is one of
  /// ``Policy/builtInNames`` and no such file exists.
  /// - Throws: ``PolicyError`` for a bad file, and for a name that is neither a file nor a
  ///   built-in policy (suggesting the nearest built-in name).
  public static func load(pathOrName: String) throws -> Policy {
    if !FileManager.default.fileExists(atPath: pathOrName) {
      if let policy = Policy.builtIn(named: pathOrName) { return policy }
      throw PolicyError(
        path: "",
        message: "no such policy file, and no built-in policy of that name; "
          + (NameSuggestion.didYouMean(pathOrName, in: Policy.builtInNames)
            ?? "built-in policies are \(Policy.builtInNames.joined(separator: ", "))"))
    }
    return try load(path: pathOrName)
  }

  /// Loads and validates a policy file.
  public static func load(path: String) throws -> Policy {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw PolicyError(path: "", message: "cannot read policy file \(path)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw PolicyError(path: "", message: "policy file \(path) is not valid UTF-8")
    }
    // An empty or comment-only file would run as the default policy: a truncated case-file
    // policy would lose its deny list, field rules and operators without a word (a new user's
    // probe, session 36). `base: default` says the default on purpose.
    var empty = false
    do { empty = try Yams.compose(yaml: text) == nil } catch {}  // a syntax error is reported below
    if empty {
      throw PolicyError(
        path: "",
        message: "the file holds no settings (empty, or only comments); "
          + "write 'base: default' to run the default policy")
    }
    let directory = (path as NSString).deletingLastPathComponent
    return try parse(text, baseDirectory: directory.isEmpty ? "." : directory)
  }

  /// Parses policy text. Relative `deny_files`/`allow_files` are resolved against `baseDirectory`.
  public static func parse(_ text: String, baseDirectory: String = ".") throws -> Policy {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw syntaxError(error)
    }
    guard let root else { return Policy(name: "custom") }
    guard case .mapping(let mapping) = root else {
      throw PolicyError(path: "", line: root.mark?.line, message: "a policy must be a mapping of keys to values")
    }
    var fields: [String: Node] = [:]
    for (keyNode, value) in mapping {
      guard let key = keyNode.string else {
        throw PolicyError(path: "", line: keyNode.mark?.line, message: "keys must be strings")
      }
      guard topLevelKeys.contains(key) else {
        throw PolicyError(
          path: key, line: keyNode.mark?.line, message: unknown("key", key, among: topLevelKeys.sorted()))
      }
      fields[key] = value
    }
    var policy = Policy(name: "custom")
    if let node = fields["base"] {
      let name = try string(node, "base")
      guard let base = Policy.builtIn(named: name) else {
        throw PolicyError(
          path: "base", line: node.mark?.line, message: unknown("built-in policy", name, among: Policy.builtInNames))
      }
      policy = base
      policy.name = "custom"
    }
    if let node = fields["version"] {
      guard node.int == 1 else {
        throw PolicyError(
          path: "version", line: node.mark?.line, message: "unsupported version; this Redact reads version 1")
      }
    }
    if let node = fields["name"] { policy.name = try string(node, "name") }
    if let node = fields["mode"] {
      let value = try string(node, "mode")
      guard let mode = DetectionMode(rawValue: value) else {
        throw PolicyError(
          path: "mode", line: node.mark?.line, message: unknown("mode", value, among: PolicyNames.modes))
      }
      policy.mode = mode
    }
    if let node = fields["threshold"] {
      guard let value = node.float, (0...1).contains(value) else {
        throw PolicyError(path: "threshold", line: node.mark?.line, message: "expected a number from 0 to 1")
      }
      policy.threshold = value
    }
    let kinds = try fields["kinds"].map(parseKindDeclarations) ?? []
    let knownKinds = PolicyNames.builtInKinds + kinds
    if let node = fields["default"] { policy.defaultOperator = try parseOperator(node, path: "default") }
    if let node = fields["operators"] {
      guard case .mapping(let operators) = node else {
        throw PolicyError(path: "operators", line: node.mark?.line, message: "expected a mapping of kind to operator")
      }
      for (kindNode, value) in operators {
        let kind = try parseKind(kindNode, path: "operators", known: knownKinds, key: true)
        policy.operators[kind] = try parseOperator(value, path: "operators.\(kind.name)")
      }
    }
    if let node = fields["allow"] { policy.allowList += try stringList(node, "allow") }
    if let node = fields["allow_files"] {
      for (index, file) in try stringList(node, "allow_files").enumerated() {
        policy.allowList += try readTermFile(
          file, baseDirectory: baseDirectory, path: "allow_files[\(index)]", line: node.mark?.line)
      }
    }
    if let node = fields["deny"] { policy.denyList += try parseDenyList(node, knownKinds: knownKinds) }
    if let node = fields["deny_files"] {
      policy.denyList += try parseDenyFiles(node, baseDirectory: baseDirectory, knownKinds: knownKinds)
    }
    if let node = fields["domain"] { policy.domain = try string(node, "domain") }
    if let node = fields["regions"] {
      policy.regions = try namedList(node, "regions") { region, path, line in
        switch PolicyNames.region(region) {
        case .success(let code): return code
        case .failure(let error): throw PolicyError(path: path, line: line, message: error.message)
        }
      }
    }
    if let node = fields["languages"] {
      policy.languages = try namedList(node, "languages") { language, path, line in
        let lower = language.lowercased()
        guard PolicyNames.languages.contains(lower) else {
          throw PolicyError(
            path: path, line: line,
            message: unknown(
              "language", language, among: PolicyNames.languages,
              otherwise: "one of \(PolicyNames.languages.joined(separator: ", ")) (the languages with a name tagger)"))
        }
        return lower
      }
    }
    if let node = fields["detectors"] { policy.disabledDetectors = try parseDetectors(node) }
    if let node = fields["context"] {
      guard case .mapping(let context) = node else {
        throw PolicyError(
          path: "context", line: node.mark?.line, message: "expected a mapping of kind to a list of words")
      }
      for (kindNode, value) in context {
        let kind = try parseKind(kindNode, path: "context", known: knownKinds, key: true)
        policy.contextWords[kind, default: []] += try stringList(value, "context.\(kind.name)")
      }
    }
    if let node = fields["fields"] { policy.fields = try parseFieldRules(node, knownKinds: knownKinds) }
    if let node = fields["images"] { policy.images = try parseImagePolicy(node) }
    return policy
  }

  /// Parses `fields:`: a mapping of key-path pattern to a kind name, `drop`, `skip`, or
  /// `{kind: K, operator: O}`, in file order.
  static func parseFieldRules(_ node: Node, knownKinds: [String]) throws -> [FieldRule] {
    guard case .mapping(let mapping) = node else {
      throw PolicyError(
        path: "fields", line: node.mark?.line, message: "expected a mapping of key path to a kind, drop or skip")
    }
    var rules: [FieldRule] = []
    for (keyNode, value) in mapping {
      guard let text = keyNode.string else {
        throw PolicyError(path: "fields", line: keyNode.mark?.line, message: "key paths must be strings")
      }
      let path = "fields.\(text)"
      let pattern: FieldPattern
      do { pattern = try FieldPattern(text) } catch {
        throw PolicyError(path: path, line: keyNode.mark?.line, message: "bad key path: \(error.message)")
      }
      let choices = ["drop", "skip"] + knownKinds
      if let name = value.scalar?.string {
        switch name {
        case "drop": rules.append(FieldRule(pattern: pattern, action: .drop))
        case "skip": rules.append(FieldRule(pattern: pattern, action: .skip))
        default:
          guard knownKinds.contains(name) else {
            throw PolicyError(
              path: path, line: value.mark?.line, message: unknown("kind or action", name, among: choices))
          }
          rules.append(FieldRule(pattern: pattern, action: .kind(EntityKind(name), nil)))
        }
        continue
      }
      guard case .mapping(let options) = value else {
        throw PolicyError(
          path: path, line: value.mark?.line, message: "expected a kind, drop, skip or {kind: K, operator: O}")
      }
      var kind: EntityKind?
      var op: Operator?
      for (optionNode, optionValue) in options {
        switch optionNode.string {
        case "kind":
          kind = try parseKind(optionValue, path: path + ".kind", known: knownKinds, key: false)
        case "operator":
          op = try parseOperator(optionValue, path: path + ".operator")
        default:
          throw PolicyError(
            path: path, line: optionNode.mark?.line,
            message: unknown("field rule key", optionNode.string ?? "", among: ["kind", "operator"]))
        }
      }
      if op == .drop, kind == nil {
        rules.append(FieldRule(pattern: pattern, action: .drop))
        continue
      }
      guard let kind else {
        throw PolicyError(path: path, line: value.mark?.line, message: "a field rule with an operator needs 'kind:'")
      }
      rules.append(FieldRule(pattern: pattern, action: .kind(kind, op)))
    }
    return rules
  }

  /// Parses `images:`: `{mask: fill|pixelate|blur, padding: 0…10}`.
  static func parseImagePolicy(_ node: Node) throws -> ImagePolicy {
    guard case .mapping(let mapping) = node else {
      throw PolicyError(path: "images", line: node.mark?.line, message: "expected a mapping with mask: and padding:")
    }
    var images = ImagePolicy()
    for (keyNode, value) in mapping {
      switch keyNode.string {
      case "mask":
        let name = try string(value, "images.mask")
        guard let style = PixelMasker.Style(rawValue: name) else {
          throw PolicyError(
            path: "images.mask", line: value.mark?.line,
            message: unknown("image mask", name, among: PixelMasker.Style.allCases.map(\.rawValue)))
        }
        images.mask = style
      case "padding":
        guard let padding = value.float, padding.isFinite, (0...10).contains(padding) else {
          throw PolicyError(
            path: "images.padding", line: value.mark?.line, message: "expected a fraction of the box from 0 to 10")
        }
        images.padding = padding
      default:
        throw PolicyError(
          path: "images", line: keyNode.mark?.line,
          message: unknown("key", keyNode.string ?? "", among: ["mask", "padding"]))
      }
    }
    return images
  }

  /// Parses one operator: a name (`fill`) or a mapping (`{operator: pseudonym, length: 10}`).
  package static func parseOperator(_ node: Node, path: String) throws -> Operator {
    if let name = node.scalar?.string {
      guard let op = Operator.named(name) else {
        throw PolicyError(path: path, line: node.mark?.line, message: unknown("operator", name, among: Operator.names))
      }
      return op
    }
    guard case .mapping(let mapping) = node else {
      throw PolicyError(
        path: path, line: node.mark?.line, message: "expected an operator name or a mapping with 'operator:'")
    }
    var options: [String: Node] = [:]
    var keys: [(name: String, node: Node)] = []  // in file order, for the first unknown one
    for (keyNode, value) in mapping {
      guard let key = keyNode.string else {
        throw PolicyError(path: path, line: keyNode.mark?.line, message: "keys must be strings")
      }
      options[key] = value
      keys.append((key, keyNode))
    }
    let nameNode = options.removeValue(forKey: "operator")
    let name = try nameNode.map { try string($0, path + ".operator") }
    if let name, let nameNode, PolicyNames.operatorOptions[name] == nil {
      throw PolicyError(
        path: path + ".operator", line: nameNode.mark?.line, message: unknown("operator", name, among: Operator.names))
    }
    // Option keys are checked before a missing 'operator:' is reported, so that a misspelt
    // 'opertor:' is named as such.
    let allowed = ["operator"] + (name.map { PolicyNames.operatorOptions[$0]! } ?? PolicyNames.allOperatorOptions)
    if let key = keys.first(where: { !allowed.contains($0.name) }) {
      throw PolicyError(
        path: path + "." + key.name, line: key.node.mark?.line,
        message: PolicyNames.unknown(
          "option", key.name, qualifier: name.map { " for operator '\($0)'" } ?? "", among: allowed))
    }
    guard let name else { throw PolicyError(path: path, line: node.mark?.line, message: "missing 'operator:'") }
    switch name {
    case "label":
      return .label(text: try options["text"].map { try string($0, path + ".text") })
    case "fill":
      var character: Unicode.Scalar = "\u{2588}"
      if let node = options["char"] {
        let text = try string(node, path + ".char")
        guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first,
          !scalar.properties.isWhitespace
        else {
          throw PolicyError(path: path + ".char", line: node.mark?.line, message: "expected one visible character")
        }
        character = scalar
      }
      return .fill(character: character)
    case "pseudonym":
      var length = Pseudonymizer.defaultLength
      if let node = options["length"] {
        guard let value = node.int, (4...26).contains(value) else {
          throw PolicyError(
            path: path + ".length", line: node.mark?.line, message: "expected a whole number from 4 to 26")
        }
        length = value
      }
      return .pseudonym(length: length)
    case "encrypt":
      var linkable = true
      if let node = options["linkable"] {
        guard let value = node.bool else {
          let hint = node.scalar.flatMap { NameSuggestion.didYouMean($0.string, in: ["true", "false"]) }
          throw PolicyError(
            path: path + ".linkable", line: node.mark?.line,
            message: "expected true or false" + (hint.map { "; \($0)" } ?? ""))
        }
        linkable = value
      }
      return .encrypt(linkable: linkable)
    case "generalize":
      var level = GeneralizationLevel.admin1
      if let node = options["level"] {
        let text = try string(node, path + ".level")
        guard let value = GeneralizationLevel(rawValue: text) else {
          throw PolicyError(
            path: path + ".level", line: node.mark?.line, message: unknown("level", text, among: PolicyNames.levels))
        }
        level = value
      }
      var grid: Double?
      if let node = options["grid"] {
        guard let value = node.float, value > 0, value <= 90 else {
          throw PolicyError(
            path: path + ".grid", line: node.mark?.line,
            message: "expected a grid size in degrees, above 0 and at most 90")
        }
        grid = value
      }
      return .generalize(level: level, grid: grid)
    case "keep": return .keep
    case "drop": return .drop
    default:
      throw PolicyError(
        path: path + ".operator", line: node.mark?.line, message: unknown("operator", name, among: Operator.names))
    }
  }

  /// Reads `kinds:`, the policy's own kinds. A declared kind may not be a built-in kind nor a
  /// near-miss of one (`locaton`), which would turn a typo into a new, unmasked kind.
  private static func parseKindDeclarations(_ node: Node) throws -> [String] {
    try namedList(node, "kinds") { name, path, line in
      guard EntityKind.isValidName(name) else {
        throw PolicyError(path: path, line: line, message: kindNameRule)
      }
      guard !PolicyNames.builtInKinds.contains(name) else {
        throw PolicyError(
          path: path, line: line, message: "'\(name)' is a built-in kind; declare only kinds of your own")
      }
      if let suggestion = NameSuggestion.didYouMean(name, in: PolicyNames.builtInKinds) {
        throw PolicyError(
          path: path, line: line,
          message: "kind '\(name)' is a near-miss of a built-in kind; \(suggestion) (or choose a more distinct name)")
      }
      return name
    }
  }

  private static let kindNameRule =
    "kind names are lower-case letters, digits and '_' starting with a letter (person, phone, location, email, handle, url, coordinate, face, or your own declared under 'kinds:')"

  /// A kind name that must be built in or declared under `kinds:`. For a mapping key (`key`),
  /// the path names the kind (`operators.locaton`).
  private static func parseKind(_ node: Node, path: String, known: [String], key: Bool = false) throws -> EntityKind {
    guard let name = node.string else {
      throw PolicyError(path: path, line: node.mark?.line, message: kindNameRule)
    }
    let errorPath = key ? "\(path).\(name)" : path
    guard known.contains(name) else {
      if NameSuggestion.didYouMean(name, in: known) == nil && !EntityKind.isValidName(name) {
        throw PolicyError(path: errorPath, line: node.mark?.line, message: kindNameRule)
      }
      throw PolicyError(
        path: errorPath, line: node.mark?.line,
        message: unknown(
          "kind", name, among: known,
          otherwise: "one of \(known.joined(separator: ", ")), or declare a kind of your own under 'kinds:'"))
    }
    return EntityKind(name)
  }

  private static func parseDenyList(_ node: Node, knownKinds: [String]) throws -> [DenyListDetector.Entry] {
    guard case .sequence(let items) = node else {
      throw PolicyError(path: "deny", line: node.mark?.line, message: "expected a list of terms")
    }
    return try items.enumerated().map { index, item in
      let path = "deny[\(index)]"
      if let term = item.scalar?.string { return DenyListDetector.Entry(term: term) }
      guard case .mapping(let mapping) = item else {
        throw PolicyError(path: path, line: item.mark?.line, message: "expected a term or {term: ..., kind: ...}")
      }
      var term: String?
      var kind = EntityKind.person
      for (key, value) in mapping {
        switch key.string {
        case "term": term = try string(value, path + ".term")
        case "kind": kind = try parseKind(value, path: path + ".kind", known: knownKinds)
        default:
          // Not quoted: an entry written `Sunita Tamang: sister` is read as a mapping whose key
          // is the name the deny list protects.
          let suggestion =
            key.string.flatMap { NameSuggestion.didYouMean($0, in: ["term", "kind"]) } ?? "expected 'term' or 'kind'"
          throw PolicyError(
            path: path, line: key.mark?.line,
            message: "unknown key in a deny entry; \(suggestion) (quote a term that holds ': ')")
        }
      }
      guard let term else { throw PolicyError(path: path, line: item.mark?.line, message: "missing 'term:'") }
      return DenyListDetector.Entry(term: term, kind: kind)
    }
  }

  private static func parseDenyFiles(
    _ node: Node, baseDirectory: String, knownKinds: [String]
  ) throws -> [DenyListDetector.Entry] {
    guard case .sequence(let items) = node else {
      throw PolicyError(path: "deny_files", line: node.mark?.line, message: "expected a list of file paths")
    }
    var entries: [DenyListDetector.Entry] = []
    for (index, item) in items.enumerated() {
      let path = "deny_files[\(index)]"
      var file: String?
      var kind = EntityKind.person
      if let text = item.scalar?.string {
        file = text
      } else if case .mapping(let mapping) = item {
        for (key, value) in mapping {
          switch key.string {
          case "path": file = try string(value, path + ".path")
          case "kind": kind = try parseKind(value, path: path + ".kind", known: knownKinds)
          default: throw unknownKey(key, path: path, among: ["path", "kind"])
          }
        }
      }
      guard let file else {
        throw PolicyError(path: path, line: item.mark?.line, message: "expected a path or {path: ..., kind: ...}")
      }
      entries += try readTermFile(file, baseDirectory: baseDirectory, path: path, line: item.mark?.line)
        .map { DenyListDetector.Entry(term: $0, kind: kind) }
    }
    return entries
  }

  /// Reads one term per line; blank lines and lines starting with `#` are skipped.
  static func readTermFile(_ file: String, baseDirectory: String, path: String, line: Int?) throws -> [String] {
    let resolved = file.hasPrefix("/") ? file : baseDirectory + "/" + file
    guard let data = FileManager.default.contents(atPath: resolved) else {
      throw PolicyError(path: path, line: line, message: "cannot read \(resolved)")
    }
    // Lines are split on bytes, not Characters: case files hold a million terms, and grapheme
    // breaking took a third of the time to load them.
    return try data.withUnsafeBytes { raw -> [String] in
      let bytes = raw.bindMemory(to: UInt8.self)
      if let (offset, reason) = UTF8Validator.unreadableText(in: bytes) {
        throw PolicyError(
          path: path, line: line, message: "\(resolved) is not UTF-8 text: \(reason) at byte \(offset + 1)")
      }
      var terms: [String] = []
      // A byte-order mark (Notepad writes one) is no part of the first term.
      var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      var index = start
      func take(_ end: Int) {
        let term = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).trimmingWhitespace()
        if !term.isEmpty && !term.hasPrefix("#") { terms.append(term) }
      }
      while index < bytes.count {
        let length = UTF8Scalars.lineBreakLength(bytes, at: index)
        if length > 0 {
          take(index)
          index += length
          start = index
        } else {
          index += 1
        }
      }
      take(bytes.count)
      return terms
    }
  }

  private static func parseDetectors(_ node: Node) throws -> Set<String> {
    guard case .mapping(let mapping) = node else {
      throw PolicyError(
        path: "detectors", line: node.mark?.line, message: "expected a mapping such as {disable: [url]}")
    }
    var disabled = Set<String>()
    for (key, value) in mapping {
      guard key.string == "disable" else { throw unknownKey(key, path: "detectors", among: ["disable"]) }
      disabled.formUnion(
        try namedList(value, "detectors.disable") { id, path, line in
          guard DetectorRegistry.knownIDs.contains(id) else {
            throw PolicyError(
              path: path, line: line, message: unknown("detector", id, among: DetectorRegistry.knownIDs.sorted()))
          }
          return id
        })
    }
    return disabled
  }

  /// A list of names, each checked by `check(name, path, line)`, which returns the name to keep.
  private static func namedList<T>(
    _ node: Node, _ path: String, _ check: (String, String, Int?) throws -> T
  ) throws -> [T] {
    guard case .sequence(let items) = node else {
      throw PolicyError(path: path, line: node.mark?.line, message: "expected a list")
    }
    return try items.enumerated().map { index, item in
      let itemPath = "\(path)[\(index)]"
      return try check(try string(item, itemPath), itemPath, item.mark?.line)
    }
  }

  private static func unknown(
    _ what: String, _ name: String, among candidates: [String], otherwise: String? = nil
  ) -> String {
    PolicyNames.unknown(what, name, among: candidates, otherwise: otherwise)
  }

  private static func unknownKey(_ key: Node, path: String, among keys: [String]) -> PolicyError {
    PolicyError(
      path: path, line: key.mark?.line,
      message: key.string.map { unknown("key", $0, among: keys) } ?? "keys must be strings")
  }

  private static func string(_ node: Node, _ path: String) throws -> String {
    guard let scalar = node.scalar else {
      throw PolicyError(path: path, line: node.mark?.line, message: "expected a string")
    }
    return scalar.string
  }

  private static func stringList(_ node: Node, _ path: String) throws -> [String] {
    guard case .sequence(let items) = node else {
      throw PolicyError(path: path, line: node.mark?.line, message: "expected a list")
    }
    return try items.enumerated().map { index, item in try string(item, "\(path)[\(index)]") }
  }

  /// A YAML syntax error without the document text (which may hold deny-list names).
  private static func syntaxError(_ error: YamlError) -> PolicyError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return PolicyError(path: "", line: mark.line, message: "YAML syntax error: \(problem)")
    case .reader(let problem, _, _, _):
      return PolicyError(path: "", message: "cannot read YAML: \(problem)")
    case .duplicatedKeysInMapping(let duplicates, _):
      return PolicyError(path: "", message: "duplicate keys: \(duplicates.joined(separator: ", "))")
    default:
      return PolicyError(path: "", message: "YAML error")
    }
  }
}
