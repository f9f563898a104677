using GraphQL;

namespace InfoGov.Api.Common.Loading;

/// <summary>Access to the request's <see cref="Loaders"/> from a resolver.</summary>
public static class LoaderContextExtensions
{
    public static Loaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<Loaders>();
}
