using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using InfoGov.Domain.Projects;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InfoGov.Api.Tests.Projects.Delivery;

/// <summary>
/// The office keeps the register of vendors: a firm renamed (its history kept, its contracts keeping the name they
/// were signed under), retired (no award, no contract) and reinstated.
/// </summary>
public sealed class VendorRegisterTests(VendorRegisterTests.Host host) : IClassFixture<VendorRegisterTests.Host>
{
    /// <summary>A host of its own whose clock the test moves, so that the register's history has distinct instants.</summary>
    public sealed class Host : InfoGovApiFactory
    {
        public ShiftableTimeProvider Clock { get; } = new(Now);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    private const string VendorFields = "vendor { id version name kind isActive retiredOn retirementReason }";

    [Fact]
    public async Task A_firm_renamed_retired_and_reinstated_keeps_its_history_and_is_refused_awards_and_contracts_while_retired()
    {
        var project = await ProjectUnderWay.StartAsync(host, "GAJ", "供应商名录测试项目", "2026-11-20", "2027-09-30");
        HttpClient Office() => host.ClientAs("XXB", Roles.CommitteeOffice);
        HttpClient Head() => ProjectUnderWay.Official(host, "GAJ", "head", Roles.DepartmentLeader);
        var first17 = "91330200MA0000201";
        var vendor = (await ProjectUnderWay.CallAsync(Office(), "registerVendor", "RegisterVendorInput",
            new { name = "甬城信息技术有限公司", creditCode = first17 + CreditCode.CheckCharacter(first17), kind = "CONTRACTOR" }, VendorFields))["vendor"]!;
        var id = (string)vendor["id"]!;
        var registeredAt = host.Clock.Now;

        // Renamed ten minutes later: only by the office, only at the version read.
        host.Clock.Now = registeredAt.AddMinutes(10);
        var rename = new { id, version = (int)vendor["version"]!, name = "甬城数字科技有限公司", kind = "CONSULTANT" };
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await Head().PostQueryAsync("mutation($i: ReviseVendorInput!) { reviseVendor(input: $i) { errors { code } } }", new { i = rename })).ErrorCodes);
        Assert.Equal("CONFLICT", await ProjectUnderWay.RefusalAsync(Office(), "reviseVendor", "ReviseVendorInput", rename with { version = 99 }));
        vendor = (await ProjectUnderWay.CallAsync(Office(), "reviseVendor", "ReviseVendorInput", rename, VendorFields))["vendor"]!;
        Assert.Equal(("甬城数字科技有限公司", "CONSULTANT"), ((string?)vendor["name"], (string?)vendor["kind"]));
        vendor = (await ProjectUnderWay.CallAsync(Office(), "reviseVendor", "ReviseVendorInput", rename with { version = (int)vendor["version"]!, kind = "CONTRACTOR" }, VendorFields))["vendor"]!;
        var before = (await Office().PostQueryAsync("query($id: ID!, $t: DateTime) { node(id: $id, asOf: $t) { ... on Vendor { name kind } } }", new { id, t = registeredAt.AddMinutes(5) }))
            .AssertNoErrors().Data["node"]!;
        Assert.Equal(("甬城信息技术有限公司", "CONTRACTOR"), ((string?)before["name"], (string?)before["kind"]));

        // The firm wins the project's tender, then is retired: the contract is refused, and so is another award to it.
        await ProjectUnderWay.CallAsync(Head(), "recordTender", "RecordTenderInput",
            new { projectId = project.Id, title = "平台建设", method = "OPEN_TENDER", publishedOn = "2026-11-01", awardedOn = "2026-11-19", winningVendorId = id, bidCount = 4 });
        var (tenderId, _) = await Procurement.AwardedTenderAsync(Office(), project.Id);
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(Office(), "retireVendor", "VendorStandingInput", new { id, version = (int)vendor["version"]!, reason = " " }));
        vendor = (await ProjectUnderWay.CallAsync(Office(), "retireVendor", "VendorStandingInput", new { id, version = (int)vendor["version"]!, reason = "列入政府采购严重违法失信名单" }, VendorFields))["vendor"]!;
        Assert.Equal((false, "2026-11-20"), ((bool)vendor["isActive"]!, (string?)vendor["retiredOn"]));
        Assert.Equal("INVALID_TRANSITION", await ProjectUnderWay.RefusalAsync(Office(), "retireVendor", "VendorStandingInput", new { id, version = (int)vendor["version"]!, reason = "again" }));
        var contract = new { projectId = project.Id, number = "HT-VENDOR-1", vendorId = id, tenderId, amount = new { amount = 200000 }, signedOn = "2026-11-20" };
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(Head(), "signContract", "SignContractInput", contract));
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(Head(), "recordTender", "RecordTenderInput",
            new { projectId = project.Id, title = "运维服务", method = "OPEN_TENDER", publishedOn = "2026-11-02", awardedOn = "2026-11-19", winningVendorId = id, bidCount = 3 }));
        var retired = (await Office().PostQueryAsync("{ vendors(active: false, first: 50) { nodes { id } } active: vendors(active: true, first: 100) { nodes { id } } }")).AssertNoErrors().Data;
        Assert.Contains(retired["vendors"]!["nodes"]!, v => (string?)v["id"] == id);
        Assert.DoesNotContain(retired["active"]!["nodes"]!, v => (string?)v["id"] == id);

        // Reinstated (the listing was a mistake): the contract is signed, under the name of the day.
        vendor = (await ProjectUnderWay.CallAsync(Office(), "reinstateVendor", "VendorStandingInput", new { id, version = (int)vendor["version"]!, reason = (string?)null }, VendorFields))["vendor"]!;
        Assert.True((bool)vendor["isActive"]!);
        await ProjectUnderWay.CallAsync(Head(), "signContract", "SignContractInput", contract);
        var signed = (await Head().PostQueryAsync("query($c: String!) { project(code: $c) { contracts { nodes { number vendor registeredVendor { name } } } } }", new { c = project.Code }))
            .AssertNoErrors().Data["project"]!["contracts"]!["nodes"]!.Single(c => (string?)c["number"] == "HT-VENDOR-1");
        Assert.Equal(("甬城数字科技有限公司", "甬城数字科技有限公司"), ((string?)signed["vendor"], (string?)signed["registeredVendor"]!["name"]));
    }
}
