using GraphQL.Types;
using InfoGov.Api.Engine.Schema;

namespace InfoGov.Api.Features.Assessments;

/// <summary>Root fields of this feature: department assessment.</summary>
public sealed class AssessmentRootFields : IRootFields
{
    public void AddQueries(ObjectGraphType query, IServiceProvider services)
    {
        AssessmentQueries.AddTo(query);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        AssessmentMutations.AddTo(mutation);
    }
}
