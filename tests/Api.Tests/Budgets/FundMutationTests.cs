using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
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
        (await Finance.PostQueryAsync("{ projects(first: 100, filter: { fundingCategory: RESERVE, statuses: [APPROVED] }) { nodes { id code currentPlan { budget { amount } } } } }"))
        .AssertNoErrors().Data["projects"]!["nodes"]!.First();

    [Fact]
    public async Task Allocations_never_exceed_the_cap_and_promotion_waits_for_free_money()
    {
        // A cap one yuan short of the reserve project's budget: the budget fits the project, not the fund.
        var reserve = await ReserveProject();
        var budget = (decimal)reserve["currentPlan"]!["budget"]!["amount"]!;
        const string setCap = "mutation($i: SetFundCapInput!) { setFundCap(input: $i) { specialFund { version cap { amount } remaining { amount } } errors { code field } } }";
        var created = Payload(await Finance.PostQueryAsync(setCap, new { i = new { fiscalYear = 2027, cap = new { amount = budget - 1 } } }), "setFundCap");
        Assert.Equal(budget - 1, (decimal)created["specialFund"]!["remaining"]!["amount"]!);

        const string allocate = "mutation($i: AllocateFundsInput!) { allocateFunds(input: $i) { project { fundingCategory } errors { code field message } } }";
        var tooMuch = Payload(await Finance.PostQueryAsync(allocate, new { i = new { fiscalYear = 2027, projectId = (string)reserve["id"]!, amount = new { amount = budget } } }), "allocateFunds");
        Assert.Equal(("FUND_CAP_EXCEEDED", "amount.amount"), ((string?)tooMuch["errors"]![0]!["code"], (string?)tooMuch["errors"]![0]!["field"]));
        Assert.Equal(0m, (decimal)(await Fund(2027))["allocated"]!["amount"]!);

        var fits = Payload(await Finance.PostQueryAsync(allocate, new { i = new { fiscalYear = 2027, projectId = (string)reserve["id"]!, amount = new { amount = budget - 1 } } }), "allocateFunds");
        Assert.Equal("FUNDED", (string?)fits["project"]!["fundingCategory"]);

        // Paid in 2026, before the project's only allocation (from the 2027 fund): charged to 2027, not to the calendar year.
        var payment = Payload(await Finance.PostQueryAsync("mutation($i: RecordExpenditureInput!) { recordExpenditure(input: $i) { expenditure { fiscalYear } errors { code } } }",
            new { i = new { projectId = (string)reserve["id"]!, spentOn = "2026-11-10", amount = new { amount = 1 }, payee = "某科技有限公司", category = "SOFTWARE", isAdvance = true } }), "recordExpenditure");
        Assert.Equal(2027, (int)payment["expenditure"]!["fiscalYear"]!);

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
        Assert.Equal(5_000_000m - (budget - 1) - (decimal)another["currentPlan"]!["budget"]!["amount"]!, (decimal)(await Fund(2027))["remaining"]!["amount"]!);
    }

    [Fact]
    public async Task Parallel_allocations_racing_for_the_last_of_the_money_never_pass_the_cap()
    {
        // Twelve projects with room in their budgets ask a 2029 fund of 3 yuan for 1 yuan each, all at
        // once: whatever the interleaving, at most three get money and the fund's books agree.
        var candidates = (await Finance.PostQueryAsync("{ projects(first: 100, filter: { statuses: [IN_IMPLEMENTATION] }) { nodes { id currentPlan { budget { amount } } allocations(first: 100) { nodes { amount { amount } } } } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]!
            .Where(p => (decimal)p["currentPlan"]!["budget"]!["amount"]! - p["allocations"]!["nodes"]!.Sum(a => (decimal)a["amount"]!["amount"]!) >= 1m)
            .Take(12).Select(p => (string)p["id"]!).ToList();
        Assert.Equal(12, candidates.Count);
        Payload(await Finance.PostQueryAsync("mutation { setFundCap(input: { fiscalYear: 2029, cap: { amount: 3 } }) { errors { code } } }"), "setFundCap");

        const string allocate = "mutation($i: AllocateFundsInput!) { allocateFunds(input: $i) { project { id } errors { code } } }";
        var results = await Task.WhenAll(candidates.Select(id =>
            Finance.PostQueryAsync(allocate, new { i = new { fiscalYear = 2029, projectId = id, amount = new { amount = 1 } } })));
        var payloads = results.Select(r => Payload(r, "allocateFunds")).ToList();
        var granted = payloads.Count(p => !p["errors"]!.Any());

        Assert.InRange(granted, 1, 3);
        Assert.All(payloads.Where(p => p["errors"]!.Any()), p => Assert.Contains((string?)p["errors"]![0]!["code"], new[] { "FUND_CAP_EXCEEDED", "CONFLICT" }));
        var fund = await Fund(2029);
        Assert.Equal(granted, (decimal)fund["allocated"]!["amount"]!);
        Assert.Equal(3m - granted, (decimal)fund["remaining"]!["amount"]!);
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
        // An advance of a reserve project, which nothing has been allocated to: reimbursed only once an allocation covers it.
        var reserve = await ReserveProject();
        var advance = Payload(await Finance.PostQueryAsync(record, new { i = input with { projectId = (string)reserve["id"]! } }), "recordExpenditure")["expenditure"]!;
        Assert.True((bool)advance["awaitsReimbursement"]!);

        const string reimburse = "mutation($i: ReimburseAdvanceInput!) { reimburseAdvance(input: $i) { expenditure { version awaitsReimbursement } errors { code message } } }";
        var uncovered = Payload(await Finance.PostQueryAsync(reimburse, new { i = new { expenditureId = (string)advance["id"]!, version = (int)advance["version"]!, reimbursedOn = "2026-11-19" } }), "reimburseAdvance");
        Assert.Equal("FUNDS_NOT_ALLOCATED", (string?)uncovered["errors"]![0]!["code"]);
        Assert.Contains("more than it allocated", (string?)uncovered["errors"]![0]!["message"]);
        Payload(await Finance.PostQueryAsync("mutation($i: SetFundCapInput!) { setFundCap(input: $i) { errors { code } } }", new { i = new { fiscalYear = 2028, cap = new { amount = 1_000_000 } } }), "setFundCap");
        Assert.Empty(Payload(await Finance.PostQueryAsync("mutation($i: AllocateFundsInput!) { allocateFunds(input: $i) { errors { code } } }",
            new { i = new { fiscalYear = 2028, projectId = (string)reserve["id"]!, amount = new { amount = 25000 } } }), "allocateFunds")["errors"]!);
        var done = Payload(await Finance.PostQueryAsync(reimburse, new { i = new { expenditureId = (string)advance["id"]!, version = (int)advance["version"]!, reimbursedOn = "2026-11-19" } }), "reimburseAdvance");
        Assert.False((bool)done["expenditure"]!["awaitsReimbursement"]!);
        var again = Payload(await Finance.PostQueryAsync(reimburse, new { i = new { expenditureId = (string)advance["id"]!, version = (int)done["expenditure"]!["version"]!, reimbursedOn = "2026-11-20" } }), "reimburseAdvance");
        Assert.Equal("INVALID_TRANSITION", (string?)again["errors"]![0]!["code"]);
    }

    [Fact]
    public async Task Allocations_and_contracts_stay_within_the_projects_approved_budget_and_say_by_how_much()
    {
        var project = (await Finance.PostQueryAsync("{ projects(first: 1, filter: { departmentCode: \"GAJ\", statuses: [IN_IMPLEMENTATION] }) { nodes { id baseline { budget { amount } } allocations { nodes { amount { amount } } } contracts { nodes { amount { amount } } } } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]![0]!;
        var budget = (decimal)project["baseline"]!["budget"]!["amount"]!;
        var allocated = project["allocations"]!["nodes"]!.Sum(a => (decimal)a["amount"]!["amount"]!);
        var contracted = project["contracts"]!["nodes"]!.Sum(c => (decimal)c["amount"]!["amount"]!);

        const string allocate = "mutation($i: AllocateFundsInput!) { allocateFunds(input: $i) { errors { code field message } } }";
        var over = Payload(await Finance.PostQueryAsync(allocate, new { i = new { fiscalYear = 2026, projectId = (string)project["id"]!, amount = new { amount = budget - allocated + 1000 } } }), "allocateFunds")["errors"]![0]!;
        Assert.Equal(("BUDGET_EXCEEDED", "amount.amount"), ((string?)over["code"], (string?)over["field"]));
        Assert.Contains("1000.00 CNY more than the approved budget", (string?)over["message"]);

        var leader = host.CreateClient();
        leader.DefaultRequestHeaders.Authorization = new("Bearer", host.Token(new TokenRequest([Roles.DepartmentLeader], "GAJ")
        { ObjectId = InfoGov.Infrastructure.Persistence.Seeding.DemoAccounts.OfficialObjectId("GAJ", "head").ToString() }));
        const string sign = "mutation($i: SignContractInput!) { signContract(input: $i) { errors { code field message } } }";
        var (tenderId, vendorId) = await Projects.Delivery.Procurement.AwardedTenderAsync(host.ClientAs("XXB", Roles.CommitteeOffice), (string)project["id"]!);
        var tooBig = Payload(await leader.PostQueryAsync(sign, new
        {
            i = new
            {
                projectId = (string)project["id"]!,
                number = "HT-OVER-1",
                vendorId,
                tenderId,
                amount = new { amount = budget - contracted + 500 },
                signedOn = "2026-11-18"
            }
        }), "signContract")["errors"]![0]!;
        Assert.Equal(("BUDGET_EXCEEDED", "amount.amount"), ((string?)tooBig["code"], (string?)tooBig["field"]));
        Assert.Contains("500.00 CNY more than the approved budget", (string?)tooBig["message"]);
    }

    [Fact]
    public async Task Amounts_have_at_most_two_decimals_and_a_currency_code()
    {
        var project = (await Finance.PostQueryAsync("{ projects(first: 1, filter: { departmentCode: \"GAJ\", statuses: [IN_IMPLEMENTATION] }) { nodes { id } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]![0]!;
        const string record = "mutation($i: RecordExpenditureInput!) { recordExpenditure(input: $i) { expenditure { id } errors { code field } } }";
        var manager = host.ClientAs("GAJ", Roles.InformationManager);
        var fraction = Payload(await manager.PostQueryAsync(record, new
        {
            i = new
            {
                projectId = (string)project["id"]!,
                spentOn = "2026-11-10",
                amount = new { amount = 0.001m },
                payee = "某科技有限公司",
                category = "SERVICES"
            }
        }), "recordExpenditure")["errors"]![0]!;
        Assert.Equal(("VALIDATION", "amount.amount"), ((string?)fraction["code"], (string?)fraction["field"]));
        var currency = Payload(await manager.PostQueryAsync(record, new
        {
            i = new
            {
                projectId = (string)project["id"]!,
                spentOn = "2026-11-10",
                amount = new { amount = 10m, currency = "yuan" },
                payee = "某科技有限公司",
                category = "SERVICES"
            }
        }), "recordExpenditure")["errors"]![0]!;
        Assert.Equal(("VALIDATION", "amount.currency"), ((string?)currency["code"], (string?)currency["field"]));
    }

    [Fact]
    public async Task A_second_allocation_in_a_year_grows_that_years_budget_line()
    {
        Payload(await Finance.PostQueryAsync("mutation($i: SetFundCapInput!) { setFundCap(input: $i) { errors { code } } }",
            new { i = new { fiscalYear = 2028, cap = new { amount = 1_000_000 } } }), "setFundCap");
        var project = (await Finance.PostQueryAsync("{ projects(first: 1, filter: { departmentCode: \"MZJ\", statuses: [IN_IMPLEMENTATION] }) { nodes { id } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]![0]!;
        const string allocate = "mutation($i: AllocateFundsInput!) { allocateFunds(input: $i) { project { budgetLines { nodes { fiscalYear amount { amount } } } } errors { code message } } }";
        JToken Line(JToken payload) => payload["project"]!["budgetLines"]!["nodes"]!.Single(l => (int)l["fiscalYear"]! == 2028);
        var first = Payload(await Finance.PostQueryAsync(allocate, new { i = new { fiscalYear = 2028, projectId = (string)project["id"]!, amount = new { amount = 1000 } } }), "allocateFunds");
        Assert.True(!first["errors"]!.Any(), first["errors"]!.ToString());
        Assert.Equal(1000m, (decimal)Line(first)["amount"]!["amount"]!);
        var second = Payload(await Finance.PostQueryAsync(allocate, new { i = new { fiscalYear = 2028, projectId = (string)project["id"]!, amount = new { amount = 500 } } }), "allocateFunds");
        Assert.Equal(1500m, (decimal)Line(second)["amount"]!["amount"]!);
    }

    [Fact]
    public async Task Only_an_approved_project_without_money_goes_on_the_reserve_list()
    {
        // Every funded demo project has received money, so over HTTP the refusals are what can be shown;
        // the domain tests place a project without money on the list.
        var projects = (await Finance.PostQueryAsync("{ projects(first: 100, filter: { statuses: [APPROVED, IN_IMPLEMENTATION], fundingCategory: FUNDED }) { nodes { id version allocations { totalCount } } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]!.ToList();
        const string reserve = "mutation($i: ProjectVersionInput!) { placeProjectOnReserve(input: $i) { project { fundingCategory } errors { code } } }";
        var office = host.ClientAs("XXB", Roles.CommitteeOffice);
        var funded = projects.First(p => (int)p["allocations"]!["totalCount"]! > 0);
        var refused = Payload(await office.PostQueryAsync(reserve, new { i = new { id = (string)funded["id"]!, version = (int)funded["version"]! } }), "placeProjectOnReserve");
        Assert.Equal("INVALID_TRANSITION", (string?)refused["errors"]![0]!["code"]);
        var draft = (await Finance.PostQueryAsync("{ projects(first: 1, filter: { statuses: [DRAFT] }) { nodes { id version } } }")).AssertNoErrors().Data["projects"]!["nodes"]![0]!;
        var early = Payload(await office.PostQueryAsync(reserve, new { i = new { id = (string)draft["id"]!, version = (int)draft["version"]! } }), "placeProjectOnReserve");
        Assert.Equal("INVALID_TRANSITION", (string?)early["errors"]![0]!["code"]);
        var manager = await host.ClientAs("GAJ", Roles.InformationManager).PostQueryAsync(reserve,
            new { i = new { id = (string)funded["id"]!, version = (int)funded["version"]! } });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], manager.ErrorCodes);
    }
}
