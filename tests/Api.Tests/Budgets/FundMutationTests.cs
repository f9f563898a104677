using InfoGov.Api.Authorization;
using InfoGov.Api.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Budgets;

/// <summary>The special fund through the API: the cap holds, reserve projects are promoted when money is free.</summary>
public sealed class FundMutationTests(FundMutationTests.Host host) : IClassFixture<FundMutationTests.Host>
{
    /// <summary>A host of its own: these tests write.</summary>
    public sealed class Host : InfoGovApiFactory;

    private HttpClient Finance => host.ClientAs("CZJ", Roles.Finance);

    private static JToken Payload(GraphQLResponse response, string field) => response.AssertNoErrors().Data[field]!;

    private async Task<JToken> Fund(int year) =>
        (await Finance.PostQueryAsync("query($y: Int!) { specialFund(year: $y) { id version cap { amount } allocated { amount } remaining { amount } } }", new { y = year }))
        .AssertNoErrors().Data["specialFund"]!;

    private async Task<JToken> ReserveProject() =>
        (await Finance.PostQueryAsync("{ projects(first: 100, filter: { fundingCategory: RESERVE, statuses: [APPROVED, IN_IMPLEMENTATION] }) { nodes { id code currentPlan { budget { amount } } } } }"))
        .AssertNoErrors().Data["projects"]!["nodes"]!.First();

    [Fact]
    public async Task Allocations_never_exceed_the_cap_and_promotion_waits_for_free_money()
    {
        const string setCap = "mutation($i: SetFundCapInput!) { setFundCap(input: $i) { specialFund { version cap { amount } remaining { amount } } errors { code field } } }";
        var created = Payload(await Finance.PostQueryAsync(setCap, new { i = new { fiscalYear = 2027, cap = new { amount = 1_000_000 } } }), "setFundCap");
        Assert.Equal(1_000_000m, (decimal)created["specialFund"]!["remaining"]!["amount"]!);

        var reserve = await ReserveProject();
        const string allocate = "mutation($i: AllocateFundsInput!) { allocateFunds(input: $i) { project { fundingCategory } errors { code field message } } }";
        var tooMuch = Payload(await Finance.PostQueryAsync(allocate, new { i = new { fiscalYear = 2027, projectId = (string)reserve["id"]!, amount = new { amount = 1_000_001 } } }), "allocateFunds");
        Assert.Equal(("FUND_CAP_EXCEEDED", "amount.amount"), ((string?)tooMuch["errors"]![0]!["code"], (string?)tooMuch["errors"]![0]!["field"]));
        Assert.Equal(0m, (decimal)(await Fund(2027))["allocated"]!["amount"]!);

        var fits = Payload(await Finance.PostQueryAsync(allocate, new { i = new { fiscalYear = 2027, projectId = (string)reserve["id"]!, amount = new { amount = 1_000_000 } } }), "allocateFunds");
        Assert.Equal("FUNDED", (string?)fits["project"]!["fundingCategory"]);

        var another = await ReserveProject();
        const string promote = "mutation($i: PromoteReserveProjectInput!) { promoteReserveProject(input: $i) { project { fundingCategory } errors { code } } }";
        var noRoom = Payload(await Finance.PostQueryAsync(promote, new { i = new { fiscalYear = 2027, projectId = (string)another["id"]! } }), "promoteReserveProject");
        Assert.Equal("FUND_CAP_EXCEEDED", (string?)noRoom["errors"]![0]!["code"]);

        var fund = await Fund(2027);
        var lower = Payload(await Finance.PostQueryAsync(setCap, new { i = new { fiscalYear = 2027, cap = new { amount = 10 }, version = (int)fund["version"]! } }), "setFundCap");
        Assert.Equal("FUND_CAP_EXCEEDED", (string?)lower["errors"]![0]!["code"]);
        var raised = Payload(await Finance.PostQueryAsync(setCap, new { i = new { fiscalYear = 2027, cap = new { amount = 5_000_000 }, version = (int)fund["version"]! } }), "setFundCap");
        Assert.Empty(raised["errors"]!);
        var promoted = Payload(await Finance.PostQueryAsync(promote, new { i = new { fiscalYear = 2027, projectId = (string)another["id"]! } }), "promoteReserveProject");
        Assert.Equal("FUNDED", (string?)promoted["project"]!["fundingCategory"]);
        Assert.Equal(5_000_000m - 1_000_000m - (decimal)another["currentPlan"]!["budget"]!["amount"]!, (decimal)(await Fund(2027))["remaining"]!["amount"]!);
    }

    [Fact]
    public async Task Advances_are_reimbursed_once_and_only_a_departments_own_payments_are_recorded_there()
    {
        var project = (await Finance.PostQueryAsync("{ projects(first: 1, filter: { departmentCode: \"GAJ\", statuses: [IN_IMPLEMENTATION] }) { nodes { id } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]![0]!;
        const string record = "mutation($i: RecordExpenditureInput!) { recordExpenditure(input: $i) { expenditure { id version isAdvance awaitsReimbursement } errors { code } } }";
        var input = new { projectId = (string)project["id"]!, spentOn = "2026-11-10", amount = new { amount = 25000 }, payee = "华信数智科技有限公司", category = "SERVICES", isAdvance = true };

        var foreign = Payload(await host.ClientAs("MZJ", Roles.InformationManager).PostQueryAsync(record, new { i = input }), "recordExpenditure");
        Assert.Equal("NOT_PERMITTED", (string?)foreign["errors"]![0]!["code"]);
        var advance = Payload(await host.ClientAs("GAJ", Roles.InformationManager).PostQueryAsync(record, new { i = input }), "recordExpenditure")["expenditure"]!;
        Assert.True((bool)advance["awaitsReimbursement"]!);

        const string reimburse = "mutation($i: ReimburseAdvanceInput!) { reimburseAdvance(input: $i) { expenditure { version awaitsReimbursement } errors { code } } }";
        var done = Payload(await Finance.PostQueryAsync(reimburse, new { i = new { expenditureId = (string)advance["id"]!, version = (int)advance["version"]!, reimbursedOn = "2026-11-19" } }), "reimburseAdvance");
        Assert.False((bool)done["expenditure"]!["awaitsReimbursement"]!);
        var again = Payload(await Finance.PostQueryAsync(reimburse, new { i = new { expenditureId = (string)advance["id"]!, version = (int)done["expenditure"]!["version"]!, reimbursedOn = "2026-11-20" } }), "reimburseAdvance");
        Assert.Equal("INVALID_TRANSITION", (string?)again["errors"]![0]!["code"]);
    }
}
