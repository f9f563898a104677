using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Shared;

namespace InfoGov.Api.Features.Leadership;

/// <summary>Input of <c>delegateResponsibility</c>.</summary>
public sealed record DelegateResponsibilityInput(string AssignmentId, string DelegateId, string Scope, DateOnly ValidFrom, DateOnly ValidTo,
    MoneyInput? SigningLimit = null, string? ProjectId = null);

public sealed class DelegateResponsibilityInputGraphType : InputObjectGraphType<DelegateResponsibilityInput>
{
    public DelegateResponsibilityInputGraphType()
    {
        Name = "DelegateResponsibilityInput";
        Description = "Delegates a responsibility to another official of the department for a period.";
        Field<NonNullGraphType<IdGraphType>>("assignmentId").Description("Global id of the responsibility assignment.");
        Field<NonNullGraphType<IdGraphType>>("delegateId").Description("Global id of the official it is delegated to.");
        Field<NonNullGraphType<StringGraphType>>("scope").Description("What exactly is delegated.");
        Field<NonNullGraphType<DateOnlyGraphType>>("validFrom").Description("First day of the delegation.");
        Field<NonNullGraphType<DateOnlyGraphType>>("validTo").Description("Last day of the delegation.");
        Field<MoneyInputGraphType>("signingLimit").Description("For contract signing (required then): the largest contract the delegate signs.");
        Field<IdGraphType>("projectId").Description("For contract signing: the one project the delegate signs for; any project of the department when omitted.");
        this.ReadableBy(Access.Inherited);
    }
}
