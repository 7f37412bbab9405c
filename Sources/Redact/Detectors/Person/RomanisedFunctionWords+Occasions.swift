/// Words of greetings, festivals and group-chat business that romanised South Asian chat writes in
/// lower case and that the tagger took for names or places (issue 15, session 35): "eid e … ashbe",
/// "holi pe … aa rahe hai", "dashain ma …", "ko salam kehna", "ke add koro pls".
///
/// Source: written for this project from public knowledge of the region's festivals and greetings
/// and of the English words such chat mixes in; no list was copied. Licensed with the project.
/// Words that are also given names in the region (Puja, Rakhi, Raksha, Ramzan, Ramadan, Mubarak) are left
/// out, so that a name is never vetoed by this list.
extension RomanisedFunctionWords {
  /// Festivals, greetings and thanks, wishes, and the English words of group chats and posts.
  static let occasions: Set<String> = [
    // Festivals and holidays
    "eid", "holi", "diwali", "deepawali", "dipawali", "dashain", "dussehra", "dasara", "tihar", "chhath",
    "navratri", "bandhan", "pujo", "iftar", "sehri", "namaz", "boishakh", "noboborsho",
    "christmas", "xmas",
    // Greetings, thanks and wishes
    "salam", "salaam", "assalamualaikum", "walaikum", "namaste", "namaskar", "pranam", "adab", "khudahafiz",
    "shukriya", "dhanyavad", "dhanyawad", "dhanyabad", "dhonnobad", "janmadin", "jonmodin", "salgirah", "shubh",
    "shubho", "badhai", "congrats", "congratulations", "hbd",
    // The English words of group chats and posts
    "add", "admin", "wish", "update", "updates", "result", "results", "exam", "loan", "match", "batting",
    "birthday", "hospital", "agent", "screenshot", "status", "story", "post", "link",
  ]
}
