using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

public class ProjectApplicationRulesTests
{
    private static ProjectPlan Plan(string scope = "Build it", decimal amount = 100_000m, string currency = "CNY", int days = 90) => new()
    {
        Scope = scope,
        Budget = new Money(amount, currency),
        StartOn = new DateOnly(2027, 1, 1),
        DueOn = new DateOnly(2027, 1, 1).AddDays(days),
    };

    [Theory]
    [InlineData("", "Build it", 100_000, "CNY", 90, "name")]
    [InlineData("P", "", 100_000, "CNY", 90, "scope")]
    [InlineData("P", "Build it", 0, "CNY", 90, "budget.amount")]
    [InlineData("P", "Build it", 100.001, "CNY", 90, "budget.amount")]
    [InlineData("P", "Build it", 100_000, "yuan", 90, "budget.currency")]
    [InlineData("P", "Build it", 100_000, "CNY", 0, "dueOn")]
    public void Each_refusal_names_the_field_at_fault(string name, string scope, double amount, string currency, int days, string field)
    {
        var refused = Assert.Throws<RuleViolation>(() => ProjectApplicationRules.Check(name, Plan(scope, (decimal)amount, currency, days)));
        Assert.Equal(("VALIDATION", field), (refused.Code, refused.Field));
    }

    [Fact]
    public void A_complete_application_passes() => ProjectApplicationRules.Check("Platform", Plan());

    [Fact]
    public void A_submitted_application_is_not_editable() =>
        Assert.Equal("INVALID_TRANSITION", Assert.Throws<RuleViolation>(() => ProjectApplicationRules.EnsureEditable(ProjectFactory.In(ProjectStatus.Submitted))).Code);
}
