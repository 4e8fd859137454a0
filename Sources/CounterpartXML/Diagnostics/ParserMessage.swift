/// libxml2's messages for a file that is not well-formed XML, said in Japanese.
enum ParserMessage {
    /// `message` (libxml2's text, or Counterpart's own for a file that ends early) as a
    /// Japanese sentence; a message of a form not known here is quoted after a general one.
    static func japanese(_ message: String, column: Int = 0) -> String {
        let columnPart = column > 0 ? "（\(column) 文字目）" : ""
        return "XML の書き方に誤りがあります: \(detail(message))\(columnPart)"
    }

    private static func detail(_ message: String) -> String {
        let between = SchemaMessage.between
        if let open = between(message, "Opening and ending tag mismatch: ", " line "),
            let line = between(message, " line ", " and "),
            let close = message.split(separator: " and ").last
        {
            return "開始タグ <\(open)>（\(line) 行目）と終了タグ </\(close)> が対応していません。閉じ忘れや綴りを確かめてください。"
        }
        if let tag = between(message, "Premature end of data in tag ", " line "), let line = after(message, " line ") {
            return "<\(tag)>（\(line) 行目）が閉じられないまま、ファイルが終わっています。</\(tag)> を確かめてください。"
        }
        if let tag = between(message, "Couldn't find end of Start Tag ", " line ") {
            return "開始タグ <\(tag)> が「>」で閉じられていません。"
        }
        if let name = between(message, "Attribute ", " redefined") {
            return "属性 \(name) が同じ要素に2回書かれています。"
        }
        if let name = after(message, "Specification mandates value for attribute ") {
            return "属性 \(name) に値がありません。\(name)=\"…\" の形で書いてください。"
        }
        if let name = between(message, "Entity '", "' not defined") {
            return "&\(name); は使えません。文字の & は &amp; と書いてください。"
        }
        if let prefix = between(message, "Namespace prefix ", " on ") {
            return "名前空間の接頭辞 \(prefix): が宣言されていません。"
        }
        for (start, sentence) in sentences where message.hasPrefix(start) || message.contains(start) {
            return sentence
        }
        return "元のメッセージ: \(message)"
    }

    /// Messages recognised by their start (or a part of them), with their Japanese.
    private static let sentences: [(String, String)] = [
        ("the file ends before the document is complete", "ファイルが途中で終わっています。最後まで保存されているか確かめてください。"),
        ("EndTag: '</' not found", "終了タグ </…> が見つかりません。"),
        ("Extra content at the end of the document", "ルート要素の終わりの後に、余分な内容があります。"),
        ("attributes construct error", "属性の書き方が正しくありません。名前=\"値\" の形で、引用符が閉じているか確かめてください。"),
        ("AttValue: \" or ' expected", "属性の値が引用符（\" または '）で囲まれていません。"),
        ("Unescaped '<' not allowed in attributes values", "属性の値に「<」は書けません。&lt; と書いてください。"),
        ("StartTag: invalid element name", "要素名が正しくありません。「<」の直後は要素名にしてください（文字の < は &lt; と書きます）。"),
        ("xmlParseEntityRef: no name", "「&」の使い方が正しくありません。文字の & は &amp; と書いてください。"),
        ("EntityRef: expecting ';'", "「&」の使い方が正しくありません。文字の & は &amp; と書いてください。"),
        ("out of allowed range", "XML に使えない文字（制御文字など）が含まれています。"),
        ("invalid Char value", "XML に使えない文字（制御文字など）が含まれています。"),
        ("invalid character in attribute value", "属性の値に XML で使えない文字が含まれています。"),
        ("Document is empty", "XML の内容がありません。"),
        ("Start tag expected, '<' not found", "要素の開始タグ「<」が見つかりません。"),
        ("Comment not terminated", "コメント <!-- が --> で閉じられていません。"),
        ("String not closed", "引用符が閉じられていません。"),
        ("String not started", "値が引用符で始まっていません。"),
        ("Blank needed here", "空白が必要な所に空白がありません。"),
        ("Input is not proper UTF-8", "UTF-8 として読めないバイトがあります。UTF-8 で保存し直してください。"),
        ("Unsupported encoding", "XML 宣言の文字コード（encoding）が使えないものです。UTF-8 にしてください。"),
        (
            "Document labelled UTF-16 but has UTF-8 content",
            "XML 宣言は UTF-16 ですが、中身は UTF-8 です。encoding=\"UTF-8\" にしてください。"
        ),
    ]

    private static func after(_ text: String, _ start: String) -> String? {
        text.firstRange(of: start).map { String(text[$0.upperBound...]) }
    }
}
