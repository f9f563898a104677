using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

public class DeliveryRulesTests
{
    [Fact]
    public void The_implementation_plan_states_tasks_design_and_schedule_and_work_starts_when_the_office_accepts_it()
    {
        var project = ProjectFactory.In(ProjectStatus.Approved);
        Assert.Equal("systemDesign", Assert.Throws<RuleViolation>(() =>
            project.FileImplementationPlan(ProjectFactory.MondayDate, "Build", " ", null, "2026", 0, false)).Field);
        var first = project.FileImplementationPlan(ProjectFactory.MondayDate, " Build ", "Cloud", null, "2026", 0, false);
        Assert.Equal((ProjectStatus.Approved, "Build", 1, PlanReviewStatus.Filed), (project.Status, first.Tasks, first.Number, first.Status));
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() =>
            project.FileImplementationPlan(ProjectFactory.MondayDate, "Build", "Cloud", null, "2026", 1, true)).Code);

        Assert.Equal("comments", Assert.Throws<RuleViolation>(() => project.ReviewImplementationPlan(first, false, " ", "office", ProjectFactory.Monday, ProjectFactory.MondayDate)).Field);
        Assert.Null(project.ReviewImplementationPlan(first, false, "Add the data migration.", "office", ProjectFactory.Monday, ProjectFactory.MondayDate));
        Assert.Equal((PlanReviewStatus.Returned, ProjectStatus.Approved), (first.Status, project.Status));
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() =>
            project.ReviewImplementationPlan(first, true, null, "office", ProjectFactory.Monday, ProjectFactory.MondayDate)).Code);

        var second = project.FileImplementationPlan(ProjectFactory.MondayDate, "Build and migrate", "Cloud", null, "2026", 1, false);
        var decision = project.ReviewImplementationPlan(second, true, null, "office", ProjectFactory.Monday, ProjectFactory.MondayDate)!;
        Assert.Equal((2, PlanReviewStatus.Accepted, ProjectStatus.InImplementation, ProjectFactory.MondayDate),
            (second.Number, second.Status, decision.ToStatus, project.ActualStartOn!.Value));
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() =>
            project.FileImplementationPlan(ProjectFactory.MondayDate, "Build", "Cloud", null, "2026", 2, false)).Code);
    }

    private static readonly Vendor Firm = Vendor.Register("GYS-0001", "华信数智科技有限公司", "91330100MA0000001" + CreditCode.CheckCharacter("91330100MA0000001"), VendorKind.Contractor, ProjectFactory.Monday);
    private static readonly Vendor Other = Vendor.Register("GYS-0002", "蓝海系统集成有限公司", "91330100MA0000002" + CreditCode.CheckCharacter("91330100MA0000002"), VendorKind.Contractor, ProjectFactory.Monday);

    [Fact]
    public void Tenders_and_contracts_are_recorded_while_a_project_is_under_way()
    {
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() =>
            ProjectFactory.In(ProjectStatus.Approved).RecordTender("Platform", TenderMethod.OpenTender, ProjectFactory.MondayDate, null, null, null)).Code);
        var project = ProjectFactory.In(ProjectStatus.InImplementation);
        Assert.Equal("awardedOn", Assert.Throws<RuleViolation>(() =>
            project.RecordTender("Platform", TenderMethod.OpenTender, ProjectFactory.MondayDate, ProjectFactory.MondayDate.AddDays(-1), Firm, null)).Field);
        Assert.Equal("winningVendorId", Assert.Throws<RuleViolation>(() =>
            project.RecordTender("Platform", TenderMethod.OpenTender, ProjectFactory.MondayDate, ProjectFactory.MondayDate.AddDays(10), null, null)).Field);
        var tender = project.RecordTender("Platform", TenderMethod.OpenTender, ProjectFactory.MondayDate.AddDays(-20), ProjectFactory.MondayDate.AddDays(-5), Firm, 4);
        Assert.Equal((Firm.Id, Firm.Name), (tender.WinningVendorId, tender.WinningVendor));

        Contract Sign(decimal amount, decimal contracted = 0m) => project.SignContract("HT-1", Firm, Money.Cny(amount), ProjectFactory.MondayDate,
            Money.Cny(contracted), Guid.NewGuid(), null, tender, null);
        Assert.Equal("amount.amount", Assert.Throws<RuleViolation>(() => Sign(0m)).Field);
        Assert.Equal(RuleViolation.BudgetExceeded, Assert.Throws<RuleViolation>(() => Sign(100_001m, contracted: 900_000m)).Code);
        var contract = Sign(100_000m, contracted: 900_000m);
        Assert.Equal((Money.Cny(100_000m), Firm.Id, tender.Id), (contract.Amount, contract.VendorId, contract.TenderId));
    }

    [Fact]
    public void A_contract_follows_an_awarded_tender_won_by_its_vendor_or_an_unused_exemption()
    {
        var project = ProjectFactory.In(ProjectStatus.InImplementation);
        var today = ProjectFactory.MondayDate;
        Contract Sign(Vendor vendor, Tender? tender, TenderExemption? exemption, decimal amount = 50_000m, DateOnly? on = null) =>
            project.SignContract("HT-1", vendor, Money.Cny(amount), on ?? today, Money.Cny(0m), Guid.NewGuid(), null, tender, exemption);

        Assert.Equal(RuleViolation.TenderRequired, Assert.Throws<RuleViolation>(() => Sign(Firm, null, null)).Code);
        var open = project.RecordTender("Platform", TenderMethod.OpenTender, today.AddDays(-20), null, null, 2);
        Assert.Equal(RuleViolation.TenderRequired, Assert.Throws<RuleViolation>(() => Sign(Firm, open, null)).Code);
        var awarded = project.RecordTender("Platform", TenderMethod.OpenTender, today.AddDays(-20), today.AddDays(-5), Firm, 3);
        Assert.Equal("vendorId", Assert.Throws<RuleViolation>(() => Sign(Other, awarded, null)).Field);
        Assert.Equal("signedOn", Assert.Throws<RuleViolation>(() => Sign(Firm, awarded, null, on: today.AddDays(-6))).Field);

        var exemption = project.GrantTenderExemption("Continuation of the existing system by its builder.", Money.Cny(60_000m), "office", ProjectFactory.Monday);
        Assert.Equal("exemptionId", Assert.Throws<RuleViolation>(() => Sign(Other, awarded, exemption)).Field);
        Assert.Equal("amount.amount", Assert.Throws<RuleViolation>(() => Sign(Other, null, exemption, amount: 60_001m)).Field);
        var contract = Sign(Other, null, exemption);
        Assert.Equal((exemption.Id, contract.Id), (contract.ExemptionId, exemption.ContractId));
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => Sign(Other, null, exemption)).Code);
    }

    [Fact]
    public void An_exemption_has_a_reason_and_a_ceiling_within_the_budget()
    {
        var project = ProjectFactory.In(ProjectStatus.InImplementation);
        Assert.Equal("reason", Assert.Throws<RuleViolation>(() => project.GrantTenderExemption(" ", Money.Cny(1m), "office", ProjectFactory.Monday)).Field);
        Assert.Equal("ceiling.amount", Assert.Throws<RuleViolation>(() => project.GrantTenderExemption("x", Money.Cny(0m), "office", ProjectFactory.Monday)).Field);
        Assert.Equal(RuleViolation.BudgetExceeded, Assert.Throws<RuleViolation>(() => project.GrantTenderExemption("x", Money.Cny(1_000_001m), "office", ProjectFactory.Monday)).Code);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() =>
            ProjectFactory.In(ProjectStatus.Approved).GrantTenderExemption("x", Money.Cny(1m), "office", ProjectFactory.Monday)).Code);
    }

    [Theory]
    [InlineData("91350100M000100Y43", true)]  // a published example code
    [InlineData("91350100M000100Y44", false)] // its check character changed
    [InlineData("91350100M000100Y4", false)]
    [InlineData("9135010OM000100Y43", false)] // the letter O is not used
    public void Credit_codes_are_checked(string code, bool valid)
    {
        if (valid) Assert.Equal(code, CreditCode.Normalize(code.ToLowerInvariant(), "creditCode"));
        else Assert.Equal("creditCode", Assert.Throws<RuleViolation>(() => CreditCode.Normalize(code, "creditCode")).Field);
    }

    [Fact]
    public void A_change_request_changes_something_one_at_a_time_and_approval_rebaselines()
    {
        var project = ProjectFactory.In(ProjectStatus.InImplementation);
        Assert.Equal("kind", Assert.Throws<RuleViolation>(() => project.RequestChange(ChangeKind.Dates, "Late", null, null, null, null, false, ProjectFactory.Monday)).Field);
        var later = project.Baseline!.DueOn.AddMonths(2);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() =>
            project.RequestChange(ChangeKind.Dates, "Late", null, null, null, later, true, ProjectFactory.Monday)).Code);
        var change = project.RequestChange(ChangeKind.Dates, "Provincial interface late", null, null, null, later, false, ProjectFactory.Monday);
        change.Decide(project, true, "office", ProjectFactory.Monday, "Approved");
        Assert.Equal(later, project.Baseline!.DueOn);
        Assert.Equal("office", change.DecidedBy);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => change.Decide(project, false, "office", ProjectFactory.Monday, null)).Code);
    }
}
