using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Projects;

/// <summary>A milestone fixed with the baseline on approval.</summary>
public sealed record MilestoneInput(string Name, DateOnly DueOn);

public sealed class MilestoneInputGraphType : InputObjectGraphType<MilestoneInput>
{
    public MilestoneInputGraphType()
    {
        Name = "MilestoneInput";
        Description = "A milestone of the baseline.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("What is reached at the milestone.");
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn").Description("Planned date, between the baseline's start and due dates.");
        this.ReadableBy(Access.Inherited);
    }
}
