import CounterpartStorage

/// Who stores an import, when and from where: the revision's history entry and the one
/// event every stored import appends to the permanent record (`roster.imported`).
struct ImportRecord: Sendable {
    /// The importing agent, as the record names them.
    var user: String
    /// When (ISO 8601, UTC).
    var time: String
    /// The remote address of an upload, or `nil` (the command line).
    var origin: String?
    /// Whether the time came from a fixed clock (`COUNTERPART_NOW`).
    var isClockFixed: Bool

    /// The kind the live stream gives a roster import (`EventKind.rosterImported` above).
    static let kind = "roster.imported"

    /// Appends the event of revision `revision`, made of `files`, chained like every other.
    func appendEvent(_ db: any SQLSession, revision: Int, files: [RosterStore.ImportedFile]) throws {
        let scopes = files.map(RosterRows.scope(of:))
        try EventChain.append(
            EventRow(
                id: 0, incident: nil, at: time, actor: user, subject: "revision \(revision)",
                text: "roster imported: revision \(revision) (\(scopes.joined(separator: ", ")))",
                isClockFixed: isClockFixed, kind: Self.kind, origin: origin.flatMap { $0.isEmpty ? nil : $0 }),
            db)
    }
}
