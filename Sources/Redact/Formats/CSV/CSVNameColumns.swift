/// The preset of the generic tables (``CSVFormat``, ``TSVFormat``): columns whose header says
/// they hold people's names.
///
/// Detection alone misses names that stand in a cell without context: in a synthetic contacts
/// table `김민지`, `山田 花子` and the surname of `สมชาย ใจดี` were left in their `name` cells
/// while the same names were found in the notes beside them. A column named for a person's name
/// is masked whole and its value learnt for the record instead. A table whose `name` column
/// holds something else (organisations, places) gets `[PERSON]` labels there: an extra mask, the
/// cost recall-first accepts; a policy's own rule for the column (`"$.name": skip`) comes first.
enum CSVNameColumns {
  /// Header names (exact, case as written by the common exporters: Google and Outlook contacts,
  /// spreadsheets, case-management tools) in the languages of the region.
  static let headers = PersonNameFields.unique(commonHeaders + PersonNameFields.tableHeaders)

  /// The rules of the headers beyond the preset's text (``PersonNameFields``), built in code.
  static let generatedRules = PersonNameFields.personRules(
    Array(headers.dropFirst(commonHeaders.count)), atAnyDepth: false)

  /// The generic name headers; ``PersonNameFields`` adds those of a relation or role
  /// (`Father Name`, `Victim`, `पिता का नाम`).
  private static let commonHeaders = [
    "name", "Name", "NAME", "full_name", "Full Name", "fullname", "full name", "First Name", "Middle Name",
    "Last Name", "first_name", "last_name", "Given Name", "Additional Name", "Family Name", "Nickname",
    "名前", "氏名", "이름", "성명", "姓名", "名字", "ชื่อ", "นามสกุล", "ชื่อ-นามสกุล", "নাম", "नाम", "Nama",
    "Nama Lengkap", "Tên", "Họ và tên", "Họ tên", "Pangalan",
  ]

  /// Policy YAML text: one `person` rule per header.
  static let preset: String = {
    var text = """
      # Generic CSV/TSV tables: a column whose header names a person's name is a person, masked
      # whole and learnt for its record. Every other cell is scanned by every detector, with its
      # column's header as context (a `phone` column).
      fields:

      """
    for header in commonHeaders { text += PersonNameFields.personRule(forKey: header, descendants: false) }
    text += "  # and \(generatedRules.count) more: a person's name by relation or role (Father Name, father_name,\n"
    text += "  # Victim's name, Name of Guardian, Next of Kin, পিতার নাম, Nama Ayah …), each spelling a rule\n"
    text += "  # and \(PlaceFields.tableRules.count) more: coordinates (lat, Longitude, _gps_latitude …) and places\n"
    text += "  # (address, village, City, Place of Birth …), masked whole\n"
    return text
  }()
}
