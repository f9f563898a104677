using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Schema;

namespace InfoGov.Api;

/// <summary>The root query: what every feature adds (<see cref="IRootFields"/>).</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType(IServiceProvider services)
    {
        Name = "Query";
        Description = "Read access to InfoGov: organisation, projects, budgets, the data catalog and assessments.";
        foreach (var feature in IRootFields.All) feature.AddQueries(this, services);
        AccessMetadata.DescribeDeclaredFields(this);
    }
}
