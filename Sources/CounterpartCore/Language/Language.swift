/// The language a person reads Counterpart in: Japanese, the users' own, or English. Every
/// front end picks one at the start (the command line from the locale or `--lang`, the
/// server from `Accept-Language`) and hands it to what it prints.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case japanese = "ja"
    case english = "en"

    /// The language of the locale variables as POSIX orders them: `LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG` — the first one set and not empty decides; Japanese when it
    /// starts with `ja` (`ja_JP.UTF-8`, `ja`), English otherwise and when none is set.
    public init(environment: [String: String]) {
        let chosen = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        self = chosen.map { $0.lowercased().hasPrefix("ja") } == true ? .japanese : .english
    }

    /// The language a `--lang` value names: `ja`/`japanese`/`日本語` or `en`/`english`/`英語`.
    public init?(name: String) {
        switch name.lowercased() {
        case "ja", "jp", "japanese", "日本語": self = .japanese
        case "en", "english", "英語": self = .english
        default: return nil
        }
    }

    /// `japanese` or `english`, as this language is.
    public func pick(_ japanese: String, _ english: String) -> String {
        self == .japanese ? japanese : english
    }
}
