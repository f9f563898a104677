using System.Collections;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Instrumentation;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;

namespace InfoGov.Api.Engine.Authorization;

/// <summary>
/// Applies "own department" access while resolving, where the data is. A caller whose roles admit a
/// field only in its own department reads it on objects of that department; on any other object the
/// field is null with an AUTH_NOT_AUTHORIZED error at its path. Objects of a type readable only in
/// one's own department are checked the same way wherever they are returned, node(id:) included.
/// </summary>
public sealed class DepartmentScopeMiddleware(ScopedTypes scopedTypes, IDepartmentScopes departmentScopes) : IFieldMiddleware
{
    // Most fields need no check: that path is kept free of the closures the checked path needs, which
    // C# would otherwise allocate on entry for every field resolved.
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var caller = context.Caller();
        if (context.FieldDefinition.Arguments is { Count: > 0 } && InputAccess.FirstRefused(context, caller) is { } refused)
            throw InputAccess.Refused(refused, caller);
        var fieldAccess = context.FieldDefinition.AccessOf();
        // A field declared like its type was checked with its object; only narrower fields are checked here.
        var scopeField = fieldAccess is not null && !ReferenceEquals(fieldAccess, context.ParentType.AccessOf())
                         && !fieldAccess.AdmitsEverywhere(caller) && context.Source is not null;
        // Inside a page or an edge the objects were checked with the page, by the field that returned it.
        var scopeResult = context.ParentType.AccessOf() is not { IsInherited: true }
                          && scopedTypes.MustCheckResult(context.FieldDefinition, caller);
        return scopeField || scopeResult ? CheckedAsync(context, next, caller, scopeField ? fieldAccess : null, scopeResult) : next(context);
    }

    private async ValueTask<object?> CheckedAsync(IResolveFieldContext context, FieldMiddlewareDelegate next, Caller caller, Access? fieldAccess, bool scopeResult)
    {
        var scopeField = fieldAccess is not null;
        var loaders = context.Loaders();
        var callerDepartment = caller.DepartmentId;
        var element = $"{context.ParentType.Name}.{context.FieldDefinition.Name}";

        if (scopeField && fieldAccess!.AdmitsOn(caller, context.Source) is { } decided)
        {
            if (!decided) throw new ExecutionError($"Access denied to {element} on this object. {fieldAccess.Describe()}") { Code = ErrorCodes.NotAuthorized };
            scopeField = false;
        }
        if (scopeField)
        {
            var departments = departmentScopes.Of(context.Source!, loaders);
            if (departments is null) throw Denied(element);
            if (!LoaderResults.IsKnown(departments))
            {
                var parent = context.Source;
                var inner = await next(context);
                return new DeferredResult(async ct =>
                {
                    if (!Contains(await departments.GetResultAsync(ct), callerDepartment)) throw Denied(element);
                    return scopeResult ? await CheckResultAsync(inner, parent, loaders, caller, callerDepartment, element, ct) : await Unwrap(inner, ct);
                });
            }
            if (!Contains(await departments.GetResultAsync(context.CancellationToken), callerDepartment)) throw Denied(element);
        }

        var source = context.Source; // read now: the context is reused once this resolver returns
        var result = await next(context);
        if (!scopeResult) return result;
        // A list of objects (nodes(ids:)) is checked item by item, so one foreign object does not hide the others.
        if (result is IEnumerable items and not string && result is not IDataLoaderResult)
            return items.Cast<object?>().Select(item => (object?)new DeferredResult(ct => CheckResultAsync(item, source, loaders, caller, callerDepartment, element, ct))).ToList();
        return new DeferredResult(ct => CheckResultAsync(result, source, loaders, caller, callerDepartment, element, ct));
    }

    private async Task<object?> CheckResultAsync(object? result, object? parent, Loaders loaders, Caller caller, Guid? callerDepartment, string element, CancellationToken ct)
    {
        var value = await Unwrap(result, ct);
        var edges = value is Page page ? page.Edges : null;
        var count = edges?.Count ?? (value is null ? 0 : 1);
        List<object>? scoped = null;
        for (var i = 0; i < count; i++)
        {
            var item = edges is null ? value! : edges[i].Node;
            if (scopedTypes.AccessOf(item) is not { } access) continue;
            var decision = access.AdmitsOn(caller, item);
            if (decision == false) throw Denied(element, anotherDepartment: false);
            if (decision is null) (scoped ??= []).Add(item);
        }
        if (scoped is null) return value;
        var scopes = scoped.ConvertAll(o => departmentScopes.Of(o, loaders, parent)); // registered together: one batch
        foreach (var scope in scopes)
            if (scope is null || !Contains(await scope.GetResultAsync(ct), callerDepartment))
                throw Denied(element);
        return value;
    }

    private static async Task<object?> Unwrap(object? value, CancellationToken ct)
    {
        while (value is IDataLoaderResult pending) value = await pending.GetResultAsync(ct);
        return value;
    }

    private static bool Contains(IReadOnlyCollection<Guid> departments, Guid? callerDepartment) =>
        callerDepartment is { } own && departments.Contains(own);

    private static ExecutionError Denied(string element, bool anotherDepartment = true) =>
        new(anotherDepartment
            ? $"Access denied to {element} on an object of another department."
            : $"Access denied to {element}: the object is of a type the caller may not read.")
        { Code = ErrorCodes.NotAuthorized };
}
