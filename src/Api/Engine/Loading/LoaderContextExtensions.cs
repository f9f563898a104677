using GraphQL;

namespace InfoGov.Api.Engine.Loading;

/// <summary>Access to the request's <see cref="Loaders"/> from a resolver. Resolved from the request's
/// services once and kept with the execution: resolving a scoped service takes a lock, and this runs
/// for most fields. Kept with the services they came from: a subscription's events share the
/// execution's user context but each runs in a scope of its own, and must not read what an earlier
/// event's loaders cached (the same plan, two decisions later, would still show the first).</summary>
public static class LoaderContextExtensions
{
    private const string Key = "InfoGov.Loaders";

    private sealed record Kept(IServiceProvider Services, Loaders Loaders);

    public static Loaders Loaders(this IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        if (context.UserContext.TryGetValue(Key, out var cached) && cached is Kept kept && ReferenceEquals(kept.Services, services)) return kept.Loaders;
        var loaders = services.GetRequiredService<Loaders>();
        context.UserContext[Key] = new Kept(services, loaders);
        return loaders;
    }
}
