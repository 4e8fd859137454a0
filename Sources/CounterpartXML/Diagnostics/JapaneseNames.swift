import CounterpartCore

/// The Japanese names of the elements, attributes and tokens of Counterpart's files, as
/// `Docs/formats.md` gives them, for sentences that name what a person wrote.
enum JapaneseNames {
    /// The element's Japanese name (`request` → 要請), or `<name>` for one Counterpart does
    /// not know.
    static func element(_ name: String) -> String {
        elements[name] ?? "<\(name)>"
    }

    /// The attribute's Japanese name on `element` (`category` → 業務区分), or `nil`.
    static func attribute(_ name: String, of element: String?) -> String? {
        if let element, let special = specialAttributes[element + "/" + name] { return special }
        return attributes[name]
    }

    /// `要請の業務区分 category="給付"`: the element, the attribute and the value as written.
    static func attributeValue(element: String?, attribute: String, value: String) -> String {
        "\(owner(element, attribute)) \(attribute)=\"\(value)\""
    }

    /// `要請の業務区分 category`: the element and the attribute.
    static func attributeName(element: String?, attribute: String) -> String {
        "\(owner(element, attribute)) \(attribute)"
    }

    /// `要請の業務区分`, `要請の` alone for an attribute without a Japanese name, or the
    /// attribute's name alone without an element.
    private static func owner(_ element: String?, _ attribute: String) -> String {
        let label = self.attribute(attribute, of: element)
        switch (element, label) {
        case (let element?, let label?): return "\(joined(self.element(element)))の\(label)"
        case (let element?, nil): return "\(joined(self.element(element)))の属性"
        case (nil, let label?): return label
        case (nil, nil): return "属性"
        }
    }

    /// `label`, with a space before a particle when it ends in a tag (`<x> の`).
    private static func joined(_ label: String) -> String {
        label.hasSuffix(">") ? label + " " : label
    }

    /// The tokens an attribute takes, each with its Japanese name, in the order of the
    /// formats; empty for an attribute that takes no fixed set.
    static func tokens(of attribute: String) -> [(token: String, label: String)] {
        switch attribute {
        case "category", "skills": return JobCategory.allCases.map { ($0.rawValue, $0.japaneseLabel) }
        case "role": return HotlineRole.allCases.map { ($0.rawValue, $0.japaneseLabel) }
        case "priority": return Priority.allCases.map { ($0.rawValue, $0.japaneseLabel) }
        case "kind": return MunicipalityKind.allCases.map { ($0.rawValue, $0.japaneseLabel) }
        case "scope": return [("full", "名簿全体"), ("municipality", "1市町分")]
        case "status": return [("official", "公表済み"), ("proposed", "想定")]
        default: return []
        }
    }

    /// `避難所運営（shelter）、罹災証明書交付（certificate）`: each token with its Japanese
    /// name when `attribute` has one for it.
    static func allowedList(_ tokens: [String], attribute: String?) -> String {
        let labels = Dictionary(
            attribute.map(self.tokens(of:))?.map { ($0.token, $0.label) } ?? [], uniquingKeysWith: { first, _ in first }
        )
        return tokens.map { token in labels[token].map { "\($0)（\(token)）" } ?? token }.joined(separator: "、")
    }

    /// `<municipalities>（市町一覧）、<groups>（グループ一覧）`.
    static func elementList(_ names: [String]) -> String {
        names.map { name in elements[name].map { "<\(name)>（\($0)）" } ?? "<\(name)>" }.joined(separator: "、")
    }

    /// The attributes `element` may carry, in the order of the formats; `nil` for an
    /// element Counterpart does not know or one without attributes.
    static func attributes(of element: String) -> [String]? {
        elementAttributes[element]
    }

    private static let elementAttributes: [String: [String]] = [
        "roster": ["prefecture", "effective", "scope", "municipality"],
        "municipality": ["code", "name", "kind", "lat", "lon", "dispatchCapacity", "population"],
        "group": ["id", "name"], "pairing": ["affected", "primary", "status"], "secondary": ["code"],
        "member": ["id", "municipality", "role", "name", "phone", "email"],
        "person": ["id", "municipality", "name", "skills"], "available": ["from", "to"],
        "scenario": ["id", "name", "start", "rotationDays"], "affected": ["code"],
        "request": ["id", "municipality", "category", "headcount", "from", "to", "priority"],
        "pin": ["request", "staff", "period"], "tierCost": ["primary", "secondary", "group", "prefecture"],
        "priorityValue": ["critical", "high", "normal"], "maxConsecutivePeriods": ["value"],
        "demand": ["id", "name", "rotationDays"],
        "need": ["category", "perTenThousand", "minimum", "days", "priority"],
    ]

    private static let elements: [String: String] = [
        "roster": "名簿", "municipalities": "市町一覧", "municipality": "市町", "groups": "グループ一覧",
        "group": "グループ", "pairing": "カウンターパート", "secondary": "二次支援市町",
        "members": "ホットライン登録者一覧", "member": "ホットライン登録者", "staff": "派遣可能職員一覧",
        "person": "派遣可能職員", "available": "派遣可能期間", "scenario": "想定", "affected": "被災市町",
        "request": "要請", "pin": "確定済みの派遣", "policy": "計画の設定", "tierCost": "支援の順位ごとの費用",
        "priorityValue": "優先度ごとの価値", "maxConsecutivePeriods": "連続従事期間の上限",
        "demand": "必要人員想定", "need": "必要人員",
    ]

    private static let attributes: [String: String] = [
        "code": "団体コード", "prefecture": "都道府県コード", "effective": "適用開始日", "scope": "範囲",
        "municipality": "市町コード", "name": "名前", "kind": "種別", "lat": "緯度", "lon": "経度",
        "dispatchCapacity": "派遣上限", "population": "人口", "id": "ID", "affected": "被災市町",
        "primary": "一次支援市", "status": "状態", "role": "役割", "phone": "電話番号", "email": "メールアドレス",
        "skills": "職種", "from": "開始日", "to": "終了日", "start": "開始日", "rotationDays": "ローテーション日数",
        "category": "業務区分", "headcount": "必要人数", "priority": "優先度", "request": "要請ID",
        "staff": "職員ID", "period": "期間番号", "value": "値", "perTenThousand": "1万人あたりの人数",
        "minimum": "最少人数", "days": "日数",
    ]

    /// Names that differ by element.
    private static let specialAttributes: [String: String] = [
        "roster/municipality": "対象市町", "member/municipality": "所属市町", "person/municipality": "所属市町",
        "request/municipality": "要請元市町", "tierCost/primary": "一次支援の費用",
        "tierCost/secondary": "二次支援の費用", "tierCost/group": "グループ内の費用",
        "tierCost/prefecture": "県内の費用", "priorityValue/critical": "緊急の価値",
        "priorityValue/high": "高の価値", "priorityValue/normal": "通常の価値",
    ]
}
