/// One entry of the message catalogue: a sentence or label in Japanese and in English, with
/// named placeholders written `{name}` that both texts share (a test holds every entry to
/// that). Values are put in as given: a front end escapes its own output (HTML, CSV).
public struct Phrase: Hashable, Sendable {
    /// The Japanese text.
    public let japanese: String
    /// The English text.
    public let english: String

    /// An entry.
    public init(_ japanese: String, _ english: String) {
        self.japanese = japanese
        self.english = english
    }

    /// The text in `language` with each `{name}` replaced by `values[name]`; a placeholder
    /// without a value is left as written.
    public func text(_ language: Language, _ values: [String: String] = [:]) -> String {
        Self.fill(language == .japanese ? japanese : english, values)
    }

    /// The placeholder names of `template`.
    public static func placeholders(_ template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }) { names.insert(String(name)) }
            rest = after[after.index(after: close)...]
        }
        return names
    }

    /// `template` with its placeholders filled.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, template.contains("{") else { return template }
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else {
                rest = rest[open...]
                break
            }
            let name = String(after[..<close])
            if let value = values[name] {
                out += value
            } else {
                out += "{" + name + "}"
            }
            rest = after[after.index(after: close)...]
        }
        out += rest
        return out
    }
}
