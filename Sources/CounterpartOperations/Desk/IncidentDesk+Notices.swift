import CounterpartCore
import CounterpartStorage

extension IncidentDesk {
    /// The notices of incident `incident`, or every notice (of every incident and of none)
    /// when `nil`, oldest first, each with who has acknowledged it.
    /// - Throws: ``OperationsError/unknown(_:)`` for an incident that does not exist.
    public func notices(incident: Incident.ID?) async throws(OperationsError) -> [NoticeRecord] {
        try await reading { rows in try Self.notices(rows, incident: incident) }
    }

    /// Notice `id`, with who has acknowledged it.
    /// - Throws: ``OperationsError/unknown(_:)`` when there is no such notice.
    public func notice(_ id: Notice.ID) async throws(OperationsError) -> NoticeRecord {
        try await reading { rows in
            guard let row = try rows.notice(id.number) else { throw OperationsError.unknown(id.recordID) }
            return try Self.noticeRecord(rows, row)
        }
    }

    static func notices(_ rows: any StorageReading, incident: Incident.ID?) throws -> [NoticeRecord] {
        if let incident { _ = try Self.incident(rows, incident) }
        return try rows.notices().filter { incident == nil || $0.incident == incident?.number }.map { row in
            try Self.noticeRecord(rows, row)
        }
    }

    static func noticeRecord(_ rows: any StorageReading, _ row: NoticeRow) throws -> NoticeRecord {
        let item = RecordID(.notice, row.id).description
        let readers = try rows.acknowledgements(item: item).map { due throws(OperationsError) in
            let place = "acknowledgement of \(item) by \(due.member)"
            return NoticeRecord.Reader(
                member: MemberID(due.member), municipality: try StoredRows.code(due.municipality, place),
                acknowledged: try due.acknowledgedAt.map { at throws(OperationsError) in
                    Stamp(time: try StoredRows.time(at, place), actor: due.acknowledgedBy ?? "")
                })
        }
        return NoticeRecord(notice: try StoredRows.notice(row, audience: readers.count), readers: readers)
    }
}
