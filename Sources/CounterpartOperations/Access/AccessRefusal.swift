/// Why the table of API.md refuses an action: one case per kind of "no", each with the
/// sentence a member reads, in Japanese and in English. Sentences name no front end: no
/// command, flag or path.
public enum AccessRefusal: String, Hashable, Sendable, CaseIterable {
    /// Only headquarters does this: open, close, extend, plan, correct, notices, the
    /// follow-up list, full rosters, accounts.
    case headquartersOnly
    /// A request is filed, changed and cancelled by its own municipality (or headquarters).
    case requestOfAnotherMunicipality
    /// A person is answered for, or marked unavailable, by their own municipality (or
    /// headquarters).
    case personOfAnotherMunicipality
    /// An item is acknowledged by the member it is addressed to, for themselves only.
    case addressedToAnotherMember
    /// A municipality's roster is imported by its own members (or headquarters).
    case rosterOfAnotherMunicipality

    /// The sentence in Japanese.
    public var japanese: String {
        switch self {
        case .headquartersOnly:
            return "この操作は県本部だけが行えます。"
        case .requestOfAnotherMunicipality:
            return "要請の登録・変更・取消は、要請する市町と県本部だけが行えます。"
        case .personOfAnotherMunicipality:
            return "職員についての回答と派遣不可の登録・解除は、その職員の所属する市町と県本部だけが行えます。"
        case .addressedToAnotherMember:
            return "確認は、宛てられた本人が自分の分だけ記録できます。"
        case .rosterOfAnotherMunicipality:
            return "市町の名簿は、その市町の担当者と県本部だけが取り込めます。"
        }
    }

    /// The sentence in English.
    public var english: String {
        switch self {
        case .headquartersOnly:
            return "Only prefecture headquarters may do this."
        case .requestOfAnotherMunicipality:
            return
                "Only the requesting municipality and prefecture headquarters may file, change or cancel its requests."
        case .personOfAnotherMunicipality:
            return
                "Only the person's own municipality and prefecture headquarters may answer for them, "
                + "or mark them unavailable or lift it."
        case .addressedToAnotherMember:
            return "Only the member an item is addressed to may acknowledge it, and only for themselves."
        case .rosterOfAnotherMunicipality:
            return "Only the municipality's own members and prefecture headquarters may import its roster."
        }
    }
}
