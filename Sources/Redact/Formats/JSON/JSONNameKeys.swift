/// The preset of generic JSON (``NDJSONFormat``, ``JSONDocumentFormat``): values under keys
/// that say they hold a person's name.
///
/// Detection alone misses a name that stands alone in a value, without a sentence around it:
/// a new user's probe (session 33) found `{"name": "sokha"}`, `{"full_name": "kofa mebu"}` and
/// `{"nama": …}` passed through unmasked, and `{"name": "NAW PAW HTOO"}` half masked, while the
/// same names in a sentence were found. A value under a name key is masked whole and learnt for
/// its record (so it is masked wherever it recurs there), as ``CSVNameColumns`` does for
/// table columns. A document whose `name` keys hold something else (a product, a file, a place)
/// gets `[PERSON]` labels there: an extra mask, the cost recall-first accepts; a policy's own
/// rule for the key (`"$..name": skip`) comes first.
enum JSONNameKeys {
  /// Keys (exact, as JSON APIs, exports and case-management tools write them) in the languages
  /// of the region, matched at any depth.
  static let keys = PersonNameFields.unique(commonKeys + PersonNameFields.jsonKeys)

  /// The rules of the keys beyond the preset's text (``PersonNameFields``), built in code.
  static let generatedRules = PersonNameFields.personRules(
    Array(keys.dropFirst(commonKeys.count)), atAnyDepth: true)

  /// The generic name keys; ``PersonNameFields`` adds those of a relation or role
  /// (`father_name`, `victimName`, `Nama Ibu`).
  private static let commonKeys = [
    "name", "Name", "full_name", "fullName", "fullname", "FullName", "first_name", "firstName", "last_name",
    "lastName", "middle_name", "middleName", "given_name", "givenName", "family_name", "familyName", "surname",
    "nickname", "nick_name", "display_name", "displayName", "author_name", "authorName", "sender_name", "senderName",
    "contact_name", "contactName", "person_name", "personName", "client_name", "clientName", "victim_name",
    "survivor_name", "father_name", "fathers_name", "fatherName", "mother_name", "mothers_name", "motherName",
    "spouse_name", "husband_name", "wife_name", "guardian_name", "nama", "nama_lengkap", "namaLengkap", "이름", "성명",
    "名前", "氏名", "姓名", "名字", "ชื่อ", "นามสกุล", "ชื่อ-นามสกุล", "নাম", "नाम", "tên", "ho_ten", "họ_tên",
    "pangalan",
  ]

  /// Policy YAML text: one `person` rule per key, at any depth.
  static let preset: String = {
    var text = """
      # Generic JSON: a value under a key that names a person's name is a person, masked whole
      # and learnt for its record. Every other key and value is scanned by every detector.
      fields:

      """
    for key in commonKeys { text += PersonNameFields.personRule(forKey: key, descendants: true) }
    text += "  # and \(generatedRules.count) more at any depth: a person's name by relation or role (fatherName,\n"
    text += "  # father_name, Victim's name, Name of Guardian, পিতার নাম, Nama Ayah …), each spelling a rule\n"
    text += "  # and \(PlaceFields.jsonRules.count) more at any depth: coordinates (lat, longitude, _gps_latitude,\n"
    text += "  # coordinates, geo …) and places (address, village, city, Place of Birth …), masked whole\n"
    return text
  }()
}
