using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Tests.Projects.Delivery;

/// <summary>
/// A contract needs a recorded tender or the office's exemption: refused without either, accepted after an awarded
/// tender won by its (registered) vendor, or under an exemption, which covers one contract. Vendors come from the
/// register the office keeps.
/// </summary>
public sealed class TenderRequirementTests(InfoGovApiFactory host) : IClassFixture<InfoGovApiFactory>
{
    private const string Register = "mutation($i: RegisterVendorInput!) { registerVendor(input: $i) { vendor { id code kind } errors { code field message } } }";

    [Fact]
    public async Task A_contract_is_refused_without_a_tender_and_accepted_after_one_or_under_an_exemption()
    {
        var project = await ProjectUnderWay.StartAsync(host, "GAJ", "招标要求测试项目", "2026-11-20", "2027-09-30");
        var office = host.ClientAs("XXB", Roles.CommitteeOffice);
        var head = ProjectUnderWay.Official(host, "GAJ", "head", Roles.DepartmentLeader);

        // The office registers two firms; a second registration of a credit code, or a code with a wrong check character, is refused.
        var builder = await RegisterAsync(office, "甬信软件技术有限公司", "91330200MA0000101", "CONTRACTOR");
        var supplier = await RegisterAsync(office, "明州数据服务有限公司", "91330200MA0000102", "CONTRACTOR");
        var again = (await office.PostQueryAsync(Register, new { i = new { name = "x", creditCode = Code("91330200MA0000101"), kind = "CONTRACTOR" } })).AssertNoErrors().Data["registerVendor"]!;
        Assert.Equal(("VALIDATION", "creditCode"), ((string?)again["errors"]![0]!["code"], (string?)again["errors"]![0]!["field"]));
        var badCheck = (await office.PostQueryAsync(Register, new { i = new { name = "x", creditCode = "91330200MA0000103" + (Code("91330200MA0000103")[^1] == '0' ? '1' : '0'), kind = "CONTRACTOR" } }))
            .AssertNoErrors().Data["registerVendor"]!;
        Assert.Equal(("VALIDATION", "creditCode"), ((string?)badCheck["errors"]![0]!["code"], (string?)badCheck["errors"]![0]!["field"]));

        // Without a tender: refused, and nothing is written.
        var contract = new { projectId = project.Id, number = "HT-TENDER-1", vendorId = builder, amount = new { amount = 300000 }, signedOn = "2026-11-20" };
        Assert.Equal(("TENDER_REQUIRED", "tenderId"), await ErrorAsync(head, contract));
        Assert.Equal(("VALIDATION", "vendor"), await ErrorAsync(head, new { contract.projectId, contract.number, vendor = "甬信软件技术有限公司", contract.amount, contract.signedOn }));

        // The tender, awarded to the builder: the contract with the builder follows it; another vendor may not use it.
        await ProjectUnderWay.CallAsync(head, "recordTender", "RecordTenderInput",
            new { projectId = project.Id, title = "平台建设", method = "OPEN_TENDER", publishedOn = "2026-11-01", awardedOn = "2026-11-19", winningVendorId = builder, bidCount = 5 });
        var (tenderId, winner) = await Procurement.AwardedTenderAsync(office, project.Id);
        Assert.Equal(builder, winner);
        Assert.Equal(("VALIDATION", "vendorId"), await ErrorAsync(head, new { contract.projectId, number = "HT-TENDER-0", vendorId = supplier, tenderId, contract.amount, contract.signedOn }));
        await ProjectUnderWay.CallAsync(head, "signContract", "SignContractInput", new { contract.projectId, contract.number, contract.vendorId, tenderId, contract.amount, contract.signedOn });

        // An exemption from the office covers one contract with the supplier, up to its ceiling; not a second one.
        var refusedGrant = await head.PostQueryAsync("mutation($i: GrantTenderExemptionInput!) { grantTenderExemption(input: $i) { errors { code } } }",
            new { i = new { projectId = project.Id, reason = "x", ceiling = new { amount = 1 } } });
        Assert.Contains("AUTH_NOT_AUTHORIZED", refusedGrant.ErrorCodes);
        var exemption = (await ProjectUnderWay.CallAsync(office, "grantTenderExemption", "GrantTenderExemptionInput",
            new { projectId = project.Id, reason = "原系统数据迁移，由原建设单位单一来源实施。", ceiling = new { amount = 80000 } }, "tenderExemption { id reason ceiling { amount } contract { number } }"))["tenderExemption"]!;
        var exempt = new { contract.projectId, number = "HT-TENDER-2", vendorId = supplier, exemptionId = (string)exemption["id"]!, amount = new { amount = 80001 }, contract.signedOn };
        Assert.Equal(("VALIDATION", "amount.amount"), await ErrorAsync(head, exempt));
        await ProjectUnderWay.CallAsync(head, "signContract", "SignContractInput", exempt with { amount = new { amount = 80000 } });
        Assert.Equal(("INVALID_TRANSITION", "exemptionId"), await ErrorAsync(head, exempt with { number = "HT-TENDER-3", amount = new { amount = 1000 } }));

        // The department reads its contracts with their vendors and how each was procured.
        var contracts = (await head.PostQueryAsync("query($code: String!) { project(code: $code) { contracts { nodes { number vendor registeredVendor { id } tender { id } exemption { reason } } } tenderExemptions { nodes { contract { number } } } } }",
            new { code = project.Code })).AssertNoErrors().Data["project"]!;
        var signed = contracts["contracts"]!["nodes"]!.ToDictionary(c => (string)c["number"]!);
        Assert.Equal((builder, tenderId), ((string?)signed["HT-TENDER-1"]["registeredVendor"]!["id"], (string?)signed["HT-TENDER-1"]["tender"]!["id"]));
        Assert.Equal(("明州数据服务有限公司", "原系统数据迁移，由原建设单位单一来源实施。"),
            ((string?)signed["HT-TENDER-2"]["vendor"], (string?)signed["HT-TENDER-2"]["exemption"]!["reason"]));
        Assert.Equal("HT-TENDER-2", (string?)contracts["tenderExemptions"]!["nodes"]![0]!["contract"]!["number"]);
    }

    [Fact]
    public async Task The_register_is_read_by_contract_signers_finance_and_the_office_not_by_dashboards()
    {
        const string list = "{ vendors(first: 20, kind: SUPERVISOR) { nodes { code name kind } } }";
        var manager = ProjectUnderWay.Official(host, "MZJ", "cio", Roles.InformationManager);
        var supervisors = (await manager.PostQueryAsync(list)).AssertNoErrors().Data["vendors"]!["nodes"]!;
        Assert.NotEmpty(supervisors);
        Assert.All(supervisors, v => Assert.Equal("SUPERVISOR", (string?)v["kind"]));
        var dashboard = host.CreateClient();
        dashboard.DefaultRequestHeaders.Authorization = new("Bearer", host.Token(new TokenRequest([Roles.Dashboard], null, IsApp: true)));
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await dashboard.PostQueryAsync(list)).ErrorCodes);
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await host.ClientAs("MZJ", Roles.Staff).PostQueryAsync(list)).ErrorCodes);
    }

    private static string Code(string first17) => first17 + CreditCode.CheckCharacter(first17);

    private static async Task<string> RegisterAsync(HttpClient office, string name, string first17, string kind)
    {
        var vendor = (await ProjectUnderWay.CallAsync(office, "registerVendor", "RegisterVendorInput", new { name, creditCode = Code(first17), kind }, "vendor { id code }"))["vendor"]!;
        Assert.StartsWith("GYS-", (string?)vendor["code"]);
        return (string)vendor["id"]!;
    }

    private static async Task<(string?, string?)> ErrorAsync(HttpClient client, object input)
    {
        var payload = (await client.PostQueryAsync("mutation($i: SignContractInput!) { signContract(input: $i) { errors { code field message } } }", new { i = input }))
            .AssertNoErrors().Data["signContract"]!;
        Assert.NotEmpty(payload["errors"]!);
        return ((string?)payload["errors"]![0]!["code"], (string?)payload["errors"]![0]!["field"]);
    }
}
