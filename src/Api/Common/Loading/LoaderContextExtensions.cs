using GraphQL;

namespace InfoGov.Api.Common.Loading;

/// <summary>Access to the request's <see cref="Loaders"/> from a resolver. Resolved from the request's
/// services once and kept with the execution: resolving a scoped service takes a lock, and this runs
/// for most fields.</summary>
public static class LoaderContextExtensions
{
    private const string Key = "InfoGov.Loaders";

    public static Loaders Loaders(this IResolveFieldContext context)
    {
        if (context.UserContext.TryGetValue(Key, out var cached) && cached is Loaders loaders) return loaders;
        loaders = context.RequestServices!.GetRequiredService<Loaders>();
        context.UserContext[Key] = loaders;
        return loaders;
    }
}
