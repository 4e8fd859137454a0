import CounterpartCore
import CounterpartReports

extension RosterNames {
    /// The code `text` names (a code or a name as in the roster, 宇和島市); throws after
    /// printing the choices when it names none.
    func code(_ text: String) throws -> LocalGovernmentCode {
        if let code = try? LocalGovernmentCode(text), roster.municipality(code) != nil { return code }
        if let found = roster.municipalities.first(where: { $0.name == text }) { return found.code }
        throw BadInput.stop(
            "'\(text)' is not a municipality of the stored roster; give its code or name (e.g. \(roster.municipalities.first.map { "\($0.code) or \($0.name)" } ?? "382019"))"
        )
    }
}
