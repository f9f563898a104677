using GraphQL.Types;
using InfoGov.Api.Engine.Schema;

namespace InfoGov.Api.Features.Audit;

/// <summary>Root fields of this feature: the audit trail.</summary>
public sealed class AuditRootFields : IRootFields
{
    public void AddQueries(ObjectGraphType query, IServiceProvider services)
    {
        AuditQueries.AddTo(query);
    }
}
