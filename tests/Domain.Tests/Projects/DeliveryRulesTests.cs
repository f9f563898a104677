using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

public class DeliveryRulesTests
{
    [Fact]
    public void The_implementation_plan_states_tasks_design_and_schedule_and_starts_implementation()
    {
        var project = ProjectFactory.In(ProjectStatus.Approved);
        Assert.Equal("systemDesign", Assert.Throws<RuleViolation>(() =>
            project.FileImplementationPlan("dept", ProjectFactory.Monday, ProjectFactory.MondayDate, "Build", " ", null, "2026")).Field);
        var (decision, plan) = project.FileImplementationPlan("dept", ProjectFactory.Monday, ProjectFactory.MondayDate, " Build ", "Cloud", null, "2026");
        Assert.Equal((ProjectStatus.InImplementation, "Build", ProjectFactory.MondayDate), (decision.ToStatus, plan.Tasks, project.ActualStartOn!.Value));
    }

    [Fact]
    public void Tenders_and_contracts_are_recorded_while_a_project_is_under_way()
    {
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() =>
            ProjectFactory.In(ProjectStatus.Approved).RecordTender("Platform", TenderMethod.OpenTender, ProjectFactory.MondayDate, null, null, null)).Code);
        var project = ProjectFactory.In(ProjectStatus.InImplementation);
        Assert.Equal("awardedOn", Assert.Throws<RuleViolation>(() =>
            project.RecordTender("Platform", TenderMethod.OpenTender, ProjectFactory.MondayDate, ProjectFactory.MondayDate.AddDays(-1), null, null)).Field);

        Contract Sign(decimal amount, decimal contracted = 0m) => project.SignContract("HT-1", "Vendor", Money.Cny(amount), ProjectFactory.MondayDate,
            Money.Cny(contracted), Guid.NewGuid(), null, null);
        Assert.Equal("amount.amount", Assert.Throws<RuleViolation>(() => Sign(0m)).Field);
        Assert.Equal(RuleViolation.BudgetExceeded, Assert.Throws<RuleViolation>(() => Sign(100_001m, contracted: 900_000m)).Code);
        Assert.Equal(Money.Cny(100_000m), Sign(100_000m, contracted: 900_000m).Amount);
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
