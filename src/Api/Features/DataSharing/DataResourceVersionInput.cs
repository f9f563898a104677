using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Input of <c>publishDataResource</c> and <c>retireDataResource</c>.</summary>
public sealed record DataResourceVersionInput(string Id, int Version);

public sealed class DataResourceVersionInputGraphType : InputObjectGraphType<DataResourceVersionInput>
{
    public DataResourceVersionInputGraphType()
    {
        Name = "DataResourceVersionInput";
        Description = "A catalog entry and the version the action is based on.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the entry.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("Its version; a stale version is refused with CONFLICT.");
        this.ReadableBy(Access.Inherited);
    }
}
