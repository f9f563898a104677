using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Leadership;

/// <summary>Input of <c>revokeDelegation</c>.</summary>
public sealed record RevokeDelegationInput(string DelegationId, int Version);

public sealed class RevokeDelegationInputGraphType : InputObjectGraphType<RevokeDelegationInput>
{
    public RevokeDelegationInputGraphType()
    {
        Name = "RevokeDelegationInput";
        Description = "Revokes a delegation.";
        Field<NonNullGraphType<IdGraphType>>("delegationId").Description("Global id of the delegation.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("Its version; a stale version is refused with CONFLICT.");
        this.ReadableBy(Access.Inherited);
    }
}
