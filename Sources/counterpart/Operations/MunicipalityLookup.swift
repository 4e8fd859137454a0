import CounterpartCore

/// A municipality typed on the command line: its code, or its name as in the roster (宇和島市).
struct MunicipalityLookup {
    let roster: Roster
    private let staffNames: [StaffID: String]
    private let membersByID: [MemberID: HotlineMember]

    init(roster: Roster) {
        self.roster = roster
        staffNames = Dictionary(roster.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        membersByID = Dictionary(roster.members.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The name of a person of the roster, if it has them.
    func staffName(_ id: StaffID) -> String? { staffNames[id] }

    /// A hotline member of the roster, if it has them.
    func member(_ id: MemberID) -> HotlineMember? { membersByID[id] }

    /// The code `text` names; throws a usage error naming the choices when it names none.
    func code(_ text: String) throws -> LocalGovernmentCode {
        if let code = try? LocalGovernmentCode(text), roster.municipality(code) != nil { return code }
        if let found = roster.municipalities.first(where: { $0.name == text }) { return found.code }
        throw BadInput.stop("'\(text)' is not a municipality of the stored roster; give its code or name (e.g. \(roster.municipalities.first.map { "\($0.code) or \($0.name)" } ?? "382019"))")
    }

    /// `宇和島市` for a code, `県本部` for the prefecture, or the code itself when the roster lacks it.
    func name(_ code: LocalGovernmentCode) -> String {
        if code == roster.prefecture { return "県本部 headquarters" }
        return roster.municipality(code)?.name ?? code.description
    }
}
