import CounterpartCore
import CounterpartReports

extension RosterNames {
    /// The code `text` names (a code or a name as in the roster, 宇和島市); throws after
    /// printing the choices when it names none.
    func code(_ text: String) throws -> LocalGovernmentCode {
        if let code = roster.municipalityCode(codeOrName: text), code != roster.prefecture { return code }
        throw BadInput.stop(MunicipalityArgument.unknown(text, in: roster))
    }
}

/// Municipalities as people type them on the command line.
enum MunicipalityArgument {
    /// The sentence for `text`, which names no municipality of `roster`.
    static func unknown(_ text: String, in roster: Roster) -> String {
        let example = roster.municipalities.first.map { "\($0.code) / \($0.name)" } ?? "382019 / 松山市"
        return L(
            "「\(text)」は登録されている名簿の市町ではありません。コードか市町名で指定してください（例: \(example)）",
            "'\(text)' is not a municipality of the stored roster; give its code or name (e.g. \(example.replacingOccurrences(of: " / ", with: " or ")))"
        )
    }
}
