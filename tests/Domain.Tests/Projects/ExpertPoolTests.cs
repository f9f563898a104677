using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

public sealed class ExpertPoolTests
{
    [Fact]
    public void An_expert_is_drawn_for_each_of_their_fields_and_the_first_is_the_principal_one()
    {
        var expert = Expert.Enlist("ZJ101", "王", ["software", "data"], null, null, null);
        Assert.Equal("software", expert.Category);
        Assert.True(expert.Covers("data"));
        Assert.False(expert.Covers("finance"));
        Assert.Throws<RuleViolation>(() => Expert.Enlist("ZJ102", "赵", [], null, null, null));
        Assert.Throws<RuleViolation>(() => Expert.Enlist("ZJ103", "钱", ["data", "data"], null, null, null));
        Assert.Equal("title", Assert.Throws<RuleViolation>(() => expert.Revise("新名", null, new string('x', 101), null, false)).Field);
        Assert.Equal("王", expert.Name); // refused whole: the valid name was not taken either
    }

    [Fact]
    public void An_expert_on_an_open_panel_is_not_retired_and_a_retired_one_can_come_back()
    {
        var expert = Expert.Enlist("ZJ101", "王", ["software"], null, null, null);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => expert.Retire(new DateOnly(2027, 1, 1), ["XM-2027-0001"])).Code);
        expert.Retire(new DateOnly(2027, 1, 1), []);
        Assert.False(expert.IsActive);
        expert.Reinstate();
        Assert.True(expert.IsActive);
        Assert.Null(expert.RetiredOn);
    }
}
