using GraphQL.Types;
using InfoGov.Api.Engine.Schema;

namespace InfoGov.Api.Features.Calendar;

/// <summary>Root fields of this feature: the working-day calendar.</summary>
public sealed class CalendarRootFields : IRootFields
{
    public void AddQueries(ObjectGraphType query, IServiceProvider services) => CalendarQueries.AddTo(query);

    public void AddMutations(ObjectGraphType mutation) => CalendarMutations.AddTo(mutation);
}
