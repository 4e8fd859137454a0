/// The small roster worked by hand in `Tests/CounterpartCoverageTests/CoverageFixtures.swift`,
/// as a file, with hotline members for the drill's escalation list; and its demand profile.
enum SmallRoster {
    static let roster = """
        <?xml version="1.0" encoding="UTF-8"?>
        <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01" scope="full">
          <municipalities>
            <municipality code="382019" name="松山市" kind="city" lat="33.8392" lon="132.7656" dispatchCapacity="3" population="40000"/>
            <municipality code="382027" name="今治市" kind="city" lat="34.0661" lon="132.9978" population="20000"/>
            <municipality code="382035" name="宇和島市" kind="city" lat="33.2233" lon="132.5606" population="10000"/>
            <municipality code="382043" name="八幡浜市" kind="city" lat="33.4631" lon="132.4233" population="5000"/>
            <municipality code="382051" name="新居浜市" kind="city" lat="33.9603" lon="133.2833"/>
          </municipalities>
          <groups>
            <group id="X" name="Xグループ">
              <pairing affected="382019" primary="382027"><secondary code="382035"/></pairing>
              <pairing affected="382027" primary="382019"><secondary code="382035"/></pairing>
            </group>
            <group id="Y" name="Yグループ">
              <pairing affected="382035" primary="382043"><secondary code="382051"/></pairing>
              <pairing affected="382043" primary="382051"/>
            </group>
          </groups>
          <members>
            <member id="m-382019-1" municipality="382019" role="vice-mayor" name="松山 副市長" phone="089-000-0001"/>
            <member id="m-382019-2" municipality="382019" role="disaster-manager" name="松山 防災" phone="089-000-0002"/>
            <member id="m-382027-4" municipality="382027" role="liaison" name="今治 実務" phone="0898-00-0004"/>
            <member id="p-2" municipality="380008" role="hq-promotion" name="県庁 振興" phone="089-000-2000"/>
            <member id="p-1" municipality="380008" role="hq-disaster" name="県庁 防災" phone="089-000-1000"/>
          </members>
          <staff>
        \(staff)
          </staff>
        </roster>

        """

    static let staff = [
        ("a-1", "382019", "shelter"), ("a-2", "382019", "shelter"), ("a-3", "382019", "shelter"),
        ("a-4", "382019", "waste"),
        ("b-1", "382027", "shelter"), ("b-2", "382027", "shelter"), ("b-3", "382027", "health"),
        ("c-1", "382035", "shelter"), ("c-2", "382035", "waste"),
        ("d-1", "382043", "shelter"), ("d-2", "382043", "shelter"), ("d-3", "382043", "health"),
        ("e-1", "382051", "shelter"), ("e-2", "382051", "health"), ("e-3", "382051", "waste"),
    ].map { id, code, skill in
        """
            <person id="\(id)" municipality="\(code)" name="職員 \(id)" skills="\(skill)">
              <available from="2026-04-01" to="2027-03-31"/>
            </person>
        """
    }.joined(separator: "\n")

    /// Headcounts: shelter 2.00 per 10,000 (at least 1), health 0.50 (at least 1), waste 0.50.
    static let demand = """
        <?xml version="1.0" encoding="UTF-8"?>
        <demand xmlns="urn:counterpart:demand:1" id="small" name="小規模テスト" rotationDays="7">
          <need category="shelter" perTenThousand="2.00" minimum="1" days="14" priority="critical"/>
          <need category="health" perTenThousand="0.5" minimum="1" days="7" priority="high"/>
          <need category="waste" perTenThousand="0.5" days="3"/>
        </demand>

        """
}
