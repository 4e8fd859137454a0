extension SchemaMessage {
    /// The message as a Japanese sentence naming the element, the attribute, the value and
    /// what is allowed; for a form not known here, a general sentence naming the element and
    /// attribute, then libxml2's text. `namespace` is the file's: an element outside it gets
    /// a hint about `xmlns`.
    func japanese(namespace: String) -> String {
        sentence() + namespaceHint(namespace)
    }

    private func sentence() -> String {
        switch kind {
        case .enumeration(let value, let allowed):
            return enumerationSentence(value: value, allowed: allowed)
        case .pattern(let value, let pattern):
            return "\(subject(value)) は\(patternRule(pattern))"
        case .tooSmall(let value, let limit, let isInclusive):
            return "\(subject(value)) は小さすぎます。\(limit) \(isInclusive ? "以上" : "より大きい値")にしてください。"
        case .tooLarge(let value, let limit, let isInclusive):
            return "\(subject(value)) は大きすぎます。\(limit) \(isInclusive ? "以下" : "より小さい値")にしてください。"
        case .length(let value, let length, let limit, let bound):
            return lengthSentence(value: value, length: length, limit: limit, bound: bound)
        case .tooManyDigits(let value, let limit, let isFraction):
            return isFraction
                ? "\(subject(value)) は小数点以下の桁が多すぎます。小数点以下は \(limit) 桁までにしてください。"
                : "\(subject(value)) は桁が多すぎます。全部で \(limit) 桁までにしてください。"
        case .wrongType(let value, let type):
            return "\(subject(value)) は\(typeRule(type))"
        case .missingAttribute(let name):
            let label = JapaneseNames.attribute(name, of: element) ?? "属性"
            return "\(elementSubject) に必要な\(label) \(name)=\"…\" がありません。"
        case .attributeNotAllowed(let name):
            return "\(elementSubject) に \(name)=\"…\" という属性は書けません。\(allowedAttributes)"
        case .unexpectedElement(let expected):
            let allowed =
                expected.isEmpty
                ? "綴り、順序、書く場所、同じ要素を2回書いていないかを確かめてください。" : "ここに書けるのは \(JapaneseNames.elementList(expected)) です。"
            return "\(elementSubject) はここには書けません。\(allowed)"
        case .missingChild(let expected):
            let needed = expected.isEmpty ? "必要な要素" : JapaneseNames.elementList(expected)
            return "\(elementSubject) の中に \(needed) が必要ですが、ありません。"
        case .textNotAllowed:
            return "\(elementSubject) の中に文字は書けません（書けるのは要素だけです）。"
        case .contentNotAllowed:
            return "\(elementSubject) の中には要素を書けません。"
        case .duplicateKey(let values, let constraint):
            return "\(elementSubject) の値 \(values) が重複しています。同じ値は1回だけ使えます（一意制約 \(constraint)）。"
        case .keyNotFound(let values, let constraint):
            return "\(elementSubject) の値 \(values) が参照先に見つかりません（参照 \(constraint)）。"
        case .unknownRoot:
            return "ルート要素 \(elementSubject) はこの種類のファイルでは使えません。"
        case .unrecognised(let text):
            guard element != nil else { return "スキーマ（ファイルの決まり）に合わない所があります。元のメッセージ: \(text)" }
            let attributePart = attribute.map { " の属性 \($0) が" } ?? " が"
            return "\(elementSubject)\(attributePart)スキーマ（ファイルの決まり）に合いません。元のメッセージ: \(text)"
        }
    }

    /// `要請 <request>`, or `要素` when the message names none.
    private var elementSubject: String {
        guard let element else { return "要素" }
        let label = JapaneseNames.element(element)
        return label.hasPrefix("<") ? label : "\(label) <\(element)>"
    }

    /// `要請の業務区分 category="給付"`, or the element's value when no attribute is named.
    private func subject(_ value: String) -> String {
        guard let attribute else { return "\(elementSubject) の値「\(value)」" }
        return JapaneseNames.attributeValue(element: element, attribute: attribute, value: value)
    }

    private func enumerationSentence(value: String, allowed: [String]) -> String {
        let list = JapaneseNames.allowedList(allowed, attribute: attribute)
        if let attribute, attribute == "skills" {
            return
                "\(JapaneseNames.attributeName(element: element, attribute: attribute)) の「\(value)」は職種ではありません。使えるのは \(list) です（空白で区切って複数書けます）。"
        }
        return "\(subject(value)) は使えません。使えるのは \(list) です。"
    }

    private func patternRule(_ pattern: String) -> String {
        switch pattern {
        case "[0-9]{6}": return "団体コードの形ではありません。団体コードは半角数字6桁です（例: 382019）。"
        case "[0-9]{4}-[0-9]{2}-[0-9]{2}": return "日付の形ではありません。YYYY-MM-DD の形（例: 2026-04-01）で書いてください。"
        default: return "決められた形に合いません（形: \(pattern)）。"
        }
    }

    private func typeRule(_ type: String) -> String {
        let name = type.split(separator: ":").last.map(String.init) ?? type
        switch name {
        case "int", "integer", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "unsignedInt":
            return "整数ではないか、扱える範囲を超えています。半角数字の整数で書いてください（例: 7）。"
        case "decimal", "double", "float":
            return "数値ではありません。半角数字で書いてください（例: 33.8392）。"
        case "boolean":
            return "「true」か「false」で書いてください。"
        case "date":
            return "日付ではありません。YYYY-MM-DD の形（例: 2026-04-01）で書いてください。"
        default:
            return "この項目に使える値ではありません（型 \(type)）。"
        }
    }

    private func lengthSentence(value: String?, length: String, limit: String, bound: LengthBound) -> String {
        let name = attribute.map { JapaneseNames.attributeName(element: element, attribute: $0) } ?? elementSubject
        let isList = attribute == "skills"
        if bound == .minimum && length == "0" {
            return "\(name) が空です。\(isList ? "少なくとも1つ" : "1文字以上")書いてください。"
        }
        let written = value.map { "\(name)=\"\($0)\"" } ?? name
        switch bound {
        case .minimum: return "\(written) は短すぎます（長さ \(length)）。長さ \(limit) 以上にしてください。"
        case .maximum: return "\(written) は長すぎます（長さ \(length)）。長さ \(limit) 以下にしてください。"
        case .exact: return "\(written) の長さが \(length) です。長さ \(limit) にしてください。"
        }
    }

    private var allowedAttributes: String {
        guard let element, let names = JapaneseNames.attributes(of: element) else { return "" }
        return "\(JapaneseNames.element(element))に書ける属性は \(names.joined(separator: "、")) です。"
    }

    /// A hint when the element is in no namespace or another one than the file's.
    private func namespaceHint(_ namespace: String) -> String {
        guard element != nil, elementNamespace != namespace else { return "" }
        guard let other = elementNamespace else {
            return "（この要素には名前空間がありません。Counterpart の要素は名前空間 \(namespace) に属します。xmlns を確かめてください）"
        }
        return "（この要素は名前空間 \(other) に属しています。Counterpart の要素は名前空間 \(namespace) です。xmlns を確かめてください）"
    }
}
