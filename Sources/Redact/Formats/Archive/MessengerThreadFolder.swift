/// The chat folders of a Facebook or Instagram "Download Your Information" export:
/// `messages/inbox/<thread>/message_1.json`, where `<thread>` is the other person's name in lower
/// case with its spaces and punctuation left out, `_`, and the thread's number
/// (`rahimuddin_10158432217356789`).
///
/// Detection cannot read a name run together with its surname in lower case, and a new user's
/// probe (session 33) found these folder names passed into the redacted archive. A folder of
/// that shape under a chat list is masked whatever its name holds, keeping the number so that
/// every chat keeps a folder of its own (`messages/inbox/[PERSON]_10158432217356789/`); in
/// messages and reports (``RedactionEngine/maskedForDisplay(_:learnt:)``) and in the output's
/// member names alike.
enum MessengerThreadFolder {
  /// Folders that list chats, one folder per chat.
  static let chatLists: Set<[UInt8]> = Set(
    ["inbox", "archived_threads", "filtered_threads", "message_requests", "e2ee_cutover"].map { Array($0.utf8) })

  /// The shortest thread number read as one.
  static let shortestNumber = 5

  /// `component` with its name masked when it is a chat folder directly under one of
  /// ``chatLists``, else nil.
  static func masked(_ component: Substring, under parent: Substring) -> String? {
    let bytes = Array(component.utf8)
    guard chatLists.contains(Array(parent.utf8)), let end = nameEnd(bytes[...]) else { return nil }
    return "[PERSON]" + String(decoding: bytes[end...], as: UTF8.self)
  }

  /// The byte ranges of the names of chat folders in the path `bytes` (components split at `/`).
  static func nameRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var parent: Range<Int> = 0..<0
    var start = 0
    for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
      let component = start..<index
      if chatLists.contains(Array(bytes[parent])), let end = nameEnd(bytes[component]) {
        ranges.append(component.lowerBound..<end)
      }
      parent = component
      start = index + 1
    }
    return ranges
  }

  /// The index of the `_` ending the name in a chat folder's name `<name>_<digits>`, or nil when
  /// `component` is not of that shape.
  private static func nameEnd<C: BidirectionalCollection<UInt8>>(_ component: C) -> C.Index? where C.Index == Int {
    guard let underscore = component.lastIndex(of: UInt8(ascii: "_")), underscore > component.startIndex else {
      return nil
    }
    let number = component[(underscore + 1)...]
    return number.count >= shortestNumber && number.allSatisfy(ASCIIByte.isDigit) ? underscore : nil
  }
}
