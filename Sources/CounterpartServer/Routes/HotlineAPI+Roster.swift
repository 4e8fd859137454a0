import CounterpartCore
import CounterpartOperations
import CounterpartReports
import CounterpartRosterImport
import CounterpartStore
import CounterpartWorkbook
import CounterpartXML
import Hummingbird
import NIOPosix

extension HotlineAPI {
    /// The name an uploaded roster goes by in problems and in the roster's history.
    static let uploadName = "upload.xml"
    /// The name an uploaded workbook goes by.
    static let workbookUploadName = "upload.xlsx"

    /// `GET /api/v1/roster/contacts`: the contact sheet (連絡網).
    func contacts(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        try caller.require(.contactSheet)
        return JSONResponse.shape(IncidentJSON.ContactSheet(ContactSheet(roster: caller.roster, group: nil)))
    }

    /// `POST /api/v1/roster/imports[?dryRun=true]`: one roster XML file, or one municipality's
    /// workbook (sent as `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`, or
    /// told by its bytes), read as a `scope="municipality"` file. A `scope="full"` file is
    /// headquarters'; a `scope="municipality"` file is its municipality's members' too, and
    /// then it may change nothing but that municipality's list.
    func importRoster(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let dryRunText = request.uri.queryParameters["dryRun"].map { String($0).lowercased() }
        let isDryRun = dryRunText == "true" || dryRunText == "1"
        var buffer = try await RequestBodyLimit.collect(request, limit: RequestBodyLimit.rosterImport)
        let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        let isWorkbook =
            contentType.hasPrefix(WorkbookWriter.mediaType)
            || WorkbookFile.isWorkbook(name: "", head: Array(bytes.prefix(8)))
        let name = isWorkbook ? Self.workbookUploadName : Self.uploadName
        let header = isWorkbook ? RosterFileHeader(workbook: bytes) : RosterFileHeader(bytes)
        if isWorkbook, header.municipality == nil {
            // A workbook whose municipality cannot be read cannot be imported: its problems,
            // and nothing else, are the answer.
            _ = try await runImport(bytes, name: name, caller: caller, isDryRun: true, origin: context.remoteAddress)
            throw APIError.unavailable
        }
        let own: LocalGovernmentCode?
        if header.scope == "municipality", let text = header.municipality, let code = try? LocalGovernmentCode(text) {
            try caller.require(.importMunicipalityRoster(code))
            own = caller.isHeadquarters ? nil : code
        } else {
            try caller.require(.importFullRoster)
            own = nil
        }
        if let own {
            let trial = try await runImport(
                bytes, name: name, caller: caller, isDryRun: true, origin: context.remoteAddress)
            guard let stored = caller.roster as Roster?,
                RosterFileHeader.changesOnly(own, from: stored, to: trial.roster)
            else {
                throw APIError(
                    .forbidden, .forbidden, japanese: AccessRefusal.rosterOfAnotherMunicipality.japanese,
                    english: AccessRefusal.rosterOfAnotherMunicipality.english)
            }
        }
        let outcome = try await runImport(
            bytes, name: name, caller: caller, isDryRun: isDryRun, origin: context.remoteAddress)
        if !isDryRun { events.poke() }
        return JSONResponse.make(
            Self.importJSON(outcome, isDryRun: isDryRun, header: header, before: isWorkbook ? caller.roster : nil))
    }

    /// The import, on NIO's thread pool (it reads and writes files).
    private func runImport(_ bytes: [UInt8], name: String, caller: Caller, isDryRun: Bool, origin: String?)
        async throws(APIError)
        -> RosterStore.ImportOutcome
    {
        let importer = RosterImporter(
            store: store, actor: caller.agent, time: desk.clock.now(), isClockFixed: desk.clock.isFixed)
        let result: Result<RosterStore.ImportOutcome, RosterImportError>
        do {
            result = try await NIOThreadPool.singleton.runIfActive {
                do throws(RosterImportError) {
                    return .success(
                        try importer.importRosters(
                            [.upload(name: name, bytes: bytes)], isDryRun: isDryRun, origin: origin))
                } catch {
                    return .failure(error)
                }
            }
        } catch {
            throw APIError.unavailable
        }
        switch result {
        case .success(let outcome): return outcome
        case .failure(let error): throw Self.apiError(error)
        }
    }

    /// An import's refusal: the file's problems with their lines, or the store's.
    static func apiError(_ error: RosterImportError) -> APIError {
        switch error {
        case .badInput(let diagnostics):
            let japanese = diagnostics.reportLines(in: .japanese)
            let english = diagnostics.reportLines(in: .english)
            return .invalid(
                zip(japanese, english).map { .init(field: "body", japanese: $0, english: $1) },
                status: .unprocessableContent)
        case .store(let storeError):
            switch storeError {
            case .invalidResult, .otherPrefecture, .earlierEffective:
                return .invalid(
                    [.init(field: "body", japanese: storeError.japaneseDescription, english: storeError.description)],
                    status: .unprocessableContent)
            default:
                return .unavailable
            }
        case .cannotStageUpload:
            return .unavailable
        }
    }

    /// `{"dryRun","revision"?,"scope","municipality"?,"added","removed","changed","changes"}`.
    /// A workbook's changes (`before` given: the roster it was compared with) are lines with
    /// names and old → new values (``ChangeDetails``), a file's as ``ChangeReport`` says them.
    static func importJSON(
        _ outcome: RosterStore.ImportOutcome, isDryRun: Bool, header: RosterFileHeader, before: Roster? = nil
    ) -> JSONValue {
        let changes = outcome.changes
        let kinds = [changes.municipalities, changes.groups, changes.pairings, changes.members, changes.staff]
        var fields: [(String, JSONValue)] = [("dryRun", .bool(isDryRun))]
        if let revision = outcome.revision { fields.append(("revision", .int(revision))) }
        fields.append(("scope", .string(header.scope ?? "full")))
        if header.scope == "municipality", let code = header.municipality {
            fields.append(("municipality", .string(code)))
        }
        fields += [
            ("added", .int(kinds.reduce(0) { $0 + $1.added.count })),
            ("removed", .int(kinds.reduce(0) { $0 + $1.removed.count })),
            ("changed", .int(kinds.reduce(0) { $0 + $1.changed.count })),
            (
                "changes",
                .array(
                    (before.map { ChangeDetails.render(changes, old: $0, new: outcome.roster) }
                        ?? ChangeReport.render(changes)).split(separator: "\n").map { .string(String($0)) })
            ),
        ]
        return .object(fields)
    }
}
