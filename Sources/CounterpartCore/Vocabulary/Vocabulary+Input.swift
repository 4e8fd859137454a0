/// The vocabulary as people type it: the token (`water`) or the Japanese label (`給水`),
/// spaces around it aside. One rule for every front end (command line, server, pages).
public protocol TypedVocabulary: RawRepresentable, CaseIterable where RawValue == String {
    /// The Japanese label, as printed.
    var japaneseLabel: String { get }
}

extension TypedVocabulary {
    /// The value `text` names by its token or its Japanese label; `nil` for anything else.
    public init?(tokenOrLabel text: String) {
        let given = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard
            let found = Self(rawValue: given)
                ?? Self.allCases.first(where: { $0.japaneseLabel == given })
                ?? Self(rawValue: given.lowercased())
        else { return nil }
        self = found
    }

    /// Every value as `label（token）`, joined with `、`: what a refusal lists as allowed.
    public static var allowedJapanese: String {
        allCases.map { "\($0.japaneseLabel)（\($0.rawValue)）" }.joined(separator: "、")
    }

    /// Every token, joined with `, `.
    public static var allowedTokens: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

extension JobCategory: TypedVocabulary {}
extension Priority: TypedVocabulary {}
extension HotlineRole: TypedVocabulary {}
extension Tier: TypedVocabulary {}
extension MunicipalityKind: TypedVocabulary {}

extension Roster {
    /// The municipality `text` names: its six-digit code (`382035`) or its name as the roster
    /// writes it (`宇和島市`), spaces around it aside; the prefecture by its code too. `nil`
    /// when it names none.
    public func municipalityCode(codeOrName text: String) -> LocalGovernmentCode? {
        let given = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        if let code = try? LocalGovernmentCode(given), municipality(code) != nil || code == prefecture { return code }
        return municipalities.first { $0.name == given }?.code
    }
}
