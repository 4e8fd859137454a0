import CounterpartCore
import CounterpartServer
import CounterpartWorkbook
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// A municipality's workbook uploaded to `POST /api/v1/roster/imports`: read as its
/// `scope="municipality"` file, with the same permissions, problems at sheet and cell.
@Suite struct WorkbookUploadTests {
    /// 宇和島市's template of the harness's roster, with s-382035-0001's name set to `name`.
    static func uwajimaWorkbook(_ harness: ServerHarness, name: String) async throws -> [UInt8] {
        let roster = try #require(try await harness.desk.roster())
        var workbook = RosterTemplate.workbook(of: roster, municipality: try LocalGovernmentCode("382035"))
        workbook.sheets[1].rows[1][1] = .text(name)
        return try WorkbookWriter.bytes(of: workbook)
    }

    static func upload(
        _ client: any TestClientProtocol, _ harness: ServerHarness, _ bytes: [UInt8], as who: ServerHarness.Who,
        query: String = ""
    ) async throws -> Answer {
        let headers: HTTPFields = [
            .authorization: "Bearer \(harness.tokens[who]!)", .contentType: WorkbookWriter.mediaType,
            .acceptLanguage: "ja",
        ]
        return try await client.execute(
            uri: "/api/v1/roster/imports" + query, method: .post, headers: headers, body: ByteBuffer(bytes: bytes)
        ) { response in
            Answer(status: response.status, headers: response.headers, text: String(buffer: response.body))
        }
    }

    @Test func theMunicipalitysMemberImportsItsWorkbook() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let bytes = try await Self.uwajimaWorkbook(harness, name: "加藤 和哉")
        let answer = try await harness.run { client in try await Self.upload(client, harness, bytes, as: .hit) }
        #expect(answer.status == .ok, "\(answer.text.prefix(500))")
        #expect(answer.object["scope"] as? String == "municipality")
        #expect(answer.object["municipality"] as? String == "382035")
        #expect(answer.object["changed"] as? Int == 1)
        #expect(
            answer.object["changes"] as? [String]
                == ["staff: 0 added, 0 removed, 1 changed", "  ~ s-382035-0001 加藤 和也: name 加藤 和也 → 加藤 和哉"])
        let roster = try #require(try await harness.desk.roster())
        #expect(roster.staff.first { $0.id == "s-382035-0001" }?.name == "加藤 和哉")
    }

    @Test func anotherMunicipalitysMemberIsRefused() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let bytes = try await Self.uwajimaWorkbook(harness, name: "加藤 和哉")
        let answer = try await harness.run { client in try await Self.upload(client, harness, bytes, as: .outsider) }
        #expect(answer.status == .forbidden)
        let roster = try #require(try await harness.desk.roster())
        #expect(roster.staff.first { $0.id == "s-382035-0001" }?.name == "加藤 和也")
    }

    @Test func aBrokenWorkbookIsAnsweredWithItsCellsAndAnOldOneWithHowToSaveIt() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let broken = try await Self.uwajimaWorkbook(harness, name: "")
        let xls: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 600)
        let (first, second) = try await harness.run { client in
            (
                try await Self.upload(client, harness, broken, as: .hit),
                try await Self.upload(client, harness, xls, as: .hit)
            )
        }
        #expect(first.status == .unprocessableContent)
        #expect(first.text.contains("upload.xlsx: 職員!B2: 氏名がありません。"), "\(first.text.prefix(500))")
        #expect(second.status == .unprocessableContent)
        #expect(second.text.contains("古い Excel 形式（.xls）のファイルは読み込めません。"), "\(second.text.prefix(500))")
        let roster = try #require(try await harness.desk.roster())
        #expect(roster.staff.first { $0.id == "s-382035-0001" }?.name == "加藤 和也")
    }
}
