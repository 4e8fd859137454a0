import Foundation

/// swift-argument-parser's own words (headings of the help, its error sentences) in
/// Japanese when the command line speaks Japanese: the help and usage errors then read as one
/// language. Only what the parser writes is replaced; Counterpart's own texts come translated.
enum ParserWords {
    /// Fixed words and sentences, replaced as they are.
    static let replacements: [(String, String)] = [
        ("OVERVIEW:", "概要:"),
        ("USAGE:", "使い方:"),
        ("ARGUMENTS:", "引数:"),
        ("OPTIONS:", "オプション:"),
        ("SUBCOMMANDS:", "サブコマンド:"),
        ("Show help information.", "ヘルプを表示します。"),
        ("Show the version.", "版を表示します。"),
        ("See 'counterpart help <subcommand>' for detailed help.", "詳しい説明は 'counterpart help <サブコマンド>' で表示できます。"),
        ("Run 'counterpart help' for usage.", "使い方は 'counterpart help' で表示できます。"),
        ("for more information.", "で詳しい説明を表示できます。"),
        ("  See '", "  '"),
        ("Error: ", "エラー: "),
        ("Help:  ", "説明:  "),
        ("Usage: ", "使い方: "),
        ("<subcommand>", "<サブコマンド>"),
        ("Missing expected argument", "必要な引数がありません:"),
        ("Unknown option", "不明なオプションです:"),
        ("Unexpected argument", "余分な引数です:"),
        ("Missing value for", "値がありません:"),
        ("Please provide one of the following:", "次のどれかを指定してください:"),
        ("Please provide one of", "次のどれかを指定してください:"),
        ("Please provide at least one value", "値を1つ以上指定してください"),
    ]

    /// Patterns with values: `(default: x)`, `(values: a, b)`, `The value 'x' is invalid for '--y'`.
    static let patterns: [(NSRegularExpression, String)] = [
        (#"\(values:\s+([^;)]*);\s+default:\s+([^)]*)\)"#, "（値: $1。既定値: $2）"),
        (#"\(default:\s+([^)]*)\)"#, "（既定値: $1）"),
        (#"\(values:\s+([^)]*)\)"#, "（値: $1）"),
        (#"The value '([^']*)' is invalid for '([^']*)'\.? ?"#, "「$1」は '$2' に使えない値です。"),
        (#"Unexpected extra value '([^']*)'"#, "余分な値「$1」があります"),
        (#"See '([^']*)' for detailed help\."#, "詳しい説明は '$1' で表示できます。"),
    ].compactMap { pattern, template in
        (try? NSRegularExpression(pattern: pattern)).map { ($0, template) }
    }

    /// `text` with the parser's words in Japanese.
    static func japanese(_ text: String) -> String {
        var out = text
        for (regex, template) in patterns {
            out = regex.stringByReplacingMatches(
                in: out, range: NSRange(out.startIndex..., in: out), withTemplate: template)
        }
        for (english, japanese) in replacements { out = out.replacingOccurrences(of: english, with: japanese) }
        return out
    }

    /// `text` as the command line speaks.
    static func spoken(_ text: String) -> String {
        CommandLanguage.current == .japanese ? japanese(text) : text
    }
}
