using GraphQL.Types;
using InfoGov.Api.Engine.Schema;

namespace InfoGov.Api.Features.Departments;

/// <summary>Root fields of this feature: departments and their tree.</summary>
public sealed class DepartmentRootFields : IRootFields
{
    public void AddQueries(ObjectGraphType query, IServiceProvider services)
    {
        DepartmentQueries.AddTo(query);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        DepartmentMutations.AddTo(mutation);
        ProgrammeMutations.AddTo(mutation);
    }
}
