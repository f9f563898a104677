using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Input of <c>raiseDataDispute</c>.</summary>
public sealed record RaiseDataDisputeInput(string ResourceCode, string RecordReference, string Description);

public sealed class RaiseDataDisputeInputGraphType : InputObjectGraphType<RaiseDataDisputeInput>
{
    public RaiseDataDisputeInputGraphType()
    {
        Name = "RaiseDataDisputeInput";
        Description = "A dispute about a record of a catalog entry, raised for the caller's department.";
        Field<NonNullGraphType<StringGraphType>>("resourceCode").Description("Catalog code of the entry.");
        Field<NonNullGraphType<StringGraphType>>("recordReference").Description("Which record is disputed, e.g. its key.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("What is wrong with it.");
        this.ReadableBy(Access.Inherited);
    }
}
