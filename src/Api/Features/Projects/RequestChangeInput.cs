using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>requestChange</c>: the plan fields given replace the baseline's if approved.</summary>
public sealed record RequestChangeInput(string ProjectId, ChangeKind Kind, string Reason, string? Scope, MoneyInput? Budget, DateOnly? StartOn, DateOnly? DueOn);

public sealed class RequestChangeInputGraphType : InputObjectGraphType<RequestChangeInput>
{
    public RequestChangeInputGraphType()
    {
        Name = "RequestChangeInput";
        Description = "A request to change an approved project's scope, budget or dates; effective only when the office approves it.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<ChangeKindGraphType>>("kind").Description("What the request changes.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the change is needed; required.");
        Field<StringGraphType>("scope").Description("The new scope, if it changes.");
        Field<MoneyInputGraphType>("budget").Description("The new total budget, if it changes.");
        Field<DateOnlyGraphType>("startOn").Description("The new start date, if it changes.");
        Field<DateOnlyGraphType>("dueOn").Description("The new due date, if it changes.");
        this.ReadableBy(Access.Inherited);
    }
}
