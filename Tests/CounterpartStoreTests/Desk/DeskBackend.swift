import CounterpartCore
import CounterpartOperations
import CounterpartStorage
import CounterpartTestSupport
import Foundation
import GRDB

@testable import CounterpartStore

/// The backends every desk test runs on: the same suite, the same expectations.
enum DeskBackend: String, CaseIterable, CustomStringConvertible, Sendable {
    case inMemory
    case sqlite
    case postgres

    var description: String { rawValue }

    /// A fresh store holding `roster`, and a way to import a later roster into it.
    func make(roster: Roster?) throws -> DeskWorld {
        switch self {
        case .inMemory:
            let storage = InMemoryStorage()
            if let roster { storage.importRoster(roster) }
            return DeskWorld(storage: storage, store: nil, importRoster: { storage.importRoster($0) })
        case .sqlite, .postgres:
            let store: RosterStore
            if self == .postgres {
                store = try RosterStore(postgres: try ThrowAwayPostgres.shared().freshDatabase())
            } else {
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                    "counterpart-desk-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                store = try RosterStore(path: folder.appendingPathComponent("counterpart.sqlite").path)
            }
            let load: @Sendable (Roster) throws -> Void = { roster in
                _ = try store.importRosters(
                    [
                        RosterStore.ImportedFile(
                            path: "r.xml", sha256: String(repeating: "a", count: 64), roster: roster)
                    ],
                    user: "tester", time: "2026-11-01T00:00:00Z", dryRun: false)
            }
            if let roster { try load(roster) }
            return DeskWorld(storage: store, store: store, importRoster: load)
        }
    }
}

/// A store under test and the desk over it, on a fixed clock.
struct DeskWorld: Sendable {
    let storage: any IncidentStorage
    /// The store, when the backend is SQLite or PostgreSQL.
    let store: RosterStore?
    let importRoster: @Sendable (Roster) throws -> Void

    func desk(at time: String = "2026-11-02T00:00:00Z") -> IncidentDesk {
        IncidentDesk(storage: storage, clock: .fixed(try! Timestamp(time)))
    }
}

/// The small world of the desk tests: 宇和島市 hit, 松山市 its primary supporter with two
/// shelter staff, one liaison in 宇和島市 and one headquarters member.
enum DeskFixtures {
    static let ehime = try! LocalGovernmentCode("380008")
    static let matsuyama = try! LocalGovernmentCode("382019")
    static let uwajima = try! LocalGovernmentCode("382035")
    static let hotline = Agent.operatingSystemUser("hotline")

    static func day(_ text: String) -> CalendarDay { try! CalendarDay(text) }

    static func roster(staff count: Int = 1) -> Roster {
        Roster(
            prefecture: ehime, effective: day("2026-04-01"),
            municipalities: [
                Municipality(code: matsuyama, name: "松山市", kind: .city, latitude: 33.8392, longitude: 132.7657),
                Municipality(code: uwajima, name: "宇和島市", kind: .city, latitude: 33.2233, longitude: 132.5606),
            ],
            groups: [
                CounterpartGroup(id: "A", name: "Aグループ", pairings: [Pairing(affected: uwajima, primary: matsuyama)])
            ],
            members: [
                HotlineMember(id: "m-1", municipality: uwajima, role: .liaison, name: "宇和島 花子", phone: "0895-00-0000"),
                HotlineMember(id: "p-1", municipality: ehime, role: .hqPromotion, name: "県庁 花子"),
            ],
            staff: (1...max(1, count)).map { index in
                StaffPerson(
                    id: StaffID("s-\(index)"), municipality: matsuyama, name: "松山 \(index)",
                    skills: JobCategorySet([.shelter]),
                    availability: [try! DayRange(from: day("2026-04-01"), to: day("2027-03-31"))])
            })
    }

    static func shelter(_ headcount: Int = 1) -> RequestDetails {
        RequestDetails(
            municipality: uwajima, category: .shelter, headcount: headcount,
            days: try! DayRange(from: day("2026-11-02"), to: day("2026-11-08")), priority: .critical)
    }

    static func opening(drill: Bool = false, requests: [RequestDetails] = [shelter()]) -> IncidentDesk.Opening {
        IncidentDesk.Opening(
            name: drill ? "訓練" : "豪雨", start: day("2026-11-02"), rotationDays: 7, affected: [uwajima],
            isDrill: drill, requests: requests)
    }
}

extension RosterStore {
    /// Changes rows behind Counterpart's back, as someone with the database could: first
    /// what lifts a rule in this backend (`sqlite` or `postgres`), then `sql`, outside the
    /// storage protocol (SQLite's pragma needs no transaction; PostgreSQL's DDL takes one).
    func tamper(sqlite: String, postgres: String, then sql: String) throws {
        if let file = sqliteFile {
            try file.writer.writeWithoutTransaction { db in
                try db.execute(sql: sqlite)
                try db.execute(sql: sql)
                if sqlite.hasPrefix("PRAGMA ignore_check_constraints") {
                    try db.execute(sql: "PRAGMA ignore_check_constraints = 0")
                }
            }
        } else {
            try writing { session in try session.executeScript(postgres + "; " + sql) }
        }
    }

    /// Every row of every table, as text (PostgreSQL's rows as JSON): what someone reading the
    /// database would see.
    func everyRowAsText() throws -> String {
        try reading { session in
            let tables: [String] = try session.column(
                "SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
            return try tables.map { table in
                try (session.column("SELECT row_to_json(x)::text FROM \(table) x") as [String]).joined(separator: "\n")
            }.joined(separator: "\n")
        }
    }
}
