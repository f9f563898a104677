using InfoGov.Domain.Common;
using InfoGov.Domain.Planning;
using InfoGov.Domain.Projects;
using InfoGov.Domain.Tests.Projects;

namespace InfoGov.Domain.Tests.Planning;

public class PlanRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static (Plan Plan, PlanItem Item) Approved(Guid department, bool city = false, PlanKind kind = PlanKind.FiveYear)
    {
        var plan = Plan.Draft("GH-1", kind, department, city, 2026, "Plan", "Objectives", Money.Cny(1_000m));
        var item = plan.AddItem("Platform", null, Money.Cny(600m), 2026);
        plan.Endorse([item], "head", At);
        plan.Submit(At);
        plan.Decide(true, null, At);
        return (plan, item);
    }

    [Fact]
    public void A_five_year_plan_covers_five_years_and_takes_items_of_those_years_only()
    {
        var plan = Plan.Draft("GH-1", PlanKind.FiveYear, Guid.NewGuid(), false, 2026, "Plan", "Objectives", Money.Cny(1_000m));
        Assert.Equal(2030, plan.EndYear);
        Assert.Equal(2030, plan.AddItem("Last year", null, Money.Cny(1m), 2030).Year);
        Assert.Equal("year", Assert.Throws<RuleViolation>(() => plan.AddItem("Too late", null, Money.Cny(1m), 2031)).Field);
        Assert.Equal("plannedBudget.currency", Assert.Throws<RuleViolation>(() => plan.AddItem("Dollars", null, new Money(1m, "USD"), 2027)).Field);
        // Nor can the envelope move to another currency than its items'.
        Assert.Equal("budgetEnvelope.currency", Assert.Throws<RuleViolation>(() => plan.Revise(null, null, new Money(1_000m, "USD"))).Field);
    }

    [Fact]
    public void The_head_endorses_items_within_the_envelope_and_the_office_returns_with_comments_only()
    {
        var plan = Plan.Draft("GH-1", PlanKind.Annual, Guid.NewGuid(), false, 2027, "Plan", "Objectives", Money.Cny(1_000m));
        Assert.Throws<RuleViolation>(() => plan.Endorse([], "head", At));
        var items = new[] { plan.AddItem("A", null, Money.Cny(600m), 2027), plan.AddItem("B", null, Money.Cny(500m), 2027) };
        Assert.Equal(RuleViolation.Validation, Assert.Throws<RuleViolation>(() => plan.Endorse(items, "head", At)).Code);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => plan.Submit(At)).Code);
        plan.Revise(null, null, Money.Cny(1_100m));
        plan.Endorse(items, "head", At);
        plan.Submit(At);
        Assert.Equal("comment", Assert.Throws<RuleViolation>(() => plan.Decide(false, "  ", At)).Field);
        plan.Decide(false, "Cut B", At);
        Assert.Equal(PlanStatus.Returned, plan.Status);
        // Returned, it is revised (and so a draft) before the head endorses it again.
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => plan.Endorse(items, "head", At)).Code);
        plan.RemoveItem(items[1], isDelivered: false);
        Assert.Equal(PlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void An_item_a_project_delivers_stays_in_the_plan()
    {
        var plan = Plan.Draft("GH-1", PlanKind.Annual, Guid.NewGuid(), false, 2027, "Plan", "Objectives", Money.Cny(1_000m));
        var item = plan.AddItem("A", null, Money.Cny(600m), 2027);
        Assert.Equal(RuleViolation.Conflict, Assert.Throws<RuleViolation>(() => plan.RemoveItem(item, isDelivered: true)).Code);
    }

    [Fact]
    public void A_project_delivers_an_approved_item_of_its_own_department_or_of_the_city()
    {
        var project = ProjectFactory.In(ProjectStatus.InImplementation);
        var (own, ownItem) = Approved(project.OwnerDepartmentId);
        project.DeliverPlanItem(ownItem, own);
        Assert.Equal(ownItem.Id, project.PlanItemId);

        var (city, cityItem) = Approved(Guid.NewGuid(), city: true);
        project.DeliverPlanItem(cityItem, city);
        Assert.Equal(cityItem.Id, project.PlanItemId);

        var (other, otherItem) = Approved(Guid.NewGuid());
        Assert.Equal("planItemId", Assert.Throws<RuleViolation>(() => project.DeliverPlanItem(otherItem, other)).Field);

        var draft = Plan.Draft("GH-2", PlanKind.Annual, project.OwnerDepartmentId, false, 2027, "Plan", "Objectives", Money.Cny(1_000m));
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => project.DeliverPlanItem(draft.AddItem("A", null, Money.Cny(1m), 2027), draft)).Code);
        Assert.Throws<RuleViolation>(() => ProjectFactory.In(ProjectStatus.Cancelled).DeliverPlanItem(ownItem, own));

        project.DeliverPlanItem(null, null);
        Assert.Null(project.PlanItemId);
    }

    [Fact]
    public void A_plan_item_names_who_answers_for_it()
    {
        var plan = Plan.Draft("GH-2", PlanKind.FiveYear, Guid.NewGuid(), false, 2026, "Plan", "Objectives", Money.Cny(1_000m));
        Assert.Equal("王芳", plan.AddItem("Platform", null, Money.Cny(600m), 2026, responsiblePerson: " 王芳 ").ResponsiblePerson);
        Assert.Null(plan.AddItem("Carried over", null, Money.Cny(100m), 2026).ResponsiblePerson);
        Assert.Equal("responsiblePerson", Assert.Throws<RuleViolation>(() =>
            plan.AddItem("Too long", null, Money.Cny(100m), 2026, responsiblePerson: new string('x', PlanItem.MaxPersonLength + 1))).Field);
    }
}
