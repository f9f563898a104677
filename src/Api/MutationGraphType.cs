using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Schema;

namespace InfoGov.Api;

/// <summary>The root mutation: what every feature adds (<see cref="IRootFields"/>).</summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        Description = "Changes to InfoGov. Each mutation runs in one transaction, returns typed errors in its payload, and is recorded in the audit trail.";
        foreach (var feature in IRootFields.All) feature.AddMutations(this);
        AccessMetadata.DescribeDeclaredFields(this);
    }
}
