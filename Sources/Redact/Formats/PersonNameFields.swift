/// Field names (table headers, JSON keys) that say a person's name is written under them through
/// the person's relation or role in a case file: `Father Name`, `father_name`, `Victim's Name`,
/// `Name of Guardian`, `পিতার নাম`, `Nama Ayah`, `보호자 성명`.
///
/// A new user's probe (session 33) found a case-management export's `Father Name` and
/// `Mother Name` columns passed through while its `Name` column was masked: the presets listed
/// only a few exact spellings (``CSVNameColumns``, ``JSONNameKeys``). Exports spell one field
/// many ways, so each role word here is written in the spellings exporters use (title case with
/// and without the possessive, sentence case, lower and upper case, snake, camel and Pascal case,
/// `Name of …`); the presets match keys exactly, so every spelling is a rule of its own.
enum PersonNameFields {
  /// Words naming a person by relation or role, as the first words of `… Name`.
  static let roles = [
    "father", "mother", "parent", "guardian", "spouse", "husband", "wife", "partner", "son", "daughter",
    "child", "brother", "sister", "sibling", "relative", "grandfather", "grandmother", "uncle", "aunt",
    "victim", "survivor", "client", "beneficiary", "contact", "emergency contact", "contact person", "person",
    "patient", "applicant", "employer", "employee", "worker", "agent", "broker", "recruiter", "trafficker",
    "suspect", "perpetrator", "offender", "accused", "witness", "informant", "caller", "complainant",
    "respondent", "interviewee", "caseworker", "case worker", "social worker", "officer", "author", "sender",
    "recipient", "receiver", "account holder", "holder", "owner", "landlord", "sponsor", "next of kin",
    "member", "participant", "student", "first", "last", "middle", "given", "family", "full", "nick",
    "display", "maiden", "preferred", "legal", "birth", "alias", "real", "other",
  ]

  /// Roles that name only people, whose bare word heads a column of names (`Father`, `Victim`,
  /// `Next of Kin`); used for tables only, where a column holds no nested structure.
  static let bareRoles = [
    "father", "mother", "guardian", "spouse", "husband", "wife", "victim", "survivor", "client",
    "beneficiary", "informant", "suspect", "perpetrator", "trafficker", "witness", "next of kin",
    "emergency contact", "contact person", "caseworker", "case worker", "complainant", "interviewee",
  ]

  /// Headers in the region's languages and scripts (exact, as written on their forms).
  static let nativeNames = [
    "পিতার নাম", "বাবার নাম", "মাতার নাম", "মায়ের নাম", "স্বামীর নাম", "স্ত্রীর নাম", "অভিভাবকের নাম",
    "পুরো নাম", "ডাক নাম", "पिता का नाम", "माता का नाम", "पति का नाम", "पत्नी का नाम", "अभिभावक का नाम",
    "पूरा नाम", "बुबाको नाम", "बाबुको नाम", "आमाको नाम", "पतिको नाम", "पत्नीको नाम", "नाम थर", "पूरा नाम थर",
    "والد کا نام", "والدہ کا نام", "شوہر کا نام", "ชื่อบิดา", "ชื่อมารดา", "ชื่อผู้ปกครอง", "ชื่อสามี",
    "ชื่อภรรยา", "ชื่อเล่น", "ชื่อจริง", "ชื่อ-สกุล", "Nama Ayah", "Nama Ibu", "Nama Suami", "Nama Istri",
    "Nama Wali", "Nama Panggilan", "Nama Bapa", "nama_ayah", "nama_ibu", "nama_suami", "nama_istri",
    "nama_wali", "Họ tên cha", "Họ tên mẹ", "Họ và tên cha", "Họ và tên mẹ", "Tên cha", "Tên mẹ",
    "Pangalan ng Ama", "Pangalan ng Ina", "Buong Pangalan", "보호자 이름", "보호자 성명", "부 성명", "모 성명",
    "아버지 이름", "어머니 이름", "성함", "父の名前", "母の名前", "保護者氏名", "保護者名", "フルネーム",
    "父亲姓名", "母亲姓名", "监护人姓名", "联系人姓名", "受害人姓名", "真实姓名", "ឈ្មោះ", "နာမည်", "အမည်",
  ]

  /// Every spelling of `… Name` for every role, and of `… 's Name`, `…s_name` and `Name of …`
  /// for the relations.
  static let roleNames: [String] = {
    var names: [String] = []
    for role in roles {
      let words = role.split(separator: " ").map(String.init)
      names += spellings(of: words + ["name"])
      guard !qualifiers.contains(role) else { continue }
      let head = words.dropLast()
      let possessive = titleCase(head + [words.last! + "'s", "name"])
      names += [possessive.joined(separator: " "), sentenceCase(possessive).joined(separator: " ")]
      let plural = (head + [words.last! + "s", "name"]).map { $0.lowercased() }
      names += [plural.joined(separator: "_"), camelCase(plural)]
      let nameOf = ["name", "of"] + words
      names += [
        titleCase(nameOf).joined(separator: " "), sentenceCase(nameOf).joined(separator: " "),
        nameOf.joined(separator: "_").lowercased(),
      ]
    }
    return names
  }()

  /// Roles that qualify the name itself (`First Name`) rather than name a person: no possessive,
  /// no `Name of …`.
  private static let qualifiers: Set<String> = [
    "first", "last", "middle", "given", "family", "full", "nick", "display", "maiden", "preferred", "legal",
    "birth", "alias", "real", "other",
  ]

  /// `words` as exporters write a field of them: `Father Name`, `Father name`, `father name`,
  /// `FATHER NAME`, `father_name`, `FATHER_NAME`, `fatherName`, `FatherName`.
  static func spellings(of words: [String]) -> [String] {
    let title = titleCase(words)
    let lower = words.map { $0.lowercased() }
    return [
      title.joined(separator: " "), sentenceCase(words).joined(separator: " "), lower.joined(separator: " "),
      lower.joined(separator: " ").uppercased(), lower.joined(separator: "_"),
      lower.joined(separator: "_").uppercased(), camelCase(lower), title.joined(),
    ]
  }

  /// The first word capitalised, the others in lower case (`Father name`).
  private static func sentenceCase(_ words: [String]) -> [String] {
    var lower = words.map { $0.lowercased() }
    if let first = words.first { lower[0] = titleCase([first])[0] }
    return lower
  }

  /// `fatherName`, `nextOfKinName`.
  private static func camelCase(_ words: [String]) -> String {
    guard let first = words.first else { return "" }
    return first.lowercased() + titleCase(Array(words.dropFirst())).joined()
  }

  /// Each word capitalised, but `of` after the first word (`Name of Father`).
  private static func titleCase(_ words: [String]) -> [String] {
    words.enumerated().map { index, word in
      index > 0 && word == "of" ? word : word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }
  }

  /// The policy line of a `person` rule for `key` (`descendants`: at any depth), quoted so a
  /// key with an apostrophe (`Father's Name`) stays one key.
  static func personRule(forKey key: String, descendants: Bool) -> String {
    // The pattern as `FieldPattern(key:atAnyDepth:)` writes it, its quotes escaped for YAML.
    let pattern = FieldPattern(key: key, atAnyDepth: descendants).description
    return "  \"\(pattern.replacingOccurrences("\"", "\\\""))\": person\n"
  }

  /// The table headers of a person's name: every role spelling, the bare roles, the native names.
  static let tableHeaders: [String] = unique(
    roleNames + bareRoles.flatMap { spellings(of: $0.split(separator: " ").map(String.init)) } + nativeNames)

  /// The JSON keys of a person's name: every role spelling and the native names (bare roles are
  /// left out: `"client": {…}` may hold a whole structure).
  static let jsonKeys: [String] = unique(roleNames + nativeNames)

  /// One `person` rule per name in `names`, built without parsing policy text: the presets'
  /// spellings run to a thousand rules, and parsing them as YAML took 96M instructions at every
  /// start (four times the rest of a start-up).
  static func personRules(_ names: [String], atAnyDepth: Bool) -> [FieldRule] {
    names.map { FieldRule(pattern: FieldPattern(key: $0, atAnyDepth: atAnyDepth), action: .kind(.person, nil)) }
  }

  /// `names` without repeats, in first-seen order.
  static func unique(_ names: [String]) -> [String] {
    var seen: Set<String> = []
    return names.filter { seen.insert($0).inserted }
  }
}
