using GraphQL.Types;

namespace InfoGov.Api.Engine.Schema;

/// <summary>
/// What a feature adds to the root query and mutation types. Each feature folder has one implementation;
/// the root types find them all, so that a new feature or entity touches no central list.
/// </summary>
public interface IRootFields
{
    void AddQueries(ObjectGraphType query, IServiceProvider services)
    {
    }

    void AddMutations(ObjectGraphType mutation)
    {
    }

    /// <summary>Every implementation in the API, in the order of their full names (the field order of the
    /// root types; the printed contract sorts fields anyway).</summary>
    static IReadOnlyList<IRootFields> All { get; } = typeof(IRootFields).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRootFields).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IRootFields)Activator.CreateInstance(t)!).ToList();
}
