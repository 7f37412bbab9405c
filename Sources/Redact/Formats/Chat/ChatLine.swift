/// What one line of a chat export is, as its format reads it. Ranges are byte offsets in the
/// line (without its terminator).
enum ChatLine: Equatable {
  /// A message header: the author's name, and where the message text starts on this line. The
  /// lines after it that are not headers continue the message.
  case message(author: Range<Int>, text: Int)
  /// A header without an author (a system line: `Rahim added Priya`): where its text starts.
  case system(text: Int)
  /// A line of the export's own header naming the chat partner or room
  /// (`[LINE] Chat history with Rahim`): that name.
  case room(Range<Int>)
  /// Another line of the export's own header whose value is scanned (`Saved on: …`).
  case note(Range<Int>)
  /// A line kept as it is, unscanned: a day line (`2020/12/31(Thu)`) whose whole text is a date.
  case fixed
  /// Not a header: continues the message before it.
  case continuation
}

/// The line shapes of one chat export format.
protocol ChatDialect {
  /// Reads one line, without its terminator. `inPreamble` is true until the first message,
  /// system or day line: only there are ``ChatLine/room`` and ``ChatLine/note`` lines read.
  func read(_ line: ChatBytes, inPreamble: Bool) -> ChatLine
  /// The attachments in a message's text (offsets in `text`), in order.
  func attachments(in text: ChatBytes) -> [ChatAttachment]
}

extension ChatDialect {
  func attachments(in text: ChatBytes) -> [ChatAttachment] { [] }
}

/// An attachment written in a message's text: the whole mark (`<attached: NAME>`), kept as it
/// is, and the file names inside it, which are scanned (names hide in them).
struct ChatAttachment: Equatable {
  let mark: Range<Int>
  let names: [Range<Int>]
}
