import CounterpartCore
import Testing

@testable import CounterpartXML

@Suite struct DemandReaderTests {
    let folder = TemporaryFolder()

    @Test func everyDecimalFormReadsToExactHundredths() throws {
        let reading = DemandReader.read(
            path: RepositoryPaths.corpus.appendingPathComponent("good/demand-decimal-forms.xml").path)
        let profile = try #require(reading.profile)
        #expect(profile.id == "forms" && profile.name == "書き方" && profile.rotationDays == 14)
        #expect(profile.needs.map(\.hundredthsPerTenThousand) == [600, 50, 125, 50, 200, 1_000_000])
        #expect(
            profile.needs[0]
                == DemandNeed(
                    category: .shelter, hundredthsPerTenThousand: 600, minimum: 4, days: 30, priority: .critical))
        #expect(profile.needs[2].priority == .normal && profile.needs[2].minimum == 0)
    }

    @Test func defaultsApplyWhenLeftOut() throws {
        let reading = DemandReader.read(
            path: RepositoryPaths.corpus.appendingPathComponent("good/demand-minimal-defaults.xml").path)
        let profile = try #require(reading.profile)
        #expect(
            profile
                == DemandProfile(
                    id: "minimal", rotationDays: 7,
                    needs: [
                        DemandNeed(
                            category: .shelter, hundredthsPerTenThousand: 600, minimum: 0, days: 30, priority: .normal)
                    ]))
    }

    @Test func theShippedEhimeProfilesAreValid() throws {
        for name in ["quake", "flood"] {
            let reading = DemandReader.read(path: RepositoryPaths.path("Data/ehime/demand-\(name).xml"))
            #expect(reading.diagnostics.map(\.description) == [])
            #expect(reading.profile?.id == name && reading.profile?.needs.count == 10)
        }
    }

    @Test func anotherKindOfFileIsNamed() {
        let path = folder.write("roster.xml", FormatsExamples.roster)
        #expect(
            DemandReader.read(path: path).diagnostics.map(\.description) == [
                "\(path):1: this is a roster file; a demand profile was expected"
            ])
        let demand = folder.write(
            "demand.xml",
            "<demand xmlns=\"urn:counterpart:demand:1\" id=\"d\"><need category=\"shelter\" perTenThousand=\"1\" days=\"1\"/></demand>\n"
        )
        #expect(
            ScenarioReader.read(path: demand).diagnostics.map(\.description) == [
                "\(demand):1: this is a demand profile file; a scenario file was expected"
            ])
        guard case .demand = DocumentReader.read(path: demand) else {
            Issue.record("a demand profile is read as one")
            return
        }
    }

    @Test(arguments: [
        ("6", 600), ("6.0", 600), ("6.00", 600), ("6.000", 600), (".5", 50), ("0.05", 5), ("+1.25", 125),
        (" 2. ", 200), ("10000", 1_000_000),
    ])
    func hundredthsAreExact(text: String, hundredths: Int) {
        #expect(AttributeText.hundredths(text) == hundredths)
    }

    @Test(arguments: ["", ".", "-1", "6.125", "6.001", "1e2", "six", "1.2.3"])
    func malformedRatesAreRefused(text: String) {
        #expect(AttributeText.hundredths(text) == nil)
    }
}
